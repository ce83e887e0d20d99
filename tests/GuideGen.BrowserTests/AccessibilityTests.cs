using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>axe-core finds no WCAG 2.2 A/AA violation on any kind of page, at desktop and phone widths.</summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    [Theory]
    [InlineData("index.html")]
    [InlineData("key-questions/safe.html")]
    [InlineData("topics/s1-safeguarding.html")]
    [InlineData("topics/e6-premises.html")]
    [InlineData("pages/comparing-ratings.html")]
    [InlineData("pages/how-to-use.html")]
    [InlineData("glossary.html")]
    [InlineData("quality-statements.html")]
    [InlineData("cards/s1-safeguarding.html")]
    [InlineData("supervision/s4.html")]
    [InlineData("print/caring.html")]
    [InlineData("packs/index.html")]
    [InlineData("packs/induction-keeping-people-safe.html")]
    [InlineData("search.html?q=medicines")]
    public async Task Page_has_no_axe_violations(string path)
    {
        foreach (var width in new[] { 1280, 375 })
        {
            var page = await browser.NewPageAsync(width);
            await page.GotoAsync(browser.UrlOf(path));
            var result = await page.RunAxe(WcagAa);
            result.Violations.Select(v => $"{width}px {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})")
                .ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task Open_contents_menu_has_no_axe_violations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("topics/s1-safeguarding.html"));
        await page.ClickAsync(".contents-menu summary");
        var result = await page.RunAxe(WcagAa);
        result.Violations.Select(v => v.Id).ShouldBeEmpty();
    }
}
