namespace GuideGen.BrowserTests;

/// <summary>
/// What people actually type finds the right topic among the first results: plain words, partial
/// words, misspellings, abbreviations and everyday synonyms. Runs the site's own search in Chromium.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SearchQualityTests(BrowserFixture browser)
{
    public static readonly (string Query, string ExpectedTopic)[] Cases =
    [
        ("medication errors", "s4-medicines"),
        ("medicnes", "s4-medicines"),
        ("PRN", "s4-medicines"),
        ("MAR chart", "s4-medicines"),
        ("DoLS", "e7-consent"),
        ("MCA", "e7-consent"),
        ("fluids", "e3-food-and-nutrition"),
        ("hydration", "e3-food-and-nutrition"),
        ("safeguard", "s1-safeguarding"),
        ("infection control", "s5-infection-control"),
        ("PPE", "s5-infection-control"),
        ("DBS", "s3-safe-recruitment"),
        ("recruitmnet", "s3-safe-recruitment"),
        ("staffing levels", "s3-safe-staffing"),
        ("supervision", "e2-staff-support"),
        ("complaints", "r2-complaints"),
        ("end of life", "r3-end-of-life-care"),
        ("palliative", "r3-end-of-life-care"),
        ("care plans", "r1-care-plans"),
        ("restraint", "e7-minimising-restraint"),
        ("accessible information standard", "r1-person-centred-care"),
        ("Makaton", "r1-communication"),
        ("duty of candour", "s6-learning-from-incidents"),
        ("privacy and dignity", "c3-privacy-dignity-independence"),
        ("retention", "e2-staff-retention"),
        ("governance", "w2-governance"),
        ("technolgy", "r1-using-technology"),
    ];

    [Fact]
    public async Task Typical_queries_find_the_expected_topic_among_the_first_three_results()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("search.html"));
        await page.WaitForFunctionAsync("() => !!window.GuideGenSearch");

        var misses = new List<string>();
        foreach (var (query, expected) in Cases)
        {
            var top = await page.EvaluateAsync<string[]>(
                "q => window.GuideGenSearch.search(q).results.slice(0, 3).map(r => r.topic || r.id)", query);
            if (!top.Contains(expected)) misses.Add($"{query} → [{string.Join(", ", top)}], expected {expected}");
        }

        misses.ShouldBeEmpty();
        Cases.Length.ShouldBeGreaterThanOrEqualTo(20);
    }

    /// <summary>A topic's own name finds the topic first: above items that only share a synonym ("medication").</summary>
    [Theory]
    [InlineData("medicines", "s4-medicines")]
    [InlineData("safeguarding", "s1-safeguarding")]
    [InlineData("complaints", "r2-complaints")]
    [InlineData("end of life", "r3-end-of-life-care")]
    public async Task A_topics_name_finds_the_topic_itself_first(string query, string topic)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("search.html"));
        await page.WaitForFunctionAsync("() => !!window.GuideGenSearch");

        var first = await page.EvaluateAsync<string[]>(
            "q => { const r = window.GuideGenSearch.search(q + ' ').results[0]; return [r.kind, r.id]; }", query);

        first[0].ShouldBe("topic", $"first result: {string.Join(" ", first)}");
        first[1].ShouldBe($"topics/{topic}.html");
    }
}
