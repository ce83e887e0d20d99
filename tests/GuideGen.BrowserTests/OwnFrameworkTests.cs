using GuideGen.Cli.Building;
using GuideGen.Testing;
using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>
/// tests/sites/own-framework in the browser: a council's framework with its own ratings and no
/// scored statements. A worker answers its checklists (a failed safety item, a limiter answered no,
/// mixed answers) and reads every view: the scripts speak the guide's words, never the bundled
/// framework's, rate by its own scale, and pass axe.
/// </summary>
public class OwnFrameworkTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly SiteFolder site = new("own-framework");

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task Its_self_assessment_speaks_its_own_words_and_rates_by_its_own_scale()
    {
        new BuildPipeline(new BuildOptions(site.Root, site.Output)).Build().Succeeded.ShouldBeTrue();
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(BrowserFixture.UrlIn(site.Output, "assessment.html"));
        await page.ClickAsync("#assessment-new");

        // No statements: the tabs are by standard and the rest, never "by statement".
        var tabs = await page.Locator(".assessment-tabs a").AllInnerTextsAsync();
        tabs.ShouldContain("By standard");
        tabs.ShouldNotContain(t => t.StartsWith("By statement", StringComparison.Ordinal));

        var seen = new List<string>();
        foreach (var code in new[] { "L1", "S1" })
        {
            await page.GotoAsync(BrowserFixture.UrlIn(site.Output, "assessment.html#kloe/" + code));
            var items = page.Locator("fieldset.check-item");
            for (var i = 0; i < await items.CountAsync(); i++)
            {
                var radios = items.Nth(i).Locator("input[type=radio]");
                // S1's first item (cash recorded, safety-critical) fails; others alternate good and middle.
                var pick = code == "S1" && i == 0 ? await radios.CountAsync() - 1 : i % 2;
                await radios.Nth(Math.Min(pick, await radios.CountAsync() - 1)).CheckAsync();
            }
            seen.Add(await page.InnerTextAsync("main"));
        }
        foreach (var view in new[] { "results", "plan", "compare", "team" })
        {
            await page.GotoAsync(BrowserFixture.UrlIn(site.Output, "assessment.html#" + view));
            await page.WaitForSelectorAsync("#assessment-app h2");
            seen.Add(await page.InnerTextAsync("main"));
            if (view == "results")
            {
                (await page.InnerTextAsync("#overall-kloe")).ShouldContain("Needs action");
                (await page.InnerTextAsync("main")).ShouldContain("Limited to needs action: cash is not always recorded");
                (await Axe.ViolationsAsync(page, "own framework results")).ShouldBeEmpty();
            }
        }

        seen.SelectMany(FrameworkWords.In).Distinct().ShouldBeEmpty();
        errors.ShouldBeEmpty();
    }
}
