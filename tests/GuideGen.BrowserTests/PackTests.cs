using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>A trainer builds a handout: chooses topics and blocks, orders them, filters by service type, prints, saves.</summary>
[Collection(BrowserCollection.Name)]
public class PackTests(BrowserFixture browser)
{

    [Fact]
    public async Task A_trainer_builds_orders_filters_and_saves_a_pack()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => throw new InvalidOperationException("page error: " + error);
        await page.GotoAsync(browser.UrlOf("packs/index.html"));
        await page.ClickAsync("#pack-new");
        await page.FillAsync("#pack-title", "Staffing induction");
        await page.CheckAsync("#pack-topic-s3-safe-recruitment");
        await page.CheckAsync("#pack-topic-s3-safe-staffing");
        await page.CheckAsync("#pack-block-examples");

        var titles = await page.Locator(".pack-preview .pack-topic > h2").AllTextContentsAsync();
        titles.ShouldBe(["S3 Safe recruitment", "S3 Safe staffing"]);
        await page.ClickAsync("button[aria-label='Move up: Safe staffing']");
        (await page.Locator(".pack-preview .pack-topic > h2").AllTextContentsAsync()).ShouldBe(["S3 Safe staffing", "S3 Safe recruitment"]);

        // Each topic's blocks come in a script of their own, added when the topic is picked.
        await page.WaitForSelectorAsync(".pack-preview[aria-busy='false']");
        (await page.EvaluateAsync<string[]>("() => [...document.scripts].map(s => s.getAttribute('src')).filter(s => s.includes('assets/packs/'))"))
            .Order().ToArray().ShouldBe(["../assets/packs/s3-safe-recruitment.js", "../assets/packs/s3-safe-staffing.js"], "only the topics picked are loaded");
        var ids = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[id]')].map(e => e.id)");
        ids.Length.ShouldBe(ids.Distinct().Count());

        (await page.Locator(".pack-preview [data-service='C']").CountAsync()).ShouldBeGreaterThan(0);
        await page.SelectOptionAsync("#pack-service", "R");
        (await page.Locator(".pack-preview [data-service='C']").CountAsync()).ShouldBe(0);

        (await Axe.ViolationsAsync(page)).ShouldBeEmpty();

        await page.ReloadAsync();
        (await page.InputValueAsync("#pack-title")).ShouldBe("Staffing induction");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#pack-export"));
        var file = await download.PathAsync();
        File.ReadAllText(file).ShouldContain("\"s3-safe-staffing\"");

        // A saved file brings the pack back on a computer (or browser store) that never had it.
        await page.EvaluateAsync("() => localStorage.clear()");
        await page.ReloadAsync();
        (await page.Locator("#pack-title").CountAsync()).ShouldBe(0);
        await page.SetInputFilesAsync("#pack-import", file);
        await page.WaitForSelectorAsync("#pack-title");
        await page.WaitForSelectorAsync(".pack-preview[aria-busy='false'] .pack-topic [data-service]");
        (await page.InputValueAsync("#pack-title")).ShouldBe("Staffing induction");
        (await page.Locator(".pack-preview .pack-topic > h2").AllTextContentsAsync()).ShouldBe(["S3 Safe staffing", "S3 Safe recruitment"]);
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_ready_made_pack_from_content_prints_its_topics_for_its_service_type()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.UrlOf("packs/supervision-dignity-in-the-home.html"));
        (await page.Locator(".pack-topic > h2").CountAsync()).ShouldBe(2);
        (await page.Locator(".pack-topic [data-service='R']:visible").CountAsync()).ShouldBe(0);
        (await Axe.ViolationsAsync(page)).ShouldBeEmpty();
    }
}
