using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>
/// Every page carries a Content-Security-Policy that allows only the site's own script and style
/// files, and the site still does everything from file:// under it: search, checklists, packs, print,
/// glossary tips. Any violation is reported to the page as a securitypolicyviolation event, which
/// these tests collect.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ContentSecurityPolicyTests(BrowserFixture browser)
{
    public const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'";

    private const string RecordViolations = """
        window.__violations = [];
        document.addEventListener("securitypolicyviolation", function (e) {
          window.__violations.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber);
        });
        """;

    private async Task<(IPage Page, List<string> Problems)> OpenAsync()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(RecordViolations);
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Add($"{page.Url}: console {message.Type}: {message.Text}"); };
        page.PageError += (_, error) => problems.Add($"{page.Url}: page error: {error}");
        return (page, problems);
    }

    private static async Task CollectAsync(IPage page, List<string> problems) =>
        problems.AddRange((await page.EvaluateAsync<string[]>("() => window.__violations || []")).Select(v => $"{page.Url}: {v}"));

    [Fact]
    public async Task Every_page_has_the_policy_and_no_inline_script_or_style()
    {
        var problems = new List<string>();
        foreach (var path in browser.Pages())
        {
            var html = File.ReadAllText(Path.Combine(browser.SiteFolder, path));
            var metas = System.Text.RegularExpressions.Regex.Matches(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">");
            if (metas.Count != 1 || metas[0].Groups[1].Value.Replace("&#39;", "'") != Policy) problems.Add($"{path}: policy missing or different");
            if (System.Text.RegularExpressions.Regex.IsMatch(html, @"<script(?![^>]*\bsrc=)[^>]*>")) problems.Add($"{path}: inline <script>");
            if (html.Contains("<style", StringComparison.Ordinal)) problems.Add($"{path}: <style> element");
            if (System.Text.RegularExpressions.Regex.IsMatch(html, @"\sstyle=""")) problems.Add($"{path}: style attribute");
            if (System.Text.RegularExpressions.Regex.IsMatch(html, @"\son[a-z]+=""")) problems.Add($"{path}: event handler attribute");
        }
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_policy_is_enforced_from_file_so_an_injected_inline_script_does_not_run()
    {
        var (page, problems) = await OpenAsync();
        await page.GotoAsync(browser.UrlOf("index.html"));
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.inlineRan = true'; document.body.appendChild(s); }");
        await page.EvaluateAsync("() => { const d = document.createElement('div'); d.innerHTML = '<img src=x onerror=\"window.handlerRan = true\">'; document.body.appendChild(d); }");
        await page.WaitForFunctionAsync("() => window.__violations.length >= 2");
        (await page.EvaluateAsync<bool>("() => window.inlineRan === undefined && window.handlerRan === undefined")).ShouldBeTrue();
        (await page.EvaluateAsync<string[]>("() => window.__violations")).ShouldContain(v => v.StartsWith("script-src"));
    }

    [Fact]
    public async Task Search_checklists_packs_print_and_glossary_tips_work_with_no_violation()
    {
        var (page, problems) = await OpenAsync();

        // Search: the header box loads the index script on demand; the search page runs from its query.
        await page.GotoAsync(browser.UrlOf("index.html"));
        await page.FillAsync("#site-search-input", "medicines");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#site-search-panel .result').length > 0");
        await CollectAsync(page, problems);
        // Enter submits the header form to the search page: form-action 'self' must allow it from file://.
        await page.PressAsync("#site-search-input", "Enter");
        await page.WaitForURLAsync("**/search.html?q=medicines*");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.search-results .result').length > 0");
        await CollectAsync(page, problems);
        await page.GotoAsync(browser.UrlOf("search.html?q=safeguarding"));
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.search-results .result').length > 0");
        await CollectAsync(page, problems);

        // Glossary tips: the bubble is positioned through the CSSOM, which the policy allows.
        await page.GotoAsync(browser.UrlOf("topics/s1-safeguarding.html"));
        var term = page.Locator("a.glossary-term").First;
        if (await term.CountAsync() > 0)
        {
            await term.HoverAsync();
            await page.WaitForSelectorAsync(".glossary-bubble:not([hidden])");
        }
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.PdfAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        await CollectAsync(page, problems);

        // Self-assessment: a new assessment, an answer, the results and the action plan.
        await page.GotoAsync(browser.UrlOf("assessment.html#kloe/S1"));
        await page.ClickAsync("#assessment-new");
        await page.Locator("fieldset.check-item").First.Locator("input[type=radio]").Nth(1).CheckAsync();
        foreach (var view in new[] { "results", "plan", "compare" })
        {
            await page.GotoAsync(browser.UrlOf("assessment.html#" + view));
            await page.WaitForSelectorAsync("#assessment-view > *");
        }
        await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#assessment-export"));
        await CollectAsync(page, problems);

        // Training packs: build one, preview it, download it; a ready-made pack and a print book.
        await page.GotoAsync(browser.UrlOf("packs/index.html"));
        await page.ClickAsync("#pack-new");
        await page.CheckAsync("#pack-topic-s3-safe-staffing");
        await page.WaitForSelectorAsync(".pack-preview .pack-topic");
        await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#pack-export"));
        await CollectAsync(page, problems);
        foreach (var path in new[] { "packs/supervision-dignity-in-the-home.html", "print/safe.html" })
        {
            await page.GotoAsync(browser.UrlOf(path));
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await page.PdfAsync();
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
            await CollectAsync(page, problems);
        }

        problems.ShouldBeEmpty();
    }
}
