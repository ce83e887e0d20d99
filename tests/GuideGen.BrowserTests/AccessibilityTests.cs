using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>axe-core finds no WCAG 2.2 A/AA violation on any kind of page, at desktop and phone widths.</summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserFixture browser)
{

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
            (await Axe.ViolationsAsync(page, $"{width}px ")).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task Open_contents_menu_has_no_axe_violations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("topics/s1-safeguarding.html"));
        await page.ClickAsync(".contents-menu summary");
        (await Axe.ViolationsAsync(page)).ShouldBeEmpty();
    }
}
