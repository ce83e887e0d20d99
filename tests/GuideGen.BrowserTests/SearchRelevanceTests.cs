using GuideGen.Cli.Commands;
using GuideGen.Testing;
using Xunit.Abstractions;

namespace GuideGen.BrowserTests;

/// <summary>
/// tests/search-relevance/queries.tsv: what managers, trainers and staff type (their own words,
/// plurals, misspellings, abbreviations, phrases, questions), each with the topic that must come in
/// the first three results. Run in Chromium over the single index and over the sharded one; the share
/// met is printed, with every miss. The bar is 95% (issue 20): measured 95.7% with both indexes on
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

    /// <summary>A query that names a topic's subject gets that topic first, above any page that mentions it (issue 20).</summary>
    [Theory]
    [InlineData("single")]
    [InlineData("sharded")]
    public async Task A_query_naming_a_topics_subject_gets_that_topic_first(string index)
    {
        (string Query, string Topic)[] named =
        [
            ("supervision", "e2-staff-support"), ("complaints", "r2-complaints"), ("end of life", "r3-end-of-life-care"),
            ("infection control", "s5-infection-control"), ("care plans", "r1-care-plans"), ("safe staffing", "s3-safe-staffing"),
            ("falls", "s2-managing-risk"), ("medicines", "s4-medicines"), ("recruitment", "s3-safe-recruitment"), ("governance", "w2-governance"),
        ];
        var page = await browser.NewPageAsync();
        await page.GotoAsync(BrowserFixture.UrlIn(index == "single" ? browser.SiteFolder : sharded.SiteFolder, "search.html"));
        await page.WaitForFunctionAsync("() => !!window.GuideGenSearch");
        foreach (var (query, topic) in named)
        {
            var first = await page.EvaluateAsync<string[]>(
                "async q => { const r = (await window.GuideGenSearch.find(q + ' ', {}, 1)).results[0]; return [r.kind, r.topic || r.id]; }", query);
            first.ShouldBe(["topic", topic], $"the first result for “{query}”");
        }
        await page.Context.CloseAsync();
    }
}
