using System.Text.Json;
using GuideGen.Testing;
using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>
/// Script payloads in content (titles, text, glossary terms and meanings, packs) and in files a reader
/// imports (saved self-assessments, training packs) never run and never become markup: not in pages,
/// search results, glossary tips, the checklists or the pack builder.
/// </summary>
[Collection(BrowserCollection.Name)]
public class InjectionTests(BrowserFixture browser)
{
    private static string Yaml(string text) => "'" + text.Replace("'", "''") + "'";

    private static MiniSite HostileSite()
    {
        var p = Injection.All;
        var site = new MiniSite(SampleGuide.With($"""
            -- content/topics/s1-basics.yml --
            title: {Yaml("Basics " + Injection.Payloads[0])}
            kloe: S1
            summary: {Yaml("Summary " + p)}
            quality_statements: [safeguarding]
            intro: {Yaml("Intro about the carer. " + p)}
            recommendations:
              - id: train-staff
                service: A
                text: {Yaml("Train every carer carefully. " + p)}
            avoid:
              - id: no-training
                service: A
                text: {Yaml("Untrained carer. " + p)}
            -- content/glossary.yml --
            terms:
              - term: Carer
                meaning: {Yaml("Someone who cares. " + p)}
              - term: {Yaml("Hostile " + Injection.Payloads[1])}
                id: hostile
                aliases: [{Yaml(Injection.Payloads[2])}]
                meaning: {Yaml("A term with a hostile name. " + p)}
            -- content/packs/hostile.yml --
            title: {Yaml("Pack " + Injection.Payloads[0])}
            summary: {Yaml("Summary " + p)}
            notes: {Yaml("Notes " + p)}
            blocks: [recommendations, avoid]
            topics: [s1-basics]
            """));
        var result = site.Build();
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        return site;
    }

    private static async Task<(IPage Page, List<string> Problems)> OpenAsync(IBrowser chromium)
    {
        var context = await chromium.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add($"{page.Url}: page error: {error}");
        return (page, problems);
    }

    [Fact]
    public async Task Payloads_in_content_stay_text_on_pages_in_search_and_in_glossary_tips()
    {
        using var site = HostileSite();
        var (page, problems) = await OpenAsync(browser.Browser);
        string Url(string path) => new Uri(Path.Combine(site.Output, path)).AbsoluteUri;

        foreach (var path in Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            await page.GotoAsync(new Uri(path).AbsoluteUri);
            problems.AddRange(await Injection.TracesAsync(page, Path.GetRelativePath(site.Output, path)));
        }

        await page.GotoAsync(Url("topics/s1-basics.html"));
        (await page.TextContentAsync("h1"))!.ShouldContain(Injection.Payloads[0]); // shown, as text
        await page.Locator("a.glossary-term").First.HoverAsync();
        await page.WaitForSelectorAsync(".glossary-bubble:not([hidden])");
        // The tip is the meaning as plain text: tags Markdown recognises are left out, the rest stays text.
        (await page.TextContentAsync(".glossary-bubble"))!.ShouldContain("Someone who cares. " + Injection.Payloads[0]);
        problems.AddRange(await Injection.TracesAsync(page, "glossary tip"));

        await page.FillAsync("#site-search-input", "carefully");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#site-search-panel .result').length > 0");
        problems.AddRange(await Injection.TracesAsync(page, "header search results"));
        await page.FillAsync("#site-search-input", "hostile");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#site-search-panel .result').length > 0");
        problems.AddRange(await Injection.TracesAsync(page, "header search results for the glossary term"));

        // A payload in the query itself: in the search page's box, its status line and the highlighted page.
        await page.GotoAsync(Url("search.html") + "?q=" + Uri.EscapeDataString("carer " + Injection.Payloads[0]));
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#search-page-results .result').length > 0");
        problems.AddRange(await Injection.TracesAsync(page, "search page"));
        await page.Locator("#search-page-results .result-link").First.ClickAsync();
        await page.WaitForLoadStateAsync();
        problems.AddRange(await Injection.TracesAsync(page, "highlighted result page"));
        await page.GotoAsync(Url("topics/s1-basics.html") + "?hl=" + Uri.EscapeDataString(Injection.All));
        problems.AddRange(await Injection.TracesAsync(page, "highlight from the address"));

        // The pack builder draws the ready-made pack's blocks and the topic list from the site's data.
        await page.GotoAsync(Url("packs/index.html"));
        await page.ClickAsync("#pack-new");
        await page.CheckAsync("#pack-topic-s1-basics");
        await page.WaitForSelectorAsync(".pack-preview .pack-topic");
        problems.AddRange(await Injection.TracesAsync(page, "pack builder"));

        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_imported_self_assessment_file_with_payloads_stays_text_in_every_view()
    {
        var (page, problems) = await OpenAsync(browser.Browser);
        await page.GotoAsync(browser.UrlOf("assessment.html"));
        var ns = await page.EvaluateAsync<string>("() => window.GuideGenAssessmentData.namespace");
        var kloe = await page.EvaluateAsync<string>("() => window.GuideGenAssessmentData.keyQuestions[0].kloes[0].code");
        var itemId = await page.EvaluateAsync<string>("() => window.GuideGenAssessmentData.keyQuestions[0].kloes[0].items[0].id");
        var statementId = await page.EvaluateAsync<string>("() => window.GuideGenAssessmentData.keyQuestions[0].statements[0].id");
        var p = Injection.All;
        var answer = new Dictionary<string, object> { ["answer"] = p, ["note"] = p };
        var file = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["format"] = "guidegen-assessments", ["version"] = 1, ["guide"] = ns,
            ["assessments"] = new object[]
            {
                // Payloads in every field that holds text, and in the keys; the rest as the format requires.
                new Dictionary<string, object?>
                {
                    ["id"] = "a1" + Injection.Payloads[0], ["name"] = p, ["service"] = p, ["serviceType"] = p, ["assessor"] = p, ["date"] = "2026-01-01",
                    ["answers"] = new Dictionary<string, object> { [itemId] = new Dictionary<string, object> { ["answer"] = "met", ["note"] = p }, [Injection.Payloads[0]] = answer, ["__proto__"] = answer, ["constructor"] = answer },
                    ["statements"] = new Dictionary<string, object> { [statementId] = new Dictionary<string, object> { ["score"] = 2, ["note"] = p }, [Injection.Payloads[1]] = new Dictionary<string, object> { ["score"] = 3, ["note"] = p } },
                    ["actions"] = new Dictionary<string, object> { [itemId] = new Dictionary<string, object> { ["owner"] = p, ["due"] = "2026-02-01", ["status"] = "open", ["action"] = p }, [Injection.Payloads[2]] = new Dictionary<string, object> { ["action"] = p } },
                    ["created"] = "2026-01-01T10:00:00.000Z", ["updated"] = "2026-01-01T10:00:00.000Z", ["exported"] = null,
                },
                // Payloads where the format wants a date, a time, a score or a status: set aside, its name shown as text.
                new Dictionary<string, object?>
                {
                    ["id"] = "a2", ["name"] = p, ["service"] = p, ["serviceType"] = p, ["assessor"] = p, ["date"] = p,
                    ["answers"] = new Dictionary<string, object> { [itemId] = answer },
                    ["statements"] = new Dictionary<string, object> { [statementId] = new Dictionary<string, object> { ["score"] = p, ["note"] = p } },
                    ["actions"] = new Dictionary<string, object> { [itemId] = new Dictionary<string, object> { ["owner"] = p, ["due"] = p, ["status"] = p, ["action"] = p } },
                    ["created"] = p, ["updated"] = p, ["exported"] = p,
                },
            },
        });
        await page.SetInputFilesAsync("#assessment-import", new FilePayload { Name = "hostile.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(file) });
        await page.WaitForSelectorAsync("#assessment-choose");
        (await page.InputValueAsync("#assessment-service")).ShouldBe(p); // kept, as text
        (await page.Locator(".notice").First.TextContentAsync())!.ShouldContain("was not opened");
        problems.AddRange(await Injection.TracesAsync(page, "import notice"));

        foreach (var view in new[] { "kloe/" + kloe, "statements/" + (await page.EvaluateAsync<string>("() => window.GuideGenAssessmentData.keyQuestions[0].id")), "results", "plan", "compare" })
        {
            await page.GotoAsync(browser.UrlOf("assessment.html#" + view));
            await page.WaitForSelectorAsync("#assessment-view > *");
            problems.AddRange(await Injection.TracesAsync(page, view));
        }
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_imported_packs_file_with_payloads_stays_text_and_names_no_markup()
    {
        var (page, problems) = await OpenAsync(browser.Browser);
        await page.GotoAsync(browser.UrlOf("packs/index.html"));
        var ns = await page.EvaluateAsync<string>("() => window.GuideGenPacksData.namespace");
        var topic = await page.EvaluateAsync<string>("() => window.GuideGenPacksData.keyQuestions[0].topics[0].id");
        var p = Injection.All;
        string File(object packs) => JsonSerializer.Serialize(new Dictionary<string, object> { ["format"] = "guidegen-packs", ["version"] = 1, ["guide"] = ns, ["packs"] = packs });
        var hostile = File(new object[]
        {
            new Dictionary<string, object>
            {
                ["id"] = "p1" + Injection.Payloads[0], ["title"] = p, ["notes"] = p + "\n\n" + p, ["service"] = p,
                ["blocks"] = new[] { "recommendations", Injection.Payloads[0], "__proto__", "constructor", "toString" },
                ["topics"] = new[] { topic, "__proto__", "constructor", Injection.Payloads[1] },
            },
        });
        await page.SetInputFilesAsync("#pack-import", new FilePayload { Name = "hostile.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(hostile) });
        await page.WaitForSelectorAsync(".pack-preview .pack-topic");
        (await page.TextContentAsync(".pack-preview .pack-title"))!.ShouldBe(p);
        (await page.Locator(".pack-preview .pack-topic").CountAsync()).ShouldBe(1); // "__proto__" and "constructor" are no topics
        problems.AddRange(await Injection.TracesAsync(page, "pack builder after import"));

        // Fields of the wrong type are damage: the file is refused and nothing changes.
        var before = await page.EvaluateAsync<string>("() => localStorage.getItem(window.GuideGenPacksData.namespace + ':packs:v1')");
        var damaged = File(new object[] { new Dictionary<string, object> { ["title"] = p, ["topics"] = new[] { topic } } });
        await page.SetInputFilesAsync("#pack-import", new FilePayload { Name = "damaged.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(damaged) });
        await page.WaitForFunctionAsync("() => document.querySelector('.pack-message').textContent.includes('Nothing was changed')");
        (await page.EvaluateAsync<string>("() => localStorage.getItem(window.GuideGenPacksData.namespace + ':packs:v1')")).ShouldBe(before);

        await page.ReloadAsync();
        await page.WaitForSelectorAsync(".pack-preview .pack-topic");
        problems.AddRange(await Injection.TracesAsync(page, "pack builder after reload"));
        problems.ShouldBeEmpty();
    }
}
