using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>"Show items for": a manager of a care home sees what applies to residential services, on every page.</summary>
[Collection(BrowserCollection.Name)]
public class ServiceChoiceTests(BrowserFixture browser)
{
    [Fact]
    public async Task Choosing_residential_hides_community_items_and_the_choice_travels_in_links()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("topics/s3-safe-staffing.html"));
        (await page.Locator("main [data-service='C']").First.IsVisibleAsync()).ShouldBeTrue();

        await page.SelectOptionAsync("#service-choice", "R");
        (await page.Locator("main [data-service='C']:visible").CountAsync()).ShouldBe(0);
        (await page.Locator("main [data-service='R']:visible").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("main [data-service='A']:visible").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator(".service-choice-status").TextContentAsync())!.ShouldContain("residential");

        // Next page: the choice comes along in the link, even where a browser keeps storage per file.
        await page.EvaluateAsync("() => localStorage.clear()");
        await page.ClickAsync("a[rel=next]");
        await page.WaitForLoadStateAsync();
        page.Url.ShouldContain("service=R");
        (await page.InputValueAsync("#service-choice")).ShouldBe("R");
        (await page.Locator("main [data-service='C']:visible").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Search_results_follow_the_choice()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("index.html?service=C"));
        await page.FillAsync("#site-search-input", "visits");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#site-search-panel .result').length > 0");
        var services = await page.Locator("#site-search-panel .result-service").AllTextContentsAsync();
        services.ShouldNotContain("Residential");
    }

    [Fact]
    public async Task Without_javascript_everything_shows()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("topics/s3-safe-staffing.html?service=R"));
        (await page.Locator("main [data-service='C']").First.IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator(".service-choice").IsVisibleAsync()).ShouldBeFalse();
        await context.CloseAsync();
    }
}
