using GuideGen.Testing;

namespace GuideGen.BrowserTests;

/// <summary>Text that looks like markup stays text in results, snippets and highlights.</summary>
[Collection(BrowserCollection.Name)]
public class SearchSafetyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Markup_in_content_is_shown_as_text_in_results_and_highlights()
    {
        using var site = new MiniSite(SampleGuide.With("""
            -- content/topics/s1-basics.yml --
            title: "Basics <img src=x onerror=\"window.pwned=1\">"
            kloe: S1
            summary: x
            quality_statements: [safeguarding]
            intro: Start here.
            recommendations:
              - id: train-staff
                service: A
                text: 'Train carefully <script>window.pwned=2</script> and <b onmouseover="window.pwned=3">bold</b>.'
            """));
        site.Build().Succeeded.ShouldBeTrue();

        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.Output, "index.html")).AbsoluteUri);
        await page.FillAsync("#site-search-input", "carefully");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#site-search-panel .result').length > 0");

        (await page.Locator("#site-search-panel .result-snippet").First.TextContentAsync())!.ShouldContain("<script>");
        (await page.Locator("#site-search-panel script, #site-search-panel img, #site-search-panel b").CountAsync()).ShouldBe(0);

        await page.Locator("#site-search-panel .result-link").First.ClickAsync();
        await page.WaitForLoadStateAsync();
        (await page.Locator("main mark").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("main img, main b, main script").CountAsync()).ShouldBe(0);
        (await page.EvaluateAsync<bool>("window.pwned === undefined")).ShouldBeTrue();
    }
}
