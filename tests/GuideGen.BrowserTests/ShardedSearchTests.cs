using GuideGen.Cli.Building;
using GuideGen.Search;
using GuideGen.Testing;
using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>The bundled guide built with its search index always split into shards (as a large guide's is).</summary>
public sealed class ShardedSiteFixture : IDisposable
{
    private readonly TempFolder folder = new("guidegen-sharded");

    public ShardedSiteFixture()
    {
        var result = new BuildPipeline(new BuildOptions(Repository.Root, SiteFolder, SearchShards: SearchShardMode.Always)).Build();
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }

    public string SiteFolder => folder.Combine("site");

    public string UrlOf(string relativePath)
    {
        var query = relativePath.IndexOfAny(['?', '#']);
        var path = query < 0 ? relativePath : relativePath[..query];
        return new Uri(Path.Combine(SiteFolder, path)).AbsoluteUri + (query < 0 ? "" : relativePath[query..]);
    }

    public void Dispose() => folder.Dispose();
}

/// <summary>
/// Search over a sharded index, from file://: shards load as scripts on demand, with no network request,
/// and results, filters, "Show more results" and ranking match the single-index search.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ShardedSearchTests(BrowserFixture browser, ShardedSiteFixture sharded) : IClassFixture<ShardedSiteFixture>
{
    private readonly List<string> offline = [];

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await browser.NewPageAsync();
        page.Request += (_, request) => { if (!request.Url.StartsWith("file://", StringComparison.Ordinal)) offline.Add(request.Url); };
        page.PageError += (_, error) => throw new InvalidOperationException("page error: " + error);
        await page.GotoAsync(sharded.UrlOf(path));
        return page;
    }

    private static Task WaitForStatusAsync(IPage page) =>
        page.WaitForFunctionAsync("() => /results? for|^No results/.test(document.getElementById('search-page-status').textContent)");

    [Fact]
    public async Task Typing_in_the_header_loads_only_some_shards_and_shows_results()
    {
        var page = await OpenAsync("topics/s2-managing-risk.html");
        await page.FillAsync("#site-search-input", "whistleblowing");
        await page.WaitForFunctionAsync("() => /results? for/.test(document.querySelector('#site-search-panel .search-status').textContent)");

        (await page.Locator("#site-search-panel .result-link").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("#site-search-panel .result mark").CountAsync()).ShouldBeGreaterThan(0);
        var loaded = await page.EvaluateAsync<string[]>("() => window.GuideGenSearch.index.loadedShards()");
        var files = Directory.GetFiles(Path.Combine(sharded.SiteFolder, "assets", "search"));
        loaded.ShouldNotBeEmpty();
        loaded.Length.ShouldBeLessThan(files.Length);
        // The manifest says the index is sharded, so the single index's reader is never loaded.
        (await page.EvaluateAsync<bool>("() => !window.MiniSearch && !document.querySelector('script[src*=\"minisearch\"]')")).ShouldBeTrue();
        offline.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_top_results_agree_with_the_single_index_search()
    {
        var single = await browser.NewPageAsync();
        await single.GotoAsync(browser.UrlOf("search.html"));
        await single.WaitForFunctionAsync("() => !!window.GuideGenSearch");
        var page = await OpenAsync("search.html");
        await page.WaitForFunctionAsync("() => !!window.GuideGenSearch");

        const string Top = "async q => (await window.GuideGenSearch.find(q, {}, 5)).results.slice(0, 5).map(r => r.id)";
        string[] queries = [.. SearchQualityTests.Cases.Select(c => c.Query), "car", "safeguar", "staff training", "medicnes ", "\"end of life\"", "medication zebracorn "];
        var disagreements = new List<string>();
        foreach (var query in queries)
        {
            var expected = await single.EvaluateAsync<string[]>(Top, query);
            var actual = await page.EvaluateAsync<string[]>(Top, query);
            // Scores are stored to thousandths, so a near-tie could in principle swap; for these queries the order is the same.
            if (!expected.SequenceEqual(actual))
                disagreements.Add($"{query}: [{string.Join(", ", actual)}] instead of [{string.Join(", ", expected)}]");
        }
        disagreements.ShouldBeEmpty();
        offline.ShouldBeEmpty();
    }

    [Fact]
    public async Task Filters_narrow_results_and_show_more_adds_the_next_page()
    {
        var page = await OpenAsync("search.html?q=care");
        await WaitForStatusAsync(page);
        var first = await page.Locator("#search-page-results .result").CountAsync();
        first.ShouldBe(50);
        (await page.Locator("#search-page-status").TextContentAsync())!.ShouldContain("showing the first 50");
        await page.ClickAsync(".search-show-more button");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#search-page-results .result').length > 50");
        var ids = await page.Locator("#search-page-results .result-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        ids.Distinct().Count().ShouldBe(ids.Length);

        await page.SelectOptionAsync("#filter-kind", "recommendation");
        await page.SelectOptionAsync("#filter-kq", "safe");
        await page.WaitForFunctionAsync("() => document.getElementById('search-page-status').textContent.includes('Filters are on')");
        var kinds = await page.Locator("#search-page-results .result-kind").AllTextContentsAsync();
        kinds.ShouldNotBeEmpty();
        kinds.ShouldAllBe(k => k == "Recommendation");
        (await page.Locator("#search-page-results .result-topic").AllTextContentsAsync()).ShouldAllBe(t => t.StartsWith('S'));

        await page.SelectOptionAsync("#filter-service", "C");
        await page.WaitForFunctionAsync("() => location.search.includes('service=C')");
        await WaitForStatusAsync(page);
        (await page.Locator("#search-page-results .result-service").AllTextContentsAsync()).ShouldAllBe(s => s == "All" || s == "Community");
        offline.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_misspelling_finds_similar_spellings_and_nonsense_offers_a_suggestion()
    {
        var page = await OpenAsync("search.html?q=medicnes");
        await WaitForStatusAsync(page);
        (await page.Locator("#search-page-status").TextContentAsync())!.ShouldContain("similar spellings");

        await page.FillAsync("#search-page-input", "medicnes zqxwv");
        await page.WaitForFunctionAsync("() => document.getElementById('search-page-status').textContent.includes('some of them')");
        await page.FillAsync("#search-page-input", "qwxzv");
        await page.WaitForFunctionAsync("() => document.getElementById('search-page-status').textContent.startsWith('No results')");
        (await page.Locator("#search-page-empty li").CountAsync()).ShouldBeGreaterThanOrEqualTo(3);
        offline.ShouldBeEmpty();
    }
}
