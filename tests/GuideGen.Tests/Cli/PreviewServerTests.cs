using GuideGen.Cli.Building;
using GuideGen.Cli.Commands;
using GuideGen.Testing;

namespace GuideGen.Tests.Cli;

/// <summary>`guidegen serve` on loopback: serves the site, picks up a change, shows a broken file's error and keeps the last good site.</summary>
public class PreviewServerTests
{
    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        // Bounded wait for something the file watcher and a rebuild bring about; not a timing assertion.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("waited 60 s for " + what);
    }

    [Fact]
    public async Task Serves_on_loopback_rebuilds_on_change_and_keeps_the_last_good_site_on_error()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        var output = new StringWriter();
        using var server = new PreviewServer(new BuildOptions(site.Root), 0, TextWriter.Synchronized(output), TextWriter.Synchronized(new StringWriter()));
        using var stop = new CancellationTokenSource();
        var running = server.RunAsync(stop.Token);
        await Eventually(() => Task.FromResult(server.Url != "" || running.IsFaulted), "the server to start");
        running.IsFaulted.ShouldBeFalse();
        server.Url.ShouldStartWith("http://127.0.0.1:");

        using var http = new HttpClient();
        var page = await http.GetStringAsync(server.Url + "/topics/s1-basics.html");
        page.ShouldContain("<h1>Basics</h1>");
        page.ShouldContain("/__guidegen/reload.js");
        page.ShouldContain("base-uri 'none'; connect-src 'self'\">"); // the reload script may ask the server, and only the server
        File.ReadAllText(Path.Combine(site.Output, "topics", "s1-basics.html")).ShouldNotContain("reload.js");
        File.ReadAllText(Path.Combine(site.Output, "topics", "s1-basics.html")).ShouldNotContain("connect-src");

        site.Write("content/topics/s1-basics.yml", SampleGuide.Topic.Split('\n', 2)[1].Replace("title: Basics", "title: Renamed basics"));
        await Eventually(async () => (await http.GetStringAsync(server.Url + "/topics/s1-basics.html")).Contains("Renamed basics"), "the change to be rebuilt");

        site.Write("content/topics/s1-basics.yml", "title: [broken");
        await Eventually(async () => (await http.GetStringAsync(server.Url + "/__guidegen/status")).Contains("GG1001"), "the error to be reported");
        (await http.GetStringAsync(server.Url + "/topics/s1-basics.html")).ShouldContain("Renamed basics");
        (await http.GetAsync(server.Url + "/../site.yml")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);

        await stop.CancelAsync();
        await running;
    }

    [Fact]
    public async Task A_status_request_that_has_seen_the_current_build_is_answered_when_the_next_one_is_written()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        using var server = new PreviewServer(new BuildOptions(site.Root), 0, TextWriter.Synchronized(new StringWriter()), TextWriter.Synchronized(new StringWriter()));
        using var stop = new CancellationTokenSource();
        var running = server.RunAsync(stop.Token);
        await Eventually(() => Task.FromResult(server.Url != "" || running.IsFaulted), "the server to start");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        string KeyOf(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("key").GetString()!;
        var seen = KeyOf(await http.GetStringAsync(server.Url + "/__guidegen/status"));

        // Long polling: the request waits on the server instead of the page asking again and again.
        var waiting = http.GetStringAsync(server.Url + "/__guidegen/status?seen=" + Uri.EscapeDataString(seen));
        site.Write("content/topics/s1-basics.yml", SampleGuide.Topic.Split('\n', 2)[1].Replace("title: Basics", "title: Renamed basics"));
        var answer = await waiting;

        KeyOf(answer).ShouldNotBe(seen);
        (await http.GetStringAsync(server.Url + "/topics/s1-basics.html")).ShouldContain("Renamed basics");
        await stop.CancelAsync();
        await running;
    }
}
