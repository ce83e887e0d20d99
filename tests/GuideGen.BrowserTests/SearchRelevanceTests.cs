using GuideGen.Cli.Commands;
using GuideGen.Testing;
using Xunit.Abstractions;

namespace GuideGen.BrowserTests;

/// <summary>
/// tests/search-relevance/queries.tsv: what managers, trainers and staff type (their own words,
/// plurals, misspellings, abbreviations, phrases, questions), each with the topic that must come in
/// the first three results. Run in Chromium over the single index and over the sharded one; the share
/// met is printed, and the bar is 95%.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SearchRelevanceTests(BrowserFixture browser, ShardedSiteFixture sharded, ITestOutputHelper output) : IClassFixture<ShardedSiteFixture>
{
    private const double Bar = 0.95;
    private static readonly string QueriesFile = Path.Combine(Repository.Root, "tests", "search-relevance", "queries.tsv");

    [Theory]
    [InlineData("single")]
    [InlineData("sharded")]
    public async Task At_least_95_percent_of_readers_queries_find_their_topic_in_the_first_three(string index)
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
        output.WriteLine($"{index} index: {met} of {queries.Count} queries ({100.0 * met / queries.Count:0.0}%) find their topic in the first three.");
        foreach (var miss in misses) output.WriteLine("  missed " + miss);
        ((double)met / queries.Count).ShouldBeGreaterThanOrEqualTo(Bar, string.Join("\n", misses));
        await page.Context.CloseAsync();
    }
}
