using GuideGen.Testing;

namespace GuideGen.Tests.Rendering;

public class MarkdownTests
{
    private static string BuildPage(string body)
    {
        using var site = new MiniSite(SampleGuide.With($"""
            -- content/pages/about.md --
            ---
            title: About
            summary: About the guide.
            ---
            {body}
            """));
        var result = site.Build();
        result.Diagnostics.ShouldBeEmpty();
        return site.ReadOutput("pages/about.html");
    }

    [Fact]
    public void Mentions_become_relative_links_titled_with_the_target_page()
    {
        var html = BuildPage("Read @s1-basics first.");
        html.ShouldContain("""<a href="../topics/s1-basics.html">Basics</a>""");
    }

    [Fact]
    public void At_links_keep_their_text_and_anchor()
    {
        var html = BuildPage("[Train](@s1-basics#train-staff) and [home](@index).");
        html.ShouldContain("""<a href="../topics/s1-basics.html#train-staff">Train</a>""");
        html.ShouldContain("""<a href="../index.html">home</a>""");
    }

    [Fact]
    public void Email_addresses_are_not_mentions()
    {
        BuildPage("Write to team@s1-basics.org.").ShouldContain("<p>Write to team@s1-basics.org.</p>");
    }

    [Fact]
    public void Plain_text_fields_are_escaped_by_the_templates()
    {
        using var site = new MiniSite(SampleGuide.Minimal.Replace("title: Basics", "title: \"Basics <img src=x onerror=alert(1)>\""));
        site.Build().Succeeded.ShouldBeTrue();
        var html = site.ReadOutput("topics/s1-basics.html");
        html.ShouldNotContain("<img src=x");
        html.ShouldContain("Basics &lt;img src=x onerror=alert(1)&gt;");
    }

    [Fact]
    public void Headings_get_anchors_that_links_can_name()
    {
        var html = BuildPage("## For managers\n\nSee [above](@about#for-managers).");
        html.ShouldContain("""<h2 id="for-managers">For managers</h2>""");
        html.ShouldContain("href=\"#for-managers\"");
    }
}

public class GlossaryLinkingTests
{
    [Fact]
    public void Glossary_terms_are_linked_on_first_use_only_never_in_headings_or_links()
    {
        using var site = new MiniSite(SampleGuide.With("""
            -- content/glossary.yml --
            terms:
              - term: Registered manager
                id: rm
                aliases: [RM]
                meaning: The person **registered** to manage the service.
            -- content/pages/about.md --
            ---
            title: About
            summary: About the guide.
            ---
            ## The registered manager

            The Registered Manager leads. Every registered manager signs. [Registered manager](@index) again.

            Ribbons are not RM abbreviations, but rm in lower case is not one either.
            """));
        site.Build().Diagnostics.ShouldBeEmpty();
        var html = site.ReadOutput("pages/about.html");

        html.ShouldContain("""<h2 id="the-registered-manager">The registered manager</h2>""");
        html.ShouldContain("""The <a href="../glossary.html#rm" class="glossary-term" aria-describedby="tip-rm">Registered Manager</a> leads. Every registered manager signs.""");
        System.Text.RegularExpressions.Regex.Matches(html, "class=\"glossary-term\"").Count.ShouldBe(1);
        html.ShouldContain("""<span id="tip-rm">The person registered to manage the service.</span>""");
    }
}
