using GuideGen.Cli.Commands;
using GuideGen.Testing;
using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>
/// What trainers print never hides text: every printable page kind (discussion cards, supervision
/// sheets, packs, print books, assessment results and action plan) of the bundled guide and of
/// tests/sites/long-texts, where every text is long, is checked with print styles at A4, and printed
/// to PDF, where poppler reads each card back whole and finds no heading left alone at a page's foot.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PrintLayoutTests(BrowserFixture browser)
{
    private static readonly string[] PrintedFolders = ["cards", "supervision", "packs", "print"];

    private string SiteOf(string guide) => guide == "bundled" ? browser.SiteFolder : browser.LongTextsFolder;

    private static IEnumerable<string> Printable(string site, params string[] folders) =>
        BrowserFixture.PagesIn(site).Where(p => folders.Contains(p.Split('/')[0]) && p != "packs/index.html");

    private string PdfPath(string name) => Path.Combine(browser.SiteFolder, "..", $"{name}-{Guid.NewGuid():N}.pdf");

    [Theory]
    [InlineData("bundled")]
    [InlineData("long-texts")]
    public async Task Every_printable_page_shows_all_of_its_text(string guide)
    {
        var site = SiteOf(guide);
        var page = await PrintProbe.NewPrintPageAsync(browser.Browser);
        var problems = new List<string>();
        var pages = Printable(site, PrintedFolders).ToList();
        pages.Count.ShouldBeGreaterThan(guide == "bundled" ? 60 : 4);
        foreach (var path in pages)
        {
            await page.GotoAsync(BrowserFixture.UrlIn(site, path));
            problems.AddRange((await PrintProbe.ProblemsAsync(page)).Select(p => path + ": " + p));
        }
        problems.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("bundled")]
    [InlineData("long-texts")]
    public async Task Every_discussion_card_prints_whole(string guide)
    {
        var site = SiteOf(guide);
        var page = await browser.Browser.NewPageAsync();
        var missing = new List<string>();
        var checkedCards = 0;
        foreach (var path in Printable(site, "cards"))
        {
            await page.GotoAsync(BrowserFixture.UrlIn(site, path));
            var pdf = PdfPath("cards");
            await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4" });
            var missingHere = CardsMissingFrom(PdfText.Read(pdf), await CardPartsAsync(page));
            checkedCards += await page.Locator(".card-cut").CountAsync();
            missing.AddRange(missingHere.Select(m => path + ": " + m));
            File.Delete(pdf);
        }
        checkedCards.ShouldBeGreaterThan(guide == "bundled" ? 300 : 10);
        missing.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("bundled", "s4-medicines")]
    [InlineData("long-texts", "s1-long-texts")]
    public async Task Guidegen_pdf_prints_a_topics_cards_with_the_full_text_of_each(string guide, string topic)
    {
        var root = guide == "bundled" ? Repository.Root : Path.Combine(Repository.TestSites, "long-texts");
        var pdf = PdfPath("cards-" + topic);
        var stderr = new StringWriter();
        GuideGenCli.Run(["pdf", "--root", root, "--cards", topic, "--output", pdf], new StringWriter(), stderr).ShouldBe(ExitCodes.Success, stderr.ToString());

        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(BrowserFixture.UrlIn(SiteOf(guide), $"cards/{topic}.html"));
        var parts = await CardPartsAsync(page);
        parts.Parts.Count.ShouldBeGreaterThan(3);
        CardsMissingFrom(PdfText.Read(pdf), parts).ShouldBeEmpty();
        var text = Tool.Run("pdftotext", pdf, "-");
        text.ShouldNotContain("Print the cards");
        File.Delete(pdf);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("bundled")]
    [InlineData("long-texts")]
    public async Task No_heading_is_left_alone_at_the_foot_of_a_printed_page(string guide)
    {
        var site = SiteOf(guide);
        var page = await browser.Browser.NewPageAsync();
        var stranded = new List<string>();
        foreach (var path in Printable(site, "supervision", "packs", "print"))
        {
            await page.GotoAsync(BrowserFixture.UrlIn(site, path));
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            var headings = (await PrintProbe.HeadingsAsync(page)).Select(PdfText.WhitespaceFree).Where(h => h.Length > 0).ToList();
            var footer = PdfText.WhitespaceFree(await page.Locator(".print-footer").TextContentAsync() ?? "");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Null });
            var pdf = PdfPath("sheet");
            await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4" });
            foreach (var printed in PdfText.Read(pdf).Pages)
            {
                var last = EndingHeading(printed, footer, headings);
                if (last is not null) stranded.Add($"{path}, page {printed.Number}: the page ends with the heading “{last}”");
            }
            File.Delete(pdf);
        }
        stranded.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Supervision_sheets_keep_the_agreed_actions_heading_with_its_space_to_write()
    {
        var page = await browser.Browser.NewPageAsync();
        var kept = 0;
        var sheets = new[] { browser.SiteFolder, browser.LongTextsFolder }.SelectMany(site => Printable(site, "supervision").Select(path => (Site: site, Path: path)));
        foreach (var (site, path) in sheets)
        {
            await page.GotoAsync(BrowserFixture.UrlIn(site, path));
            var pdf = PdfPath("supervision");
            await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4" });
            var printed = PdfText.Read(pdf);
            // The heading's page must have room below it for the write-in box (9rem, about 40mm = 115pt).
            var (onPage, line) = printed.Pages.SelectMany(p => p.Lines().Select(l => (p, l))).Single(x => x.l.Text == "Agreed actions and support");
            (onPage.Height - line.Y).ShouldBeGreaterThan(115 + 51, $"{path}: the heading is {onPage.Height - line.Y:0}pt from the foot of page {onPage.Number}");
            kept++;
            File.Delete(pdf);
        }
        kept.ShouldBeGreaterThan(20);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task In_print_the_service_type_is_words_only_where_it_is_not_all_and_there_is_no_anchor_mark()
    {
        var page = await PrintProbe.NewPrintPageAsync(browser.Browser);
        await page.GotoAsync(browser.UrlOf("topics/s1-safeguarding.html"));
        var shown = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll(".badge")].filter(b => b.getClientRects().length).map(b => b.innerText.trim().replace(/\s+/g, " "))
            """);
        shown.ShouldNotBeEmpty();
        shown.ShouldAllBe(text => text == "Service type: Residential" || text == "Service type: Community");
        (await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.badge-all')].filter(b => b.getClientRects().length).length")).ShouldBe(0);
        (await page.Locator(".badge-all").CountAsync()).ShouldBeGreaterThan(5);
        (await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.anchor')].filter(a => a.getClientRects().length).length")).ShouldBe(0);

        await page.GotoAsync(browser.UrlOf("cards/s1-safeguarding.html"));
        var labels = await page.Locator(".card-label").AllTextContentsAsync();
        labels.ShouldNotContain(l => l.Contains("· All", StringComparison.Ordinal));
        labels.ShouldContain(l => l.Contains("· Residential", StringComparison.Ordinal) || l.Contains("· Community", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("bundled")]
    [InlineData("long-texts")]
    public async Task Results_and_action_plan_print_whole_with_the_full_assessment_name(string guide)
    {
        var site = SiteOf(guide);
        const string name = "Quarterly self-assessment of the Riverside supported living service, spring 2027, with the night team and the day team together";
        const string action = "Buy a second lockable cabinet for the ground floor, move the stock by Friday, check the keys are signed for at every handover, and audit weekly for a month then monthly until the next inspection.";
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => throw new InvalidOperationException("page error: " + error);
        await page.GotoAsync(BrowserFixture.UrlIn(site, "assessment.html#kloe/S1"));
        await page.ClickAsync("#assessment-new");
        await page.FillAsync("#assessment-name", name);
        // Mixed answers as a worker gives them: good, partly, a failed safety-critical item, does not apply.
        var items = page.Locator("fieldset.check-item");
        var count = await items.CountAsync();
        count.ShouldBeGreaterThan(4);
        for (var i = 0; i < count; i++)
        {
            var radios = items.Nth(i).Locator("input[type=radio]");
            var critical = await items.Nth(i).Locator(".critical-flag").CountAsync() > 0;
            var choices = await radios.CountAsync();
            // The worst answer (last) fails a critical item or limiter; "does not apply" is the fourth where offered.
            var choice = critical ? choices - 1 : i % 3 == 1 && choices > 2 ? 1 : i % 3 == 2 && choices > 3 ? 3 : 0;
            await radios.Nth(choice).CheckAsync();
        }
        await page.GotoAsync(BrowserFixture.UrlIn(site, "assessment.html#plan"));
        await page.Locator(".plan-table textarea").First.FillAsync(action);
        await page.Locator(".plan-table input[type=text]").First.FillAsync("Deputy manager (nights)");

        foreach (var view in new[] { "results", "plan" })
        {
            await page.GotoAsync(BrowserFixture.UrlIn(site, "assessment.html#" + view));
            await page.Locator("#assessment-view h2").WaitForAsync();
            await page.SetViewportSizeAsync(PrintProbe.A4PrintWidth, PrintProbe.A4PrintHeight);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            (await PrintProbe.ProblemsAsync(page)).ShouldBeEmpty(view);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Null });
            await page.SetViewportSizeAsync(1280, 900);

            var pdf = PdfPath(view);
            await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4" });
            var text = PdfText.Read(pdf).AllText();
            text.ShouldContain(PdfText.WhitespaceFree(name), customMessage: view);
            if (view == "plan")
            {
                var printed = PdfText.Read(pdf);
                printed.TextBetween(printed.LeftOf("Action", "Owner") - 2, printed.LeftOf("Owner", "Action") - 2).ShouldContain(PdfText.WhitespaceFree(action));
                printed.TextBetween(printed.LeftOf("Owner", "Action") - 2, printed.LeftOf("Due", "Owner") - 2).ShouldContain("Deputymanager(nights)");
                text.ShouldNotContain("mm/dd/yyyy");
            }
            else text.ShouldContain("Limitedtorequiresimprovement");
            File.Delete(pdf);
        }
        await context.CloseAsync();
    }

    private sealed class CardPart { public int Column { get; set; } public string Text { get; set; } = ""; }

    /// <summary>Each card's parts as printed (title, text, who said it, the prompt), with the column it sits in.</summary>
    private static async Task<(string Footer, IReadOnlyList<(int Column, string Text)> Parts)> CardPartsAsync(IPage page)
    {
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var parts = await page.EvaluateAsync<CardPart[]>("""
            () => [...document.querySelectorAll(".card-cut")].flatMap((card, i) =>
              [...card.querySelectorAll(".card-title, .card-text, .card-attribution, .card-prompt")].map(part => ({ column: i % 2, text: part.textContent })))
            """);
        var footer = PdfText.WhitespaceFree(await page.Locator(".print-footer").TextContentAsync() ?? "");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Null });
        return (footer, parts.Select(p => (p.Column, PdfText.WhitespaceFree(p.Text))).ToList());
    }

    private static IReadOnlyList<string> CardsMissingFrom(PdfText pdf, (string Footer, IReadOnlyList<(int Column, string Text)> Parts) card)
    {
        var (footer, parts) = card;
        var columns = new[] { pdf.ColumnText(0, 2, footer), pdf.ColumnText(1, 2, footer) };
        return parts.Where(p => !columns[p.Column].Contains(p.Text, StringComparison.Ordinal)).Select(p => "missing or cut: " + p.Text[..Math.Min(60, p.Text.Length)]).ToList();
    }

    /// <summary>The heading that the page's text ends with (its last one to three lines above the footer are the whole heading), if any.</summary>
    private static string? EndingHeading(PdfText.Page page, string footer, IReadOnlyList<string> headings)
    {
        var lines = page.WithoutFooter(footer).Lines().Select(l => PdfText.WhitespaceFree(l.Text)).ToList();
        for (var take = 1; take <= Math.Min(3, lines.Count); take++)
        {
            var tail = string.Concat(lines.Skip(lines.Count - take));
            if (headings.Contains(tail)) return tail;
        }
        return null;
    }
}
