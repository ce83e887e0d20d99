using System.Diagnostics;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>Dark mode follows the system or the reader's choice and stays accessible; print is always light and labelled.</summary>
[Collection(BrowserCollection.Name)]
public class ThemeAndPrintTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

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
        var result = await page.RunAxe(WcagAa);
        result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})").ShouldBeEmpty();
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_theme_button_switches_and_remembers_the_choice()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("index.html"));
        (await page.GetAttributeAsync(".theme-toggle", "aria-pressed")).ShouldBe("false");
        await page.ClickAsync(".theme-toggle");
        (await page.GetAttributeAsync(".theme-toggle", "aria-pressed")).ShouldBe("true");
        await page.GotoAsync(browser.UrlOf("glossary.html"));
        (await page.EvaluateAsync<string>("document.documentElement.getAttribute('data-theme')")).ShouldBe("dark");
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
        var pages = int.Parse(Run("pdfinfo", pdf).Split('\n').First(l => l.StartsWith("Pages:")).Split(':')[1].Trim());
        pages.ShouldBeGreaterThan(2);
        var text = Run("pdftotext", "-layout", pdf, "-");
        System.Text.RegularExpressions.Regex.Matches(text, "2026 edition · S4 Medicines").Count.ShouldBe(pages);
        text.ShouldNotContain("Skip to main content");
        text.ShouldNotContain("Search the guide");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Discussion_cards_print_six_to_an_A4_page()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("cards/s1-safeguarding.html"));
        var cards = await page.Locator(".card-cut").CountAsync();
        cards.ShouldBeGreaterThan(6);
        (await page.Locator(".card-prompt").CountAsync()).ShouldBe(cards);

        var pdf = Path.Combine(browser.SiteFolder, "..", $"cards-{Guid.NewGuid():N}.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4" });
        var pages = int.Parse(Run("pdfinfo", pdf).Split('\n').First(l => l.StartsWith("Pages:")).Split(':')[1].Trim());
        pages.ShouldBe((cards + 5) / 6);
        Run("pdftotext", pdf, "-").ShouldNotContain("Print the cards");
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

    private static string Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
