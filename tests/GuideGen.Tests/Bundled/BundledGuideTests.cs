using AngleSharp.Html.Parser;
using GuideGen.Cli.Building;
using GuideGen.Testing;

namespace GuideGen.Tests.Bundled;

/// <summary>The guide in content/ builds cleanly and is complete. Built once for all tests in this class.</summary>
public sealed class BundledGuideFixture : IDisposable
{
    private readonly TempFolder folder = new("guidegen-bundled");

    public BundledGuideFixture()
    {
        Output = folder.Combine("site");
        Result = new BuildPipeline(new BuildOptions(Repository.Root, Output)).Build();
    }

    public string Output { get; }
    public BuildResult Result { get; }

    public void Dispose() => folder.Dispose();
}

public class BundledGuideTests(BundledGuideFixture guide) : IClassFixture<BundledGuideFixture>
{
    [Fact]
    public void Builds_without_errors_or_warnings()
    {
        guide.Result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Every_page_is_complete_even_the_whole_guide_print_book()
    {
        // The template engine used to cut pages short past 1 MB (see LargePageTests); the print book is the largest page.
        new FileInfo(Path.Combine(guide.Output, "print", "guide.html")).Length.ShouldBeGreaterThan(500_000);
        foreach (var page in Directory.GetFiles(guide.Output, "*.html", SearchOption.AllDirectories))
            File.ReadAllText(page).TrimEnd().ShouldEndWith("</html>", customMessage: page);
    }

    [Fact]
    public void Has_all_34_topics_with_the_source_guides_count_per_key_question()
    {
        var topics = Directory.GetFiles(Path.Combine(guide.Output, "topics"), "*.html").Select(Path.GetFileName).ToList();
        topics.Count.ShouldBe(34);
        var perKeyQuestion = topics.GroupBy(t => t![0]).OrderBy(g => "secrw".IndexOf(g.Key)).Select(g => $"{g.Key}:{g.Count()}");
        perKeyQuestion.ShouldBe(["s:7", "e:10", "c:3", "r:7", "w:7"]);
    }

    [Fact]
    public void Every_topic_has_recommendations_examples_and_what_to_avoid()
    {
        var parser = new HtmlParser();
        foreach (var file in Directory.GetFiles(Path.Combine(guide.Output, "topics"), "*.html"))
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var section in new[] { "recommendations", "examples", "avoid" })
                document.QuerySelectorAll($"#{section} [id]").Length.ShouldBeGreaterThan(0, $"{Path.GetFileName(file)} has no {section}");
        }
    }

    [Fact]
    public void Every_internal_link_and_anchor_resolves()
    {
        var broken = SiteLinkChecker.Check(guide.Output);
        broken.ShouldBeEmpty();
    }

    [Fact]
    public void Pages_reference_nothing_outside_the_site()
    {
        var parser = new HtmlParser();
        foreach (var file in Directory.GetFiles(guide.Output, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var element in document.QuerySelectorAll("script[src], link[href], img[src], iframe, object, embed"))
            {
                var reference = element.GetAttribute("src") ?? element.GetAttribute("href") ?? "";
                reference.ShouldNotContain("//", Case.Sensitive, $"{file} loads {reference}");
            }
            document.QuerySelectorAll("script[type=module]").ShouldBeEmpty();
        }
    }

    [Fact]
    public void Every_quality_statement_has_an_entry_and_every_topic_is_mapped_to_one()
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(guide.Output, "quality-statements.html")));
        document.QuerySelectorAll(".framework-group li.card[id]").Length.ShouldBe(34);
        var mapped = document.QuerySelectorAll(".framework-topics a").Select(a => a.GetAttribute("href")).Distinct().Count();
        mapped.ShouldBe(34);
    }

    [Fact]
    public void Every_kloe_has_a_checklist()
    {
        var data = File.ReadAllText(Path.Combine(guide.Output, "assets", "assessment-data.js"));
        foreach (var code in new[] { "S1", "S6", "E1", "E7", "C1", "C3", "R1", "R3", "W1", "W5" })
            data.ShouldContain($"\"code\":\"{code}\"");
        Directory.GetFiles(Path.Combine(Repository.Root, "content", "checklists"), "*.yml").Length.ShouldBe(24);
    }
}
