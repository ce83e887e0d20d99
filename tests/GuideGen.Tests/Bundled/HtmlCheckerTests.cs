using GuideGen.Testing;

namespace GuideGen.Tests.Bundled;

/// <summary>
/// The Nu HTML Checker finds no error on any page: the bundled guide, and pages whose Markdown holds
/// the raw HTML the allow-list keeps or escapes (the sanitiser's output must be valid HTML too).
/// </summary>
public class HtmlCheckerTests(BundledGuideFixture guide) : IClassFixture<BundledGuideFixture>
{
    [Fact]
    public void Every_page_of_the_bundled_guide_is_valid_html()
    {
        guide.Result.Succeeded.ShouldBeTrue();
        NuHtmlChecker.Errors(guide.Output).ShouldBeEmpty();
    }

    [Fact]
    public void Pages_with_raw_html_in_markdown_are_valid_html()
    {
        using var site = new MiniSite(SampleGuide.With("""
            -- content/pages/about.md --
            ---
            title: About
            summary: About the guide.
            ---
            Press <kbd>Ctrl</kbd> and <abbr title="Care Quality Commission">CQC</abbr>, H<sub>2</sub>O, <mark>left open

            Stray </span> end tag, <b onclick="x()">bold</b>, <script>alert(1)</script> and <img src=x onerror=alert(1)>.

            <details>
            <summary>More <small>detail</small></summary>

            Markdown **inside**.

            </details>

            <details>
            <summary>Never closed</summary>

            | a | b<br>c |
            |---|---|
            | <span lang="cy">Croeso</span> | <sup>1</sup> |
            """));
        site.Build().Succeeded.ShouldBeTrue();
        NuHtmlChecker.Errors(site.Output).ShouldBeEmpty();
    }
}
