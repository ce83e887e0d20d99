using System.Globalization;
using Microsoft.Playwright;

namespace GuideGen.Bench;

/// <summary>
/// Measures search in headless Chromium over file://, mostly with idle-time preloading switched off so
/// that the cold path is measured: the time from the first keystroke in the header's search box (a whole word
/// arriving at once) until its results are on screen, the time after the last keystroke of a word typed
/// at a person's pace, then the time of later queries (new words, then the same words again) through
/// window.GuideGenSearch.find, which includes loading any shard they need and the documents of the
/// first 8 results. Also: the first results as shipped (preloading on, typing 1 s after the page loads),
/// and how many bytes of search data the page loaded.
/// </summary>
public static class SearchBenchmark
{
    private static readonly string[] Queries =
    [
        "medication errors", "medicnes", "DoLS", "fluids", "whistleblowing", "safeguard", "infection control", "DBS",
        "supervision", "complaints", "\"end of life\"", "care plans", "restraint", "staff", "training", "family",
        "dementia", "falls", "recruitmnet", "governance audit", "c", "ca", "car", "care", "person centred", "rota",
    ];

    private const string WaitForHeaderResults = """
        () => new Promise(resolve => {
          const status = document.querySelector('#site-search-panel .search-status');
          const done = () => /results? for|^No results/.test(status.textContent);
          if (done()) { resolve(performance.now()); return; }
          new MutationObserver((_, observer) => { if (done()) { observer.disconnect(); resolve(performance.now()); } })
            .observe(status, { childList: true, characterData: true, subtree: true });
        })
        """;

    private const string TypeMedication = """
        () => {
          const input = document.getElementById('site-search-input');
          const t = performance.now();
          input.focus();
          input.value = 'medication';
          input.dispatchEvent(new Event('input', { bubbles: true }));
          return t;
        }
        """;

    public static async Task<int> RunAsync(string site, int rounds)
    {
        var assets = Path.Combine(site, "assets");
        var shardFolder = Path.Combine(assets, "search");
        var sharded = Directory.Exists(shardFolder);
        Console.WriteLine($"site: {site}");
        Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()} (2 cores shared with other work)");
        var manifest = new FileInfo(Path.Combine(assets, "search-index.js")).Length;
        if (sharded)
        {
            var files = Directory.GetFiles(shardFolder);
            Console.WriteLine($"search data: sharded, manifest {Kb(manifest)}, {files.Length} shards, {Mb(files.Sum(f => new FileInfo(f).Length))} in all");
        }
        else Console.WriteLine($"search data: one index file, {Mb(manifest)}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var topicPage = new Uri(Path.Combine(site, "topics")).AbsoluteUri + "/" + Path.GetFileName(Directory.GetFiles(Path.Combine(site, "topics"), "*.html").Order().First());

        var firstResults = new List<double>();
        var typedLag = new List<double>();
        var asShipped = new List<double>();
        var newWords = new List<double>();
        var repeatWords = new List<double>();
        var perQuery = new Dictionary<string, List<double>>();
        var bytesFirst = new List<long>();
        var bytesAll = new List<long>();
        for (var round = 0; round < rounds; round++)
        {
            // Cold: the first keystroke triggers all loading.
            var context = await browser.NewContextAsync();
            await context.AddInitScriptAsync("window.requestIdleCallback = function () { return 0; };");
            var page = await context.NewPageAsync();
            await page.GotoAsync(topicPage);
            await page.WaitForTimeoutAsync(300); // let the page settle, as a person would read before searching
            var started = await page.EvaluateAsync<double>(TypeMedication);
            var shown = await page.EvaluateAsync<double>(WaitForHeaderResults);
            firstResults.Add(shown - started);
            bytesFirst.Add(LoadedBytes(await LoadedAsync(page, sharded), assets, sharded));

            var times = await page.EvaluateAsync<double[]>("""
                async queries => {
                  const out = [];
                  for (let pass = 0; pass < 2; pass++)
                    for (const q of queries) { const t = performance.now(); await window.GuideGenSearch.find(q, {}, 8); out.push(performance.now() - t); }
                  return out;
                }
                """, Queries);
            for (var i = 0; i < times.Length; i++)
            {
                (i < Queries.Length ? newWords : repeatWords).Add(times[i]);
                var q = Queries[i % Queries.Length];
                (perQuery.TryGetValue(q, out var list) ? list : perQuery[q] = []).Add(times[i]);
            }
            bytesAll.Add(LoadedBytes(await LoadedAsync(page, sharded), assets, sharded));
            await context.CloseAsync();

            // As shipped: the search data preloads while the browser is idle, so a reader who starts typing a
            // moment after the page appears usually waits only for the query.
            var shipped = await browser.NewContextAsync();
            var shippedPage = await shipped.NewPageAsync();
            await shippedPage.GotoAsync(topicPage);
            await shippedPage.WaitForTimeoutAsync(1000);
            var typedAt = await shippedPage.EvaluateAsync<double>(TypeMedication);
            asShipped.Add(await shippedPage.EvaluateAsync<double>(WaitForHeaderResults) - typedAt);
            await shipped.CloseAsync();

            // Cold again, typed at a person's pace (120 ms a key): how long after the last key the results show.
            var typing = await browser.NewContextAsync();
            await typing.AddInitScriptAsync("window.requestIdleCallback = function () { return 0; };");
            var typed = await typing.NewPageAsync();
            await typed.GotoAsync(topicPage);
            await typed.WaitForTimeoutAsync(300);
            await typed.FocusAsync("#site-search-input");
            await typed.Keyboard.TypeAsync("whistleblowing polic", new KeyboardTypeOptions { Delay = 120 });
            var lastKey = await typed.EvaluateAsync<double>("() => performance.now()");
            await typed.WaitForFunctionAsync("() => document.querySelector('#site-search-panel .search-status').textContent.includes('whistleblowing polic')",
                null, new PageWaitForFunctionOptions { PollingInterval = 1, Timeout = 120_000 });
            typedLag.Add(Math.Max(0, await typed.EvaluateAsync<double>("() => performance.now()") - lastKey));
            await typing.CloseAsync();
        }

        Console.WriteLine($"first keystroke to first results, cold (idle preloading off): median {Percentile(firstResults, 50):F0} ms, max {firstResults.Max():F0} ms ({rounds} page loads)");
        Console.WriteLine($"first keystroke to first results, as shipped (typed 1 s after the page loads): median {Percentile(asShipped, 50):F0} ms, max {asShipped.Max():F0} ms");
        Console.WriteLine($"typed at 120 ms a key, results after the last key: median {Percentile(typedLag, 50):F0} ms, max {typedLag.Max():F0} ms");
        Console.WriteLine($"later queries, new words: p50 {Percentile(newWords, 50):F1} ms, p95 {Percentile(newWords, 95):F1} ms, max {newWords.Max():F1} ms ({newWords.Count})");
        Console.WriteLine($"later queries, repeated words: p50 {Percentile(repeatWords, 50):F1} ms, p95 {Percentile(repeatWords, 95):F1} ms, max {repeatWords.Max():F1} ms ({repeatWords.Count})");
        Console.WriteLine($"search data loaded: {Mb(bytesFirst.Max())} for the first query, {Mb(bytesAll.Max())} after all {Queries.Length} queries");
        Console.WriteLine("slowest queries (median of new and repeated): " + string.Join(", ", perQuery.OrderByDescending(p => Percentile(p.Value, 50)).Take(6).Select(p => $"{p.Key} {Percentile(p.Value, 50):F1} ms")));
        return 0;
    }

    private static async Task<string[]> LoadedAsync(IPage page, bool sharded) =>
        sharded ? await page.EvaluateAsync<string[]>("() => window.GuideGenSearch.index.loadedShards()") : [];

    /// <summary>Bytes of search scripts and data the page loaded: the scripts, the index or manifest, and any shards.</summary>
    private static long LoadedBytes(string[] shards, string assets, bool sharded)
    {
        string[] scripts = sharded ? ["search.js", "search-ui.js", "search-index.js", "search-shards.js", "vendor/minisearch.js"] : ["search.js", "search-ui.js", "search-index.js", "vendor/minisearch.js"];
        return scripts.Sum(s => new FileInfo(Path.Combine(assets, s)).Length) + shards.Sum(s => new FileInfo(Path.Combine(assets, "search", s + ".js")).Length);
    }

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("F0", CultureInfo.InvariantCulture) + " KB";
    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F2", CultureInfo.InvariantCulture) + " MB";

    private static double Percentile(List<double> values, double percentile)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
