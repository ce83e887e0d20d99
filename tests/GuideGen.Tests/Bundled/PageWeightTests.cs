using AngleSharp.Html.Parser;
using GuideGen.Testing;

namespace GuideGen.Tests.Bundled;

/// <summary>
/// The page-weight budget: a topic page with the stylesheets and scripts it loads when it opens stays
/// under 100 KB, so the guide opens quickly from a slow shared drive on an old computer. Scripts a page
/// injects later (the search library and its data, on first use of the search box) are not counted.
/// </summary>
public class PageWeightTests(BundledGuideFixture guide) : IClassFixture<BundledGuideFixture>
{
    private const int BudgetBytes = 100_000;

    [Fact]
    public void Every_topic_page_with_its_css_and_scripts_is_under_100_KB()
    {
        var parser = new HtmlParser();
        var weights = Directory.GetFiles(Path.Combine(guide.Output, "topics"), "*.html").Select(page =>
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var assets = document.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Select(url => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, url)))
                .Distinct().ToList();
            assets.ShouldNotBeEmpty();
            return (Page: Path.GetFileName(page), Bytes: new FileInfo(page).Length + assets.Sum(a => new FileInfo(a).Length));
        }).OrderByDescending(w => w.Bytes).ToList();

        weights.Count.ShouldBe(34);
        var heaviest = weights[0];
        heaviest.Bytes.ShouldBeLessThan(BudgetBytes, $"{heaviest.Page} weighs {heaviest.Bytes:N0} bytes with its CSS and scripts");
    }
}
