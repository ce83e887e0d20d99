using GuideGen.Core.Model;
using GuideGen.Testing;

namespace GuideGen.Tests.Rendering;

/// <summary>
/// Service types are data end to end: any code gets a badge style that reads on the light and the dark
/// page, the one marked `applies_to_all` (if any) is the one that always shows, and labels appear as written.
/// </summary>
public class ServiceTypeTests
{
    private static string WithTypes(string types) => SampleGuide.SiteYml.Replace(SampleGuide.ServiceTypes, types);

    private const string DayAndNight = """
        service_types:
          - code: D
            label: Day shift
            description: Days.
          - code: N
            label: Night shift
            description: Nights.
            colour: "#1d4e89"
        """;

    private static string Guide(string siteYml, string service = "D") => string.Join("\n", siteYml, SampleGuide.KeyQuestions,
        SampleGuide.Topic.Replace("service: A", "service: " + service));

    [Fact]
    public void Every_code_gets_a_badge_style_that_reads_on_light_and_dark_pages()
    {
        using var site = new MiniSite(Guide(WithTypes(DayAndNight)));
        site.Build().Succeeded.ShouldBeTrue();
        var css = site.ReadOutput("assets/service-types.css");
        css.ShouldContain(".badge-d { color: var(--badge-d);");
        css.ShouldContain(".badge-n { color: var(--badge-n);");
        css.ShouldContain("--badge-n: #1d4e89;"); // the colour site.yml gives
        foreach (var entry in ServiceTypePalette.Entries)
        {
            ServiceTypePalette.ContrastOnWhite(ServiceTypePalette.Parse(entry.Light)!.Value).ShouldBeGreaterThanOrEqualTo(4.5, entry.Light);
            var dark = ServiceTypePalette.Luminance(ServiceTypePalette.Parse(entry.Dark)!.Value);
            var paper = ServiceTypePalette.Luminance(ServiceTypePalette.Parse("#20262b")!.Value); // the dark theme's panel, the lighter of its backgrounds
            ((dark + 0.05) / (paper + 0.05)).ShouldBeGreaterThanOrEqualTo(4.5, entry.Dark);
        }
    }

    [Fact]
    public void Without_a_type_that_applies_to_all_every_type_is_a_choice_and_labels_read_as_written()
    {
        using var site = new MiniSite(Guide(WithTypes(DayAndNight)));
        site.Build().Succeeded.ShouldBeTrue();
        var home = site.ReadOutput("index.html");
        home.ShouldContain("data-all-service=\"\"");
        home.ShouldContain("<option value=\"\">Everything</option>");
        home.ShouldContain("<option value=\"D\">Day shift</option>");
        home.ShouldContain("<option value=\"N\">Night shift</option>");
        home.ShouldNotContain("shift services");
        var topic = site.ReadOutput("topics/s1-basics.html");
        topic.ShouldContain("badge badge-d\"");
        topic.ShouldNotContain("badge-all");
    }

    [Fact]
    public void The_type_marked_applies_to_all_is_the_all_type_wherever_it_is_listed()
    {
        using var site = new MiniSite(Guide(WithTypes("""
            service_types:
              - code: R
                label: Residential
                description: Care homes.
              - code: A
                applies_to_all: true
                label: Every service
                description: All.
            """), service: "A"));
        site.Build().Succeeded.ShouldBeTrue();
        var home = site.ReadOutput("index.html");
        home.ShouldContain("data-all-service=\"A\"");
        home.ShouldContain("<option value=\"\">Every service</option>");
        home.ShouldNotContain("<option value=\"A\">");
        site.ReadOutput("topics/s1-basics.html").ShouldContain("badge badge-a badge-all\"");
    }

    [Fact]
    public void Two_types_that_apply_to_all_and_a_colour_too_light_to_read_are_errors()
    {
        using var site = new MiniSite(Guide(WithTypes("""
            service_types:
              - code: D
                applies_to_all: true
                label: Day
                description: Days.
              - code: N
                applies_to_all: true
                label: Night
                description: Nights.
                colour: "#ffcc00"
              - code: E
                label: Evening
                description: Evenings.
                colour: teal
            """)));
        var errors = site.Diagnostics().Where(d => d.Contains(": error ")).ToList();
        errors.ShouldContain(e => e.Contains("error GG2201: only one service type can apply to all; 'D' already does"));
        errors.ShouldContain(e => e.Contains("error GG2201: the colour #ffcc00 is too light to read on white (1.5:1; at least 4.5:1 is needed)"));
        errors.ShouldContain(e => e.Contains("error GG2201: a colour is written #rrggbb, such as #0e6470, not 'teal'"));
    }
}
