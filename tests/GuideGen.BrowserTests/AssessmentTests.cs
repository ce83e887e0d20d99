using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using GuideGen.Cli.Building;
using GuideGen.Testing;
using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>The self-assessment used as a care manager would, from file://: answers persist, files round-trip, guide updates keep answers.</summary>
[Collection(BrowserCollection.Name)]
public class AssessmentTests(BrowserFixture browser)
{
    private static async Task<IPage> StartAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => throw new InvalidOperationException("page error: " + error);
        await page.GotoAsync(url);
        return page;
    }

    private async Task<IBrowserContext> ContextAsync() =>
        await browser.Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

    [Fact]
    public async Task Answers_and_notes_persist_across_a_reload()
    {
        var context = await ContextAsync();
        var page = await StartAsync(context, browser.UrlOf("assessment.html#kloe/S4"));
        await page.ClickAsync("#assessment-new");
        var first = page.Locator("fieldset.check-item").First;
        await first.Locator("input[type=radio]").Nth(1).CheckAsync();
        await first.Locator("textarea").FillAsync("MAR audit folder, office shelf 2");
        await page.WaitForFunctionAsync("() => document.querySelector('.save-status').textContent.startsWith('Saved in this browser')");
        await page.WaitForTimeoutAsync(400); // the note saves after a short pause in typing

        await page.ReloadAsync();
        var again = page.Locator("fieldset.check-item").First;
        (await again.Locator("input[type=radio]").Nth(1).IsCheckedAsync()).ShouldBeTrue();
        (await again.Locator("textarea").InputValueAsync()).ShouldBe("MAR audit folder, office shelf 2");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Export_clear_and_import_gives_back_exactly_what_was_saved()
    {
        var context = await ContextAsync();
        var page = await StartAsync(context, browser.UrlOf("assessment.html#statements/safe"));
        await page.ClickAsync("#assessment-new");
        await page.FillAsync("#assessment-service", "Riverside House");
        await page.Locator("fieldset.statement-item").First.Locator("input[type=radio]").First.CheckAsync();
        await page.GotoAsync(browser.UrlOf("assessment.html#kloe/S1"));
        await page.Locator("fieldset.check-item").Nth(2).Locator("input[type=radio]").Nth(2).CheckAsync();
        await page.WaitForTimeoutAsync(400);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#assessment-export"));
        var file = Path.Combine(browser.SiteFolder, "..", "export-" + Guid.NewGuid().ToString("N") + ".json");
        await download.SaveAsAsync(file);
        var exported = File.ReadAllText(file);
        exported.ShouldContain("Riverside House");

        var key = await page.EvaluateAsync<string>("window.GuideGenAssessment.key");
        await page.EvaluateAsync("k => localStorage.removeItem(k)", key);
        await page.ReloadAsync();
        (await page.Locator("#assessment-choose").CountAsync()).ShouldBe(0);

        await page.SetInputFilesAsync("#assessment-import", file);
        await page.WaitForSelectorAsync("#assessment-choose");
        (await page.EvaluateAsync<string>("window.GuideGenAssessment.exportText()")).ShouldBe(exported);
        (await page.InputValueAsync("#assessment-service")).ShouldBe("Riverside House");
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_file_from_another_guide_or_a_damaged_file_changes_nothing()
    {
        var context = await ContextAsync();
        var page = await StartAsync(context, browser.UrlOf("assessment.html"));
        await page.ClickAsync("#assessment-new");
        var before = await page.EvaluateAsync<string>("window.GuideGenAssessment.exportText()");

        var foreign = await page.EvaluateAsync<string>("window.GuideGenAssessment.importText(JSON.stringify({ format: 'guidegen-assessments', version: 1, guide: 'another-guide', assessments: [] }))");
        foreign.ShouldContain("another guide");
        var broken = await page.EvaluateAsync<string>("window.GuideGenAssessment.importText('{not json')");
        broken.ShouldContain("not a saved self-assessment");
        (await page.EvaluateAsync<string>("window.GuideGenAssessment.exportText()")).ShouldBe(before);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Unreadable_saved_data_is_kept_aside_not_overwritten()
    {
        var context = await ContextAsync();
        var page = await StartAsync(context, browser.UrlOf("assessment.html"));
        var key = await page.EvaluateAsync<string>("window.GuideGenAssessment.key");
        await page.EvaluateAsync("k => localStorage.setItem(k, '{corrupt')", key);
        await page.ReloadAsync();

        (await page.Locator(".notice-warning").TextContentAsync())!.ShouldContain("could not be read");
        var kept = await page.EvaluateAsync<string>("k => Object.keys(localStorage).filter(x => x.startsWith(k + ':unreadable:')).map(x => localStorage.getItem(x))[0]", key);
        kept.ShouldBe("{corrupt");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Quality_statement_view_gives_the_CQC_bands_at_their_boundaries()
    {
        var context = await ContextAsync();
        var page = await StartAsync(context, browser.UrlOf("assessment.html#statements/effective"));
        await page.ClickAsync("#assessment-new");

        async Task<string> ScoreAsync(string kq, params int[] scores)
        {
            await page.GotoAsync(browser.UrlOf($"assessment.html#statements/{kq}"));
            // The points that limit the key question are answered well, so the bands alone decide.
            var limiting = page.Locator(".limiters fieldset.check-item");
            for (var i = 0; i < await limiting.CountAsync(); i++) await limiting.Nth(i).Locator("input[type=radio]").First.CheckAsync();
            var statements = page.Locator("fieldset.statement-item");
            for (var i = 0; i < scores.Length; i++) await statements.Nth(i).Locator($"input[value='{scores[i]}']").CheckAsync();
            await page.GotoAsync(browser.UrlOf("assessment.html#results"));
            var row = page.Locator("#results-statements ~ div table tbody tr", new PageLocatorOptions { HasText = kq == "well-led" ? "Well-led" : char.ToUpperInvariant(kq[0]) + kq[1..] });
            return string.Join(" ", (await row.Locator("td").AllTextContentsAsync()).Take(2)).Trim();
        }

        (await ScoreAsync("effective", 1, 1, 1, 2, 2, 2)).ShouldContain("38% (9 of 24) ✗ Inadequate");
        (await ScoreAsync("responsive", 1, 1, 1, 2, 2, 2, 2)).ShouldContain("39% (11 of 28) ! Requires improvement");
        (await ScoreAsync("effective", 2, 2, 2, 3, 3, 3)).ShouldContain("63% (15 of 24) ✓ Good");
        (await ScoreAsync("caring", 3, 3, 3, 3, 4)).ShouldContain("80% (16 of 20) ✓ Good");
        (await ScoreAsync("effective", 3, 3, 3, 4, 4, 4)).ShouldContain("88% (21 of 24) ★ Outstanding");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Checklist_results_and_action_plan_views_have_no_axe_violations()
    {
        var context = await ContextAsync();
        var page = await StartAsync(context, browser.UrlOf("assessment.html#kloe/S1"));
        await page.ClickAsync("#assessment-new");
        await page.Locator("fieldset.check-item").First.Locator("input[type=radio]").Nth(2).CheckAsync();
        foreach (var view in new[] { "kloe/S1", "statements/caring", "results", "plan", "compare" })
        {
            await page.GotoAsync(browser.UrlOf("assessment.html#" + view));
            (await Axe.ViolationsAsync(page, $"{view} ")).ShouldBeEmpty();
        }
        await context.CloseAsync();
    }

    [Fact]
    public async Task Action_plan_lists_the_gaps_with_guide_links_and_exports_csv()
    {
        var context = await ContextAsync();
        var page = await StartAsync(context, browser.UrlOf("assessment.html#kloe/S4"));
        await page.ClickAsync("#assessment-new");
        await page.Locator("fieldset.kind-practice").First.Locator("input[value='not-met']").CheckAsync();
        await page.GotoAsync(browser.UrlOf("assessment.html#plan"));
        var row = page.Locator(".plan-table tbody tr").First;
        (await row.Locator("th a").CountAsync()).ShouldBeGreaterThan(0);
        await row.Locator("textarea").FillAsync("=Audit MAR charts weekly");
        await row.Locator("input[type=text]").FillAsync("Deputy manager");
        await page.WaitForTimeoutAsync(400);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#plan-csv"));
        var csv = File.ReadAllText(await download.PathAsync());
        csv.ShouldContain("\"'=Audit MAR charts weekly\"");
        csv.ShouldContain("\"Deputy manager\"");
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_rebuilt_guide_with_an_item_removed_and_one_added_keeps_every_old_answer()
    {
        using var work = new TempFolder("guidegen-update");
        var root = work.Combine("guide");
        foreach (var part in new[] { "content", "templates" }) MiniSite.CopyFolder(Path.Combine(Repository.Root, part), Path.Combine(root, part));
        File.Copy(Path.Combine(Repository.Root, "site.yml"), Path.Combine(root, "site.yml"));
        var output = Path.Combine(root, "_site");
        new BuildPipeline(new BuildOptions(root, output)).Build().Succeeded.ShouldBeTrue();

        var context = await ContextAsync();
        var url = new Uri(Path.Combine(output, "assessment.html")).AbsoluteUri;
        var page = await StartAsync(context, url + "#kloe/S2");
        await page.ClickAsync("#assessment-new");
        var items = page.Locator("fieldset.check-item");
        var removedId = (await items.Nth(0).GetAttributeAsync("id"))!;
        await items.Nth(0).Locator("input[type=radio]").Nth(0).CheckAsync();
        await items.Nth(1).Locator("input[type=radio]").Nth(1).CheckAsync();
        await page.WaitForTimeoutAsync(300);

        // The guide is updated: the first S2 item is removed and a new one added.
        var checklist = Path.Combine(root, "content", "checklists", "s2.yml");
        var lines = File.ReadAllLines(checklist).ToList();
        var start = lines.FindIndex(l => l.StartsWith("  - id:", StringComparison.Ordinal));
        var end = lines.FindIndex(start + 1, l => l.StartsWith("  - id:", StringComparison.Ordinal));
        lines.RemoveRange(start, end - start);
        lines.AddRange(["  - id: new-item-after-update", "    kind: practice", "    service: A", "    text: A statement added in the new edition.", "    quality_statements: [involving-people-in-risk]"]);
        File.WriteAllLines(checklist, lines);
        new BuildPipeline(new BuildOptions(root, output)).Build().Succeeded.ShouldBeTrue();

        await page.GotoAsync(url + "#kloe/S2");
        await page.ReloadAsync();
        (await page.Locator("#" + removedId).CountAsync()).ShouldBe(0);
        (await page.Locator("fieldset.check-item").Nth(0).Locator("input[type=radio]").Nth(1).IsCheckedAsync()).ShouldBeTrue();
        (await page.Locator("text=A statement added in the new edition.").CountAsync()).ShouldBe(1);
        (await page.Locator(".notices").TextContentAsync())!.ShouldContain("1 saved answer is for items that are not in this edition");
        (await page.EvaluateAsync<string>("window.GuideGenAssessment.exportText()")).ShouldContain("\"S2/" + removedId["item-S2-".Length..] + "\"");
        await context.CloseAsync();
    }
}
