using System.Diagnostics;
using System.Text.Json;
using GuideGen.Cli.Building;
using GuideGen.Cli.Commands;

namespace GuideGen.Bench;

/// <summary>
/// What an author sees with <c>guidegen serve</c>: the real preview server on loopback, a synthetic guide,
/// and for each round one topic's text changed on disk. Measures, as a browser's reload script would see
/// it, the time from saving the file to the server telling open pages to reload (its pages rebuilt and
/// written), and to the search data and print books being up to date. Includes the file watcher's
/// notice and the server's debounce.
/// </summary>
public static class IncrementalBenchmark
{
    /// <param name="editTitle">Rename the topic instead of adding a sentence to a recommendation.</param>
    public static async Task<int> RunAsync(string repository, int topics, int rounds, bool editTitle = false)
    {
        var root = Path.Combine(Path.GetTempPath(), "guidegen-bench", $"incremental-{topics}");
        GuideGenWriter.Write(new SyntheticGuide(repository, topics), root);
        var log = new StringWriter();
        using var server = new PreviewServer(new BuildOptions(root, Path.Combine(root, "_site")), 0, TextWriter.Synchronized(log), Console.Error);
        using var stop = new CancellationTokenSource();
        var watch = Stopwatch.StartNew();
        var running = server.RunAsync(stop.Token);
        while (server.Url == "" && !running.IsCompleted) await Task.Delay(20);
        if (running.IsCompleted) { await running; return 1; }
        Console.WriteLine($"{topics} topics: first build and server start {watch.Elapsed.TotalSeconds:F1} s");

        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var reloads = new List<double>();
        var complete = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var before = await Status(http, server.Url, null);
            // An author's edit: one more sentence in the first recommendation of a topic in the middle (or words added to its title).
            var id = $"t{topics / 2 + round:D5}";
            var file = Path.Combine(root, "content", "topics", id + ".yml");
            var text = File.ReadAllText(file);
            var marker = editTitle ? "title: " : "\n    text: ";
            var at = text.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
            var waiting = Status(http, server.Url, before);
            await Task.Delay(50); // the long poll is waiting before the file changes
            watch.Restart();
            File.WriteAllText(file, text[..at] + $"Edited in round {round}. " + text[at..]);

            var reload = await waiting;
            var reloadMs = watch.Elapsed.TotalMilliseconds;
            var after = reload;
            while (after.GetProperty("siteWideVersion").GetInt32() == before.GetProperty("siteWideVersion").GetInt32() && after.GetProperty("problems").GetString() == "")
                after = await Status(http, server.Url, after);
            var completeMs = watch.Elapsed.TotalMilliseconds;
            if (after.GetProperty("problems").GetString() is { Length: > 0 } problems) { Console.Error.WriteLine(problems); return 1; }
            var page = await http.GetStringAsync($"{server.Url}/topics/{id}.html");
            if (!page.Contains($"Edited in round {round}.", StringComparison.Ordinal)) { Console.Error.WriteLine("the edit is not on the page"); return 1; }
            reloads.Add(reloadMs);
            complete.Add(completeMs);
            Console.WriteLine($"  round {round + 1}: reload after {reloadMs:F0} ms, search and print books after {completeMs:F0} ms");
        }
        await stop.CancelAsync();
        await running;

        static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        Console.WriteLine($"save → reload: median {Median(reloads):F0} ms, slowest {reloads.Max():F0} ms");
        Console.WriteLine($"save → search and print books updated: median {Median(complete):F0} ms ({Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        Console.WriteLine("the server's log of the last round:");
        foreach (var line in log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(2)) Console.WriteLine("  " + line);
        return 0;
    }

    /// <summary>The server's status; with <paramref name="seen"/>, waits (long polling) until it differs.</summary>
    private static async Task<JsonElement> Status(HttpClient http, string url, JsonElement? seen)
    {
        var query = seen is { } s ? "?seen=" + Uri.EscapeDataString(s.GetProperty("key").GetString()!) : "";
        return JsonDocument.Parse(await http.GetStringAsync(url + "/__guidegen/status" + query)).RootElement.Clone();
    }
}
