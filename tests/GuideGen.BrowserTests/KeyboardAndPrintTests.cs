using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>What a keyboard user and a trainer printing a handout see.</summary>
[Collection(BrowserCollection.Name)]
public class KeyboardAndPrintTests(BrowserFixture browser)
{
    [Fact]
    public async Task First_tab_reaches_the_skip_link_which_moves_focus_to_the_content()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("topics/s4-medicines.html"));

        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.textContent")).ShouldBe("Skip to main content");
        (await page.Locator(".skip-link").BoundingBoxAsync())!.Y.ShouldBeGreaterThanOrEqualTo(0); // visible when focused

        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("main");
    }

    [Fact]
    public async Task Contents_menu_opens_by_keyboard_and_closes_with_escape()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("index.html"));
        await page.FocusAsync(".contents-menu summary");
        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateAsync<bool>("document.querySelector('.contents-menu').open")).ShouldBeTrue();
        (await page.Locator(".contents-menu a[href='topics/r3-end-of-life-care.html']").IsVisibleAsync()).ShouldBeTrue();

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Escape");
        (await page.EvaluateAsync<bool>("document.querySelector('.contents-menu').open")).ShouldBeFalse();
        (await page.EvaluateAsync<string>("document.activeElement.tagName")).ShouldBe("SUMMARY");
    }

    [Fact]
    public async Task Following_an_item_anchor_lands_on_that_item()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("topics/s1-safeguarding.html"));
        var firstAnchor = page.Locator("#recommendations .anchor").First;
        var href = await firstAnchor.GetAttributeAsync("href");
        await firstAnchor.ClickAsync();
        page.Url.ShouldEndWith(href!);
        (await page.EvaluateAsync<bool>($"document.querySelector('{href}').matches(':target')")).ShouldBeTrue();
    }

    [Fact]
    public async Task Print_hides_navigation_and_shows_the_guide_name_and_page_title()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("topics/s1-safeguarding.html"));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        (await page.Locator(".site-header").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator(".breadcrumbs").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator(".on-this-page").IsVisibleAsync()).ShouldBeFalse();
        var footer = page.Locator(".print-footer");
        (await footer.IsVisibleAsync()).ShouldBeTrue();
        (await footer.TextContentAsync())!.ShouldContain("Safeguarding");

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4" });
        pdf.Length.ShouldBeGreaterThan(10_000);
    }

    [Fact]
    public async Task Phone_width_has_no_horizontal_scrolling()
    {
        var page = await browser.NewPageAsync(360, 740);
        foreach (var path in new[] { "index.html", "topics/s1-safeguarding.html", "pages/comparing-ratings.html", "glossary.html" })
        {
            await page.GotoAsync(browser.UrlOf(path));
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            var culprits = await page.EvaluateAsync<string[]>(
                "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className)");
            overflow.ShouldBeLessThanOrEqualTo(0, $"{path}: {string.Join(", ", culprits)}");
        }
    }
}

[Collection(BrowserCollection.Name)]
public class GlossaryTermTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_term_is_linked_on_first_use_and_its_meaning_shows_on_focus_and_to_screen_readers()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("topics/s4-medicines.html"));
        var prn = page.Locator("main a.glossary-term", new Microsoft.Playwright.PageLocatorOptions { HasText = "PRN" });
        (await prn.CountAsync()).ShouldBe(1); // first use only

        var described = await prn.EvaluateAsync<string>("a => document.getElementById(a.getAttribute('aria-describedby')).textContent");
        described.ShouldNotBeNullOrWhiteSpace();

        await prn.FocusAsync();
        var bubble = page.Locator(".glossary-bubble");
        (await bubble.IsVisibleAsync()).ShouldBeTrue();
        (await bubble.TextContentAsync()).ShouldBe(described);
        await page.Keyboard.PressAsync("Escape");
        (await bubble.IsVisibleAsync()).ShouldBeFalse();

        (await prn.GetAttributeAsync("href"))!.ShouldStartWith("../glossary.html#");
    }
}
