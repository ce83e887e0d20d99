using GuideGen.Testing;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>Dark mode follows the system or the reader's choice and stays accessible; print is always light and labelled.</summary>
[Collection(BrowserCollection.Name)]
public class ThemeAndPrintTests(BrowserFixture browser)
{

    [Theory]
    [InlineData("topics/s1-safeguarding.html?hl=abuse")]
    [InlineData("index.html")]
    [InlineData("assessment.html#results")]
    public async Task Dark_mode_has_no_axe_violations(string path)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.UrlOf(path));
        (await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor")).ShouldBe("rgb(21, 25, 28)");
        (await Axe.ViolationsAsync(page)).ShouldBeEmpty();
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_theme_button_switches_and_remembers_the_choice()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("index.html"));
        (await page.TextContentAsync(".theme-toggle")).ShouldBe("Dark mode");
        await page.ClickAsync(".theme-toggle");
        (await page.TextContentAsync(".theme-toggle")).ShouldBe("Light mode");
        await page.GotoAsync(browser.UrlOf("glossary.html"));
        (await page.EvaluateAsync<string>("document.documentElement.getAttribute('data-theme')")).ShouldBe("dark");
        (await page.TextContentAsync(".theme-toggle")).ShouldBe("Light mode");
        (await page.GetAttributeAsync(".theme-toggle", "aria-pressed")).ShouldBeNull();
        await context.CloseAsync();
    }

    [Fact]
    public async Task Printing_in_dark_mode_is_light_with_the_guide_and_topic_on_every_page()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("topics/s4-medicines.html"));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        (await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor")).ShouldBe("rgb(255, 255, 255)");

        var pdf = Path.Combine(browser.SiteFolder, "..", $"print-{Guid.NewGuid():N}.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4" });
        var pages = Tool.PdfPages(pdf);
        pages.ShouldBeGreaterThan(2);
        var text = Tool.Run("pdftotext", "-layout", pdf, "-");
        System.Text.RegularExpressions.Regex.Matches(text, "2026 edition · S4 Medicines").Count.ShouldBe(pages);
        text.ShouldNotContain("Skip to main content");
        text.ShouldNotContain("Search the guide");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Short_discussion_cards_print_six_to_an_A4_sheet()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("cards/s1-safeguarding.html"));
        var cards = await page.Locator(".card-cut").CountAsync();
        cards.ShouldBeGreaterThan(6);
        (await page.Locator(".card-prompt").CountAsync()).ShouldBe(cards);
        var firstSix = (await page.Locator(".card-cut .card-text").AllTextContentsAsync()).Take(6).Select(PdfText.WhitespaceFree).ToList();

        var pdf = Path.Combine(browser.SiteFolder, "..", $"cards-{Guid.NewGuid():N}.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4" });
        var printed = PdfText.Read(pdf);
        var firstSheet = printed.ColumnText(0, 2, page: 1) + printed.ColumnText(1, 2, page: 1);
        // The first six cards are telling signs (short quotes): all six fit on the first sheet.
        foreach (var text in firstSix) firstSheet.ShouldContain(text);
        Tool.Run("pdftotext", pdf, "-").ShouldNotContain("Print the cards");
    }

    [Fact]
    public async Task Supervision_sheets_have_prompts_and_space_to_write()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("supervision/s1.html"));
        (await page.Locator(".prompts-list li").CountAsync()).ShouldBeGreaterThanOrEqualTo(5);
        (await page.Locator(".prompts-list .write-space").CountAsync()).ShouldBe(await page.Locator(".prompts-list li").CountAsync());
        (await page.Locator(".sheet-signs li").CountAsync()).ShouldBeGreaterThan(0);
    }

}
