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
        await using var served = await Served.StartAsync(site);
        var server = served.Server;

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
    }

    [Fact]
    public async Task A_served_print_book_reloads_once_the_whole_guide_is_rebuilt()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        await using var served = await Served.StartAsync(site);
        var server = served.Server;

        var page = await browser.NewPageAsync();
        await page.RunAndWaitForRequestAsync(() => page.GotoAsync(server.Url + "/print/guide.html"),
            request => request.Url.Contains("/__guidegen/status?seen=", StringComparison.Ordinal));
        (await page.ContentAsync()).ShouldNotContain("Renamed basics");

        // Pages are written (and announced) first, print books after: the book must end up with the change.
        site.Write("content/topics/s1-basics.yml", SampleGuide.Topic.Split('\n', 2)[1].Replace("title: Basics", "title: Renamed basics"));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await page.WaitForFunctionAsync("() => !!document.body && document.body.textContent.includes('Renamed basics')", null, new() { Timeout = 60000 });
                break;
            }
            // The book reloads twice (pages, then the whole guide); a reload may come in the middle of a check.
            catch (Microsoft.Playwright.PlaywrightException e) when (e.Message.Contains("context was destroyed", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
            {
            }
        }

    }

    /// <summary>A preview server on loopback for one test, stopped (and awaited) when disposed.</summary>
    private sealed class Served : IAsyncDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private Task running = Task.CompletedTask;

        public required PreviewServer Server { get; init; }

        public static async Task<Served> StartAsync(MiniSite site)
        {
            var served = new Served { Server = new PreviewServer(new BuildOptions(site.Root), 0, TextWriter.Synchronized(new StringWriter()), TextWriter.Synchronized(new StringWriter())) };
            served.running = served.Server.RunAsync(served.stop.Token);
            // A bounded wait for the first build and the server to start; not a timing assertion.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (served.Server.Url == "" && !served.running.IsFaulted && DateTime.UtcNow < deadline) await Task.Delay(100);
            served.Server.Url.ShouldStartWith("http://127.0.0.1:");
            return served;
        }

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await running;
            Server.Dispose();
            stop.Dispose();
        }
    }
}
