using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>Search used the way a care manager would: typed into the header, over file://, with no server.</summary>
[Collection(BrowserCollection.Name)]
public class SearchTests(BrowserFixture browser)
{
    private async Task<IPage> OpenAsync(string path = "index.html")
    {
        var page = await browser.NewPageAsync();
        var offline = new List<string>();
        page.Request += (_, request) => { if (!request.Url.StartsWith("file://", StringComparison.Ordinal)) offline.Add(request.Url); };
        page.PageError += (_, error) => throw new InvalidOperationException("page error: " + error);
        await page.GotoAsync(browser.UrlOf(path));
        return page;
    }

    private static async Task<IReadOnlyList<string>> HeaderResultsAsync(IPage page, string query)
    {
        await page.FillAsync("#site-search-input", query);
        await page.WaitForFunctionAsync("() => { const s = document.querySelector('#site-search-panel .search-status').textContent; return s && !s.startsWith('Loading'); }");
        return await page.Locator("#site-search-panel .result-link").AllTextContentsAsync();
    }

    private static Task<string> StatusAsync(IPage page) => page.Locator("#site-search-panel .search-status").TextContentAsync()!;

    [Fact]
    public async Task Typing_in_the_header_shows_results_from_file_with_a_live_count()
    {
        var page = await OpenAsync("topics/s2-managing-risk.html");
        var results = await HeaderResultsAsync(page, "whistleblowing");

        results.ShouldNotBeEmpty();
        (await StatusAsync(page)).ShouldMatch(@"^\d+ results? for “whistleblowing”");
        (await page.GetAttributeAsync("#site-search-panel .search-status", "role")).ShouldBe("status");
        (await page.Locator("#site-search-panel .result mark").CountAsync()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_half_typed_word_matches_by_prefix()
    {
        var page = await OpenAsync();
        var results = await HeaderResultsAsync(page, "safeguar");
        results.ShouldNotBeEmpty();
        results.ShouldContain(r => r.Contains("safeguarding", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_misspelt_word_still_finds_results()
    {
        var page = await OpenAsync();
        var results = await HeaderResultsAsync(page, "medicnes ");
        results.ShouldNotBeEmpty();
        (await StatusAsync(page)).ShouldContain("similar spellings");
    }

    [Fact]
    public async Task Synonyms_and_abbreviations_find_each_other()
    {
        var page = await OpenAsync();
        var fluids = await HeaderResultsAsync(page, "fluids ");
        fluids.ShouldContain(r => r.Contains("hydrat", StringComparison.OrdinalIgnoreCase) || r.Contains("drink", StringComparison.OrdinalIgnoreCase));

        var dols = await HeaderResultsAsync(page, "DoLS ");
        dols.ShouldContain(r => r.Contains("Deprivation of Liberty", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Every_word_is_required_but_any_word_is_the_fallback()
    {
        var page = await OpenAsync();
        var both = await HeaderResultsAsync(page, "medication errors ");
        both.ShouldNotBeEmpty();
        (await StatusAsync(page)).ShouldNotContain("some of them");

        await HeaderResultsAsync(page, "medication zebracorn ");
        (await StatusAsync(page)).ShouldContain("No result has every word");
    }

    [Fact]
    public async Task A_quoted_phrase_matches_only_that_phrase()
    {
        var page = await OpenAsync("search.html?q=%22end%20of%20life%22");
        await page.WaitForFunctionAsync("() => /results? for/.test(document.getElementById('search-page-status').textContent)");
        var snippets = await page.Locator("#search-page-results .result-link").AllTextContentsAsync();
        snippets.ShouldNotBeEmpty();
        snippets.ShouldAllBe(s => s.Contains("end of life", StringComparison.OrdinalIgnoreCase) || s.Contains("end-of-life", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Filters_narrow_results_by_key_question_kind_and_service_type()
    {
        var page = await OpenAsync("search.html?q=staff");
        await page.WaitForFunctionAsync("() => /results? for/.test(document.getElementById('search-page-status').textContent)");
        var all = await page.Locator("#search-page-results .result").CountAsync();

        await page.SelectOptionAsync("#filter-kind", "recommendation");
        await page.SelectOptionAsync("#filter-kq", "safe");
        await page.WaitForFunctionAsync("() => document.getElementById('search-page-status').textContent.includes('Filters are on')");
        var kinds = await page.Locator("#search-page-results .result-kind").AllTextContentsAsync();
        kinds.ShouldNotBeEmpty();
        kinds.ShouldAllBe(k => k == "Recommendation");
        kinds.Count.ShouldBeLessThan(all);
        var topics = await page.Locator("#search-page-results .result-topic").AllTextContentsAsync();
        topics.ShouldAllBe(t => t.StartsWith('S'));

        await page.SelectOptionAsync("#filter-service", "C");
        await page.WaitForTimeoutAsync(50);
        var services = await page.Locator("#search-page-results .result-service").AllTextContentsAsync();
        services.ShouldAllBe(s => s == "All" || s == "Community");
    }

    [Fact]
    public async Task No_results_state_offers_suggestions()
    {
        var page = await OpenAsync("search.html?q=qwxzv");
        await page.WaitForFunctionAsync("() => document.getElementById('search-page-status').textContent.startsWith('No results')");
        (await page.Locator("#search-page-empty").IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator("#search-page-empty li").CountAsync()).ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task Keyboard_moves_from_the_box_through_results_and_escape_closes()
    {
        var page = await OpenAsync();
        await HeaderResultsAsync(page, "complaints");
        await page.Keyboard.PressAsync("ArrowDown");
        (await page.EvaluateAsync<string>("document.activeElement.className")).ShouldBe("result-link");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("site-search-input");
        await page.Keyboard.PressAsync("Escape");
        (await page.Locator("#site-search-panel").IsHiddenAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task Following_a_result_lands_on_the_item_with_the_words_highlighted()
    {
        var page = await OpenAsync();
        await HeaderResultsAsync(page, "whistleblowing policy");
        var first = page.Locator("#site-search-panel .result-link").First;
        var href = (await first.GetAttributeAsync("href"))!;
        href.ShouldContain("?hl=");
        await first.ClickAsync();
        await page.WaitForLoadStateAsync();
        (await page.Locator("main mark").CountAsync()).ShouldBeGreaterThan(0);
        if (href.Contains('#'))
            (await page.EvaluateAsync<bool>($"!!document.getElementById('{href[(href.IndexOf('#') + 1)..]}')")).ShouldBeTrue();
    }

    [Fact]
    public async Task Search_data_is_loaded_lazily_not_by_the_page_itself()
    {
        // The page only references the small search script; MiniSearch and the index are injected later.
        var html = File.ReadAllText(Path.Combine(browser.SiteFolder, "topics", "s1-safeguarding.html"));
        html.ShouldContain("assets/search.js");
        html.ShouldNotContain("search-index.js");
        html.ShouldNotContain("minisearch");

        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("topics/s1-safeguarding.html"));
        await page.FocusAsync("#site-search-input");
        await page.WaitForFunctionAsync("() => !!window.GuideGenSearchData && !!window.MiniSearch");
    }
}
