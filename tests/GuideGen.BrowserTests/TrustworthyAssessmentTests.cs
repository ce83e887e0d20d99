using System.Text.Json;
using GuideGen.Testing;
using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>
/// The self-assessment as a care manager on a shared computer meets it, from file://: honest ratings
/// with their reasons, answers that are never lost on import or on a failed save, and deleting what
/// was saved. Storage is read back after a reload, not only from the page's memory.
/// </summary>
[Collection(BrowserCollection.Name)]
public class TrustworthyAssessmentTests(BrowserFixture browser)
{
    private static readonly string SeedCases = Path.Combine(Repository.Root, "tests", "GuideGen.Tests", "Assessment", "SeedCases");

    private async Task<(IBrowserContext Context, IPage Page)> OpenAsync(string hash, string? initScript = null)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        if (initScript is not null) await context.AddInitScriptAsync(initScript);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => throw new InvalidOperationException("page error: " + error);
        await page.GotoAsync(browser.UrlOf("assessment.html" + hash));
        return (context, page);
    }

    private static Task<string?> StoredAsync(IPage page) =>
        page.EvaluateAsync<string?>("() => localStorage.getItem(window.GuideGenAssessment.key)");

    private static async Task AnswerAllAsync(IPage page, IReadOnlyDictionary<string, int> choices)
    {
        var items = page.Locator("fieldset.check-item");
        var count = await items.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var id = (await items.Nth(i).GetAttributeAsync("id"))!;
            await items.Nth(i).Locator("input[type=radio]").Nth(choices.TryGetValue(id, out var c) ? c : 0).CheckAsync();
        }
    }

    private string WriteFile(string json)
    {
        var file = Path.Combine(browser.SiteFolder, "..", "upload-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, json);
        return file;
    }

    private static string FileWith(object assessment) => JsonSerializer.Serialize(new { format = "guidegen-assessments", version = 1, guide = "guidegen-good-practice", assessments = new[] { assessment } });

    private static object Assessment(string id, string updated, object answers) => new
    {
        id, name = "Quarterly check", service = "Riverside House", serviceType = "", assessor = "", date = updated[..10],
        answers, statements = new { }, actions = new { }, created = updated, updated, exported = (string?)null,
    };

    [Fact]
    public async Task The_S4_case_reads_requires_improvement_with_the_reason_beside_the_band()
    {
        var (context, page) = await OpenAsync("#kloe/S4");
        await page.ClickAsync("#assessment-new");
        // Everything well except the two storage items: "No" and "Yes, this happens here" (third answer each).
        await AnswerAllAsync(page, new Dictionary<string, int> { ["item-S4-secure-storage"] = 2, ["item-S4-storage-unsafe"] = 2 });
        (await page.Locator("#item-S4-secure-storage input[value=na]").CountAsync()).ShouldBe(0);
        (await page.Locator("#item-S4-secure-storage .critical-flag").TextContentAsync())!.ShouldContain("Safety-critical");

        await page.GotoAsync(browser.UrlOf("assessment.html#results"));
        var row = page.Locator(".results-table tr.kloe-row", new PageLocatorOptions { HasText = "S4 Medicines" });
        var rating = (await row.Locator(".rating-cell > .rating").TextContentAsync())!;
        rating.ShouldContain("Requires improvement");
        var reasons = (await row.Locator(".rating-cell").TextContentAsync())!;
        reasons.ShouldContain("Limited to requires improvement:");
        reasons.ShouldContain("band from the score: Outstanding");
        var safe = page.Locator(".results-table tr.kq-row", new PageLocatorOptions { HasText = "Safe" }).First;
        (await safe.Locator(".rating-cell > .rating").TextContentAsync())!.ShouldNotContain("Outstanding");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Not_enough_answers_never_shows_a_percentage_and_the_KLOE_bands_are_on_screen()
    {
        var (context, page) = await OpenAsync("#kloe/S2");
        await page.ClickAsync("#assessment-new");
        // The safety-critical items and one more: fewer than half of the checklist.
        var critical = page.Locator("fieldset.is-critical");
        for (var i = 0; i < await critical.CountAsync(); i++) await critical.Nth(i).Locator("input[type=radio]").First.CheckAsync();
        await page.Locator("fieldset.kind-practice").First.Locator("input[type=radio]").First.CheckAsync();
        await page.GotoAsync(browser.UrlOf("assessment.html#results"));
        var row = page.Locator(".results-table tr.kloe-row", new PageLocatorOptions { HasText = "S2 Managing risk" });
        (await row.Locator("td").Nth(0).TextContentAsync()).ShouldBe("–");
        (await row.Locator(".rating-cell").TextContentAsync())!.ShouldContain("Not enough answers");
        (await page.Locator("#results-kloe ~ .bands").TextContentAsync())!.ShouldContain("Outstanding 90% and above");
        (await page.Locator("svg.chart").CountAsync()).ShouldBeGreaterThanOrEqualTo(2);
        await context.CloseAsync();
    }

    [Fact]
    public async Task An_older_file_with_the_same_id_is_kept_as_a_copy_and_the_saved_answers_survive_a_reload()
    {
        var (context, page) = await OpenAsync("#kloe/S1");
        var mine = FileWith(Assessment("same-id", "2026-06-12T10:00:00.000Z", new Dictionary<string, object>
        {
            ["S1/staff-spot-and-report-abuse"] = new { answer = "met" }, ["S2/safety-in-care-plans"] = new { answer = "partly" },
        }));
        (await page.EvaluateAsync<string?>("t => window.GuideGenAssessment.importText(t, 'mine.json')", mine)).ShouldBeNull();
        var older = WriteFile(FileWith(Assessment("same-id", "2025-01-15T10:00:00.000Z", new Dictionary<string, object> { ["S1/old-item-id"] = new { answer = "met" } })));
        await page.SetInputFilesAsync("#assessment-import", older);
        await page.WaitForSelectorAsync(".notice:has-text('Both are kept')");

        await page.ReloadAsync();
        using var saved = JsonDocument.Parse((await StoredAsync(page))!);
        var list = saved.RootElement.GetProperty("assessments").EnumerateArray().ToList();
        list.Count.ShouldBe(2);
        var original = list.Single(a => a.GetProperty("id").GetString() == "same-id");
        original.GetProperty("answers").GetProperty("S2/safety-in-care-plans").GetProperty("answer").GetString().ShouldBe("partly");
        var copy = list.Single(a => a.GetProperty("id").GetString() != "same-id");
        copy.GetProperty("answers").GetProperty("S1/old-item-id").GetProperty("answer").GetString().ShouldBe("met");
        copy.GetProperty("name").GetString()!.ShouldContain("(from upload-");
        var options = await page.Locator("#assessment-choose option").AllTextContentsAsync();
        options.Distinct().Count().ShouldBe(options.Count);
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_30_MB_file_is_refused_with_a_clear_message_and_nothing_changes()
    {
        var (context, page) = await OpenAsync("");
        await page.ClickAsync("#assessment-new");
        var before = await StoredAsync(page);
        var big = WriteFile(FileWith(Assessment("big", "2026-01-01T10:00:00.000Z", new Dictionary<string, object> { ["S4/secure-storage"] = new { answer = "met", note = new string('x', 30 * 1024 * 1024) } })));
        await page.SetInputFilesAsync("#assessment-import", big);
        var notice = page.Locator(".notice-warning");
        await notice.WaitForAsync();
        (await notice.TextContentAsync())!.ShouldContain("at most 2 MB");
        await page.ReloadAsync();
        (await StoredAsync(page)).ShouldBe(before);
        File.Delete(big);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Answers_of_the_wrong_type_are_refused_and_storage_is_untouched()
    {
        var (context, page) = await OpenAsync("");
        var bad = WriteFile(FileWith(Assessment("bad", "2026-01-01T10:00:00.000Z", "met")));
        await page.SetInputFilesAsync("#assessment-import", bad);
        (await page.Locator(".notice-warning").TextContentAsync())!.ShouldContain("its answers are not a list of answers");
        await page.ReloadAsync();
        (await StoredAsync(page)).ShouldBeNull();
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_save_the_browser_refuses_is_shown_at_once_with_download_a_copy_now()
    {
        // A full store: every write after the page has loaded throws, as Chromium does when the quota is reached.
        const string full = "window.addEventListener('load', () => { Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); }; });";
        var (context, page) = await OpenAsync("#kloe/S4", full);
        await page.ClickAsync("#assessment-new");
        await page.Locator("fieldset.check-item").First.Locator("input[type=radio]").First.CheckAsync();
        var alert = page.Locator(".save-problem [role=alert]");
        await alert.WaitForAsync();
        (await alert.TextContentAsync())!.ShouldContain("was not saved");
        (await page.Locator("#save-failed-download").CountAsync()).ShouldBe(1);
        var status = (await page.Locator(".save-status").TextContentAsync())!;
        status.ShouldStartWith("Not saved:");
        status.ShouldNotContain("Saved in this browser");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#save-failed-download"));
        File.ReadAllText((await download.PathAsync())!).ShouldContain("\"answer\"");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Delete_and_remove_everything_ask_first_and_leave_nothing_of_this_guide_in_storage()
    {
        var (context, page) = await OpenAsync("#kloe/S1");
        await page.ClickAsync("#assessment-new");
        await page.ClickAsync("#assessment-new");
        var names = await page.Locator("#assessment-choose option").AllTextContentsAsync();
        names.Count.ShouldBe(2);
        names.Distinct().Count().ShouldBe(2);
        await page.Locator("fieldset.check-item").First.Locator("input[type=radio]").First.CheckAsync();

        await page.ClickAsync("#assessment-delete");
        (await page.Locator("dialog[open]").TextContentAsync())!.ShouldContain("Download a copy first");
        await page.ClickAsync("#confirm-cancel");
        (await page.Locator("#assessment-choose option").CountAsync()).ShouldBe(2);
        await page.ClickAsync("#assessment-delete");
        await page.ClickAsync("#confirm-delete");
        await page.ReloadAsync();
        (await page.Locator("#assessment-choose option").CountAsync()).ShouldBe(1);

        await page.EvaluateAsync("() => { localStorage.setItem('guidegen-good-practice:packs:v1', '{}'); localStorage.setItem('other-guide:assessments:v1', 'keep'); }");
        await page.ClickAsync("#assessment-remove-all");
        (await page.Locator("dialog[open]").TextContentAsync())!.ShouldContain("cannot be recovered");
        await page.ClickAsync("#confirm-remove");
        await page.ReloadAsync();
        var keys = await page.EvaluateAsync<string[]>("() => Object.keys(localStorage)");
        keys.ShouldBe(["other-guide:assessments:v1"]);
        (await page.Locator("#assessment-choose").CountAsync()).ShouldBe(0);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Saved_times_are_on_a_24_hour_clock()
    {
        var (context, page) = await OpenAsync("#kloe/S1");
        await page.ClickAsync("#assessment-new");
        var status = (await page.Locator(".save-status").TextContentAsync())!;
        status.ShouldMatch(@"Saved in this browser at \d{2}:\d{2}:\d{2}\.");
        status.ShouldNotMatch("(?i)[ap]m");
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_seed_reports_land_on_outstanding_and_inadequate_when_opened_in_the_page()
    {
        var (context, page) = await OpenAsync("#results");
        foreach (var (file, expected) in new[] { ("outstanding-supported-living.json", "Outstanding"), ("inadequate-domiciliary-care.json", "Inadequate") })
        {
            await page.SetInputFilesAsync("#assessment-import", Path.Combine(SeedCases, file));
            await page.WaitForSelectorAsync($".notice:has-text('{file}')");
            var id = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedCases, file))).RootElement.GetProperty("assessments")[0].GetProperty("id").GetString()!;
            await page.SelectOptionAsync("#assessment-choose", id);
            await page.GotoAsync(browser.UrlOf("assessment.html#results"));
            (await page.Locator("#overall-kloe .overall-rating").TextContentAsync())!.ShouldContain(expected);
            (await page.Locator("#overall-statements .overall-rating").TextContentAsync())!.ShouldContain(expected);
        }
        await context.CloseAsync();
    }

    [Fact]
    public async Task Team_view_counts_answers_per_item_and_flags_disagreement_without_saving_anything()
    {
        var (context, page) = await OpenAsync("#team");
        var first = Assessment("one", "2026-11-01T10:00:00.000Z", new Dictionary<string, object> { ["S4/secure-storage"] = new { answer = "met" }, ["S4/mar-complete"] = new { answer = "met" } });
        var second = Assessment("two", "2026-11-02T10:00:00.000Z", new Dictionary<string, object> { ["S4/secure-storage"] = new { answer = "not-met" }, ["S4/mar-complete"] = new { answer = "met" } });
        var files = new[] { WriteFile(FileWith(first)), WriteFile(FileWith(second)) };
        await page.SetInputFilesAsync("#team-files", files);
        var row = page.Locator(".team-table tr", new PageLocatorOptions { HasText = "Medicines are kept securely" });
        await row.WaitForAsync();
        (await row.GetAttributeAsync("class")).ShouldBe("team-disagree");
        (await row.Locator("td").Nth(0).TextContentAsync()).ShouldBe("1");
        (await row.Locator("td").Nth(2).TextContentAsync()).ShouldBe("1");
        var agreed = page.Locator(".team-table tr", new PageLocatorOptions { HasText = "Medication administration records are complete" });
        (await agreed.GetAttributeAsync("class")).ShouldBeNull();
        (await page.Locator(".team-summary").TextContentAsync())!.ShouldStartWith("1 item where");
        (await StoredAsync(page)).ShouldBeNull();
        (await Axe.ViolationsAsync(page, "team ")).ShouldBeEmpty();
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_new_views_and_dialogs_have_no_axe_violations()
    {
        var (context, page) = await OpenAsync("#kloe/S4");
        await page.ClickAsync("#assessment-new");
        await AnswerAllAsync(page, new Dictionary<string, int> { ["item-S4-secure-storage"] = 2 });
        await page.ClickAsync("#assessment-new");
        await page.GotoAsync(browser.UrlOf("assessment.html#statements/safe"));
        await page.Locator("fieldset.statement-item").First.Locator("input[type=radio]").Nth(3).CheckAsync();
        foreach (var view in new[] { "kloe/S4", "statements/safe", "results", "plan", "compare" })
        {
            await page.GotoAsync(browser.UrlOf("assessment.html#" + view));
            (await Axe.ViolationsAsync(page, view + " ")).ShouldBeEmpty();
        }
        await page.ClickAsync("#assessment-remove-all");
        (await Axe.ViolationsAsync(page, "dialog ")).ShouldBeEmpty();
        await page.ClickAsync("#confirm-cancel");
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_action_plan_puts_critical_failures_first_and_flags_them()
    {
        var (context, page) = await OpenAsync("#kloe/S4");
        await page.ClickAsync("#assessment-new");
        // A non-critical item early in the list and a critical one later, both answered "No": the critical one comes first.
        await AnswerAllAsync(page, new Dictionary<string, int> { ["item-S4-people-in-medicine-reviews"] = 2, ["item-S4-secure-storage"] = 2, ["item-S4-ordering-and-disposal"] = 1 });
        await page.GotoAsync(browser.UrlOf("assessment.html#plan"));
        var rows = page.Locator(".plan-table tbody tr");
        (await rows.First.TextContentAsync())!.ShouldContain("Medicines are kept securely");
        (await rows.First.Locator(".critical-badge").TextContentAsync())!.ShouldContain("Safety-critical");
        (await rows.Nth(1).TextContentAsync())!.ShouldContain("take part in regular reviews");
        (await rows.Nth(1).Locator(".critical-badge").CountAsync()).ShouldBe(0);
        (await rows.Nth(2).TextContentAsync())!.ShouldContain("ordered and disposed of");   // a middle answer: furthest from good last
        await context.CloseAsync();
    }
}
