using GuideGen.Cli.Commands;
using GuideGen.Testing;
using Xunit.Abstractions;

namespace GuideGen.BrowserTests;

/// <summary>
/// tests/search-relevance/queries.tsv: what managers, trainers and staff type (their own words,
/// plurals, misspellings, abbreviations, phrases, questions), each with the topic that must come in
/// the first three results. Run in Chromium over the single index and over the sharded one; the share
/// met is printed. The goal is 95% (issue 20); until it is reached the test holds the share measured
/// when the set was written (88.8% with the single index and 85.1% with the sharded one, 2026-12-07), so search can only get better.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SearchRelevanceTests(BrowserFixture browser, ShardedSiteFixture sharded, ITestOutputHelper output) : IClassFixture<ShardedSiteFixture>
{
    private const double Goal = 0.95;
    private const double Bar = 0.85; // measured: 88.8% single, 85.1% sharded (its ranking approximates MiniSearch's)
    private static readonly string QueriesFile = Path.Combine(Repository.Root, "tests", "search-relevance", "queries.tsv");

    [Theory]
    [InlineData("single")]
    [InlineData("sharded")]
    public async Task Readers_queries_find_their_topic_in_the_first_three_no_less_often_than_measured(string index)
    {
        var queries = SearchReport.ReadQueries(QueriesFile);
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
        output.WriteLine($"{index} index: {met} of {queries.Count} queries ({100.0 * met / queries.Count:0.0}%) find their topic in the first three; the goal is {Goal:P0}.");
        foreach (var miss in misses) output.WriteLine("  missed " + miss);
        ((double)met / queries.Count).ShouldBeGreaterThanOrEqualTo(Bar, string.Join("\n", misses));
        await page.Context.CloseAsync();
    }
}
