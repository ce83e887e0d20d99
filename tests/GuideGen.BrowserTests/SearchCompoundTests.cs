using GuideGen.Testing;

namespace GuideGen.BrowserTests;

/// <summary>
/// Words that may be written as one, with a space or with a hyphen ("whistle blowing", "whistleblowing",
/// "whistle-blowing") find the same first results, whichever way the guide writes them, over the single
/// index and the sharded one alike.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SearchCompoundTests(BrowserFixture browser, ShardedSiteFixture sharded) : IClassFixture<ShardedSiteFixture>
{
    public static TheoryData<string, string, string, string> Forms => new()
    {
        { "single", "whistle blowing", "whistleblowing", "whistle-blowing" },
        { "single", "hand washing", "handwashing", "hand-washing" },
        { "single", "care plan", "careplan", "care-plan" },
        { "sharded", "whistle blowing", "whistleblowing", "whistle-blowing" },
        { "sharded", "hand washing", "handwashing", "hand-washing" },
        { "sharded", "care plan", "careplan", "care-plan" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Spaced_joined_and_hyphenated_forms_find_the_same_first_three(string index, string spaced, string joined, string hyphenated)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(BrowserFixture.UrlIn(index == "single" ? browser.SiteFolder : sharded.SiteFolder, "search.html"));
        await page.WaitForFunctionAsync("() => !!window.GuideGenSearch");
        // A space after the query: the words are finished, as when a reader presses Enter.
        const string Top = "async q => (await window.GuideGenSearch.find(q + ' ', {}, 3)).results.slice(0, 3).map(r => r.topic || r.id)";

        var first = await page.EvaluateAsync<string[]>(Top, spaced);
        first.Length.ShouldBe(3);
        (await page.EvaluateAsync<string[]>(Top, joined)).ShouldBe(first, $"“{joined}” and “{spaced}”");
        (await page.EvaluateAsync<string[]>(Top, hyphenated)).ShouldBe(first, $"“{hyphenated}” and “{spaced}”");
        await page.Context.CloseAsync();
    }
}
