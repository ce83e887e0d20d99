using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>
/// Small things a reader meets often: the note on what a new edition changed, a header that leaves a
/// phone's screen to the page, and search saying what the service filter hides.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ReadingFrictionTests(BrowserFixture browser)
{
    private const string SeenKey = "guidegen-good-practice:edition-seen";

    [Fact]
    public async Task A_reader_of_an_earlier_edition_is_shown_what_is_new_until_they_hide_it()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("index.html"));
        // A first visit: everything is new, so no note, and the edition is remembered.
        (await page.Locator(".whats-new-notice").IsHiddenAsync()).ShouldBeTrue();
        (await page.EvaluateAsync<string>($"() => localStorage.getItem('{SeenKey}')")).ShouldBe("2026 edition");
        (await page.Locator(".edition-link a").TextContentAsync()).ShouldBe("What's new in this edition");

        // The same reader, last here for the first draft, opens a topic first and then the home page.
        await page.EvaluateAsync($"() => localStorage.setItem('{SeenKey}', 'First draft')");
        await page.GotoAsync(browser.UrlOf("topics/s4-medicines.html"));
        await page.GotoAsync(browser.UrlOf("index.html"));
        var notice = page.Locator(".whats-new-notice");
        (await notice.IsVisibleAsync()).ShouldBeTrue();
        (await notice.Locator("h2").TextContentAsync())!.ShouldContain("2026 edition");
        (await Axe.ViolationsAsync(page)).ShouldBeEmpty();

        await notice.Locator("a", new LocatorLocatorOptions { HasText = "See what changed" }).ClickAsync();
        await page.WaitForURLAsync("**/whats-new.html#edition-2026-edition");
        await page.Locator("#edition-2026-edition").WaitForAsync();
        (await page.Locator("#edition-2026-edition .change-list-added li").CountAsync()).ShouldBeGreaterThan(0);
        (await Axe.ViolationsAsync(page)).ShouldBeEmpty();
        // Reading the page counts as seen.
        await page.GotoAsync(browser.UrlOf("index.html"));
        (await page.Locator(".whats-new-notice").IsHiddenAsync()).ShouldBeTrue();

        // Hiding the note is remembered too.
        await page.EvaluateAsync($"() => localStorage.setItem('{SeenKey}', 'First draft')");
        await page.ReloadAsync();
        await page.ClickAsync(".whats-new-dismiss");
        (await page.Locator(".whats-new-notice").IsHiddenAsync()).ShouldBeTrue();
        await page.ReloadAsync();
        (await page.Locator(".whats-new-notice").IsHiddenAsync()).ShouldBeTrue();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_header_is_compact_with_search_and_menu_one_tap_away()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("topics/s4-medicines.html"));
        var header = await page.EvaluateAsync<double>("() => document.querySelector('.site-header').getBoundingClientRect().height");
        header.ShouldBeLessThan(844 * 0.15, "the header should leave the phone's screen to the page");
        (await page.Locator("#site-search-input").IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator(".key-question-nav").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator(".contents-menu").IsVisibleAsync()).ShouldBeFalse();

        var menu = page.Locator(".menu-toggle");
        (await menu.GetAttributeAsync("aria-expanded")).ShouldBe("false");
        await menu.TapAsync();
        (await menu.GetAttributeAsync("aria-expanded")).ShouldBe("true");
        (await page.Locator(".key-question-nav").IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator(".contents-menu summary").IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator(".theme-toggle").IsVisibleAsync()).ShouldBeTrue();
        (await Axe.ViolationsAsync(page, "menu open: ")).ShouldBeEmpty();

        await page.Locator(".key-question-nav a").First.FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        (await menu.GetAttributeAsync("aria-expanded")).ShouldBe("false");
        (await page.EvaluateAsync<bool>("() => document.activeElement === document.querySelector('.menu-toggle')")).ShouldBeTrue();
        await context.CloseAsync();

        // On a wide screen there is no Menu button and everything is shown.
        var wide = await browser.NewPageAsync();
        await wide.GotoAsync(browser.UrlOf("topics/s4-medicines.html"));
        (await wide.Locator(".menu-toggle").IsVisibleAsync()).ShouldBeFalse();
        (await wide.Locator(".key-question-nav").IsVisibleAsync()).ShouldBeTrue();
        await wide.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_says_how_many_results_the_service_filter_hides_and_shows_them_on_request()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("search.html?q=visits&service=R"));
        var note = page.Locator(".search-hidden");
        await note.WaitForAsync();
        var text = (await note.TextContentAsync())!;
        text.ShouldContain("for other service types, hidden by the service type filter (Residential)");
        var hidden = int.Parse(text.Split(' ')[0]);
        hidden.ShouldBeGreaterThan(0);
        var before = await ResultCountAsync(page);

        await note.Locator("button").ClickAsync();
        (await page.InputValueAsync("#filter-service")).ShouldBe("");
        await page.WaitForFunctionAsync("() => document.querySelector('.search-hidden').hidden");
        (await ResultCountAsync(page)).ShouldBe(before + hidden);
        await page.Context.CloseAsync();
    }

    /// <summary>The number of results the status line reports ("12 results for …").</summary>
    private static async Task<int> ResultCountAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => /\\d+ results? for/.test(document.getElementById('search-page-status').textContent)");
        var status = await page.TextContentAsync("#search-page-status");
        return int.Parse(System.Text.RegularExpressions.Regex.Match(status!, @"(\d+) results? for").Groups[1].Value);
    }
}
