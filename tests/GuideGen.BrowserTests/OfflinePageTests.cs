using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>Every page of the bundled guide, opened from disk: no console error, no request off the disk.</summary>
[Collection(BrowserCollection.Name)]
public class OfflinePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Every_page_loads_from_file_with_no_error_and_no_network_request()
    {
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        string current = "";
        page.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Add($"{current}: console {message.Type}: {message.Text}"); };
        page.PageError += (_, error) => problems.Add($"{current}: page error: {error}");
        page.Request += (_, request) => { if (!request.Url.StartsWith("file://", StringComparison.Ordinal)) problems.Add($"{current}: request to {request.Url}"); };
        page.RequestFailed += (_, request) => problems.Add($"{current}: failed to load {request.Url}");

        var pages = browser.Pages();
        pages.Count.ShouldBeGreaterThan(40);
        foreach (var path in pages)
        {
            current = path;
            var response = await page.GotoAsync(browser.UrlOf(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            response.ShouldNotBeNull();
            (await page.TitleAsync()).ShouldNotBeNullOrWhiteSpace();
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Stylesheet_and_script_are_applied_from_disk()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("topics/s1-safeguarding.html"));
        var headerBackground = await page.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).backgroundColor");
        headerBackground.ShouldNotBe("rgba(0, 0, 0, 0)");
        (await page.Locator("#recommendations li.item").CountAsync()).ShouldBeGreaterThan(5);
    }
}
