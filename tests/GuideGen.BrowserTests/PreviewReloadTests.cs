using GuideGen.Cli.Building;
using GuideGen.Cli.Commands;
using GuideGen.Testing;

namespace GuideGen.BrowserTests;

/// <summary>`guidegen serve`'s live reload works in Chromium under the page's Content-Security-Policy (loopback only).</summary>
[Collection(BrowserCollection.Name)]
public class PreviewReloadTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_served_page_reloads_after_a_change_and_shows_errors_with_no_policy_violation()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        using var server = new PreviewServer(new BuildOptions(site.Root), 0, TextWriter.Synchronized(new StringWriter()), TextWriter.Synchronized(new StringWriter()));
        using var stop = new CancellationTokenSource();
        var running = server.RunAsync(stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (server.Url == "" && !running.IsFaulted && DateTime.UtcNow < deadline) await Task.Delay(100);
        server.Url.ShouldStartWith("http://127.0.0.1:");

        var page = await browser.NewPageAsync();
        await page.AddInitScriptAsync("""
            window.__violations = [];
            document.addEventListener("securitypolicyviolation", function (e) { window.__violations.push(e.violatedDirective + " " + e.blockedURI); });
            """);
        var problems = new List<string>();
        // Chromium asks a server for /favicon.ico by itself; the site has none, so that 404 is no problem of the page.
        page.Console += (_, message) => { if (message.Type is "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal)) problems.Add("console: " + message.Text + " " + message.Location); };
        page.PageError += (_, error) => problems.Add("page error: " + error);

        // The reload script first asks for the status, then waits on the server (long polling) for a newer
        // one; change the guide only once that waiting request is out.
        await page.RunAndWaitForRequestAsync(() => page.GotoAsync(server.Url + "/topics/s1-basics.html"),
            request => request.Url.Contains("/__guidegen/status?seen=", StringComparison.Ordinal));
        (await page.GetAttributeAsync("meta[http-equiv='Content-Security-Policy']", "content"))!.ShouldEndWith("; connect-src 'self'");

        site.Write("content/topics/s1-basics.yml", SampleGuide.Topic.Split('\n', 2)[1].Replace("title: Basics", "title: Renamed basics"));
        await page.WaitForFunctionAsync("() => document.querySelector('h1')?.textContent === 'Renamed basics'", null, new() { Timeout = 60000 });
        problems.AddRange(await page.EvaluateAsync<string[]>("() => window.__violations"));

        site.Write("content/topics/s1-basics.yml", "title: [broken");
        await page.WaitForSelectorAsync("[role=alert]", new() { Timeout = 60000 });
        (await page.TextContentAsync("[role=alert]"))!.ShouldContain("GG1001");
        problems.AddRange(await page.EvaluateAsync<string[]>("() => window.__violations"));

        problems.ShouldBeEmpty();
        await stop.CancelAsync();
        await running;
    }

    [Fact]
    public async Task A_served_print_book_reloads_once_the_whole_guide_is_rebuilt()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        using var server = new PreviewServer(new BuildOptions(site.Root), 0, TextWriter.Synchronized(new StringWriter()), TextWriter.Synchronized(new StringWriter()));
        using var stop = new CancellationTokenSource();
        var running = server.RunAsync(stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (server.Url == "" && !running.IsFaulted && DateTime.UtcNow < deadline) await Task.Delay(100);

        var page = await browser.NewPageAsync();
        await page.RunAndWaitForRequestAsync(() => page.GotoAsync(server.Url + "/print/guide.html"),
            request => request.Url.Contains("/__guidegen/status?seen=", StringComparison.Ordinal));
        (await page.ContentAsync()).ShouldNotContain("Renamed basics");

        // Pages are written (and announced) first, print books after: the book must end up with the change.
        site.Write("content/topics/s1-basics.yml", SampleGuide.Topic.Split('\n', 2)[1].Replace("title: Basics", "title: Renamed basics"));
        await page.WaitForFunctionAsync("() => document.body.textContent.includes('Renamed basics')", null, new() { Timeout = 60000 });

        await stop.CancelAsync();
        await running;
    }
}
