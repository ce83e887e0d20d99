using GuideGen.Cli.Commands;
using GuideGen.Testing;
using Xunit.Abstractions;

namespace GuideGen.BrowserTests;

/// <summary>
/// tests/search-relevance/queries.tsv: what managers, trainers and staff type (their own words,
/// plurals, misspellings, abbreviations, phrases, questions), each with the topic that must come in
/// the first three results. Run in Chromium over the single index and over the sharded one; the share
/// met is printed, with every miss. The bar is 95% (issue 20): measured 95.4% with both indexes on
/// 2026-12-07, up from 76.9% before stemming.
///
/// tests/search-relevance/holdout.tsv: 100 more queries, written from the content alone after search was
/// tuned, and never tuned to: it measures search on words it has not seen (87% with both indexes when
/// written). Its bar holds that; when it misses, add what readers type to queries.tsv and improve search
/// there, and write new held-out queries rather than fit these.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SearchRelevanceTests(BrowserFixture browser, ShardedSiteFixture sharded, ITestOutputHelper output) : IClassFixture<ShardedSiteFixture>
{
    [Theory]
    [InlineData("queries.tsv", "single", 0.95)]
    [InlineData("queries.tsv", "sharded", 0.95)]
    [InlineData("holdout.tsv", "single", 0.85)]
    [InlineData("holdout.tsv", "sharded", 0.85)]
    public async Task Readers_queries_find_their_topic_in_the_first_three(string file, string index, double bar)
    {
        var queries = SearchReport.ReadQueries(Path.Combine(Repository.Root, "tests", "search-relevance", file));
        queries.Count.ShouldBeGreaterThanOrEqualTo(80);
        queries.ShouldAllBe(q => q.Expected.Count > 0);

        var page = await browser.NewPageAsync();
        var site = index == "single" ? browser.SiteFolder : sharded.SiteFolder;
        await page.GotoAsync(BrowserFixture.UrlIn(site, "search.html"));
        await page.WaitForFunctionAsync("() => !!window.GuideGenSearch");

        var misses = new List<string>();
        foreach (var query in queries)
        {
            var top = await page.EvaluateAsync<string[]>(
                "async q => (await window.GuideGenSearch.find(q, {}, 3)).results.slice(0, 3).map(r => r.topic || r.id)", query.Text);
            if (!top.Any(query.Expected.Contains)) misses.Add($"line {query.Line}: {query.Text} → [{string.Join(", ", top)}], expected {string.Join(" or ", query.Expected)}");
        }
        var met = queries.Count - misses.Count;
        output.WriteLine($"{file}, {index} index: {met} of {queries.Count} queries ({100.0 * met / queries.Count:0.0}%) find their topic in the first three; the bar is {bar:P0}.");
        foreach (var miss in misses) output.WriteLine("  missed " + miss);
        ((double)met / queries.Count).ShouldBeGreaterThanOrEqualTo(bar, string.Join("\n", misses));
        await page.Context.CloseAsync();
    }
}
