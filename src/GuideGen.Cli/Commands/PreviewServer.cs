using System.Text;
using GuideGen.Cli.Building;
using GuideGen.Core.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GuideGen.Cli.Commands;

/// <summary>
/// `guidegen serve`: builds the guide, serves it on 127.0.0.1 only, rebuilds when content/, templates/
/// or site.yml change, and reloads open pages. When a build fails the last good site stays served and
/// every page shows the errors (file, line, column, message) until they are fixed.
/// </summary>
public sealed class PreviewServer(BuildOptions options, int port, TextWriter stdout, TextWriter stderr) : IDisposable
{
    private const string Prefix = "/__guidegen/";
    private readonly SemaphoreSlim building = new(1, 1);
    // Kept across rebuilds so that a change rebuilds only what it affects (see PreviewBuild).
    private readonly PreviewBuild preview = new();
    private FileSystemWatcher? watcher;
    private CancellationTokenSource? pending;
    private volatile int version;
    private volatile int siteWideVersion;
    private volatile string problems = "";
    // Completed (and replaced) whenever the status changes, to answer the reload script's waiting request.
    private TaskCompletionSource statusChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The number of builds so far; a page reloads when it changes.</summary>
    public int Version => version;

    /// <summary>The diagnostics of the last failed build, or empty after a good one.</summary>
    public string Problems => problems;

    public string Url { get; private set; } = "";

    // Stopping answers every waiting status request at once, so that the server does not wait for them.
    private CancellationToken stopping;

    public async Task RunAsync(CancellationToken stop)
    {
        stopping = stop;
        await RebuildAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.Run(Serve);
        await app.StartAsync(stop);
        Url = app.Urls.First();
        stdout.WriteLine($"Serving {options.FullOutput} at {Url}/ (Ctrl+C to stop). Watching for changes…");
        Watch();
        try { await Task.Delay(Timeout.Infinite, stop); }
        catch (OperationCanceledException) { }
        await app.StopAsync(CancellationToken.None);
        stdout.WriteLine("Stopped.");
    }

    private async Task Serve(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == Prefix + "status")
        {
            // Long polling: a request that says which status it has seen is answered as soon as there is a
            // newer one (or after 25 s), so a page reloads the moment its pages are written, not at the next poll.
            var changed = statusChanged.Task;
            if (context.Request.Query["seen"] is [{ } seen] && seen == StatusKey && !stopping.IsCancellationRequested)
            {
                using var gone = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
                await Task.WhenAny(changed, Task.Delay(TimeSpan.FromSeconds(25), gone.Token)).ConfigureAwait(false);
            }
            context.Response.ContentType = "application/json";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync(System.Text.Json.JsonSerializer.Serialize(new { version, siteWideVersion, key = StatusKey, problems }));
            return;
        }
        if (path == Prefix + "reload.js")
        {
            context.Response.ContentType = "text/javascript";
            await context.Response.WriteAsync(ReloadScript);
            return;
        }

        if (path.EndsWith('/')) path += "index.html";
        var root = Path.GetFullPath(options.FullOutput);
        var file = Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(path.TrimStart('/'))));
        if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("Not found");
            return;
        }
        context.Response.ContentType = ContentType(file);
        context.Response.Headers.CacheControl = "no-store";
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            // The preview adds its reload script to each page; the built site itself never has it.
            // The status as it was before the page was read: a change after that is news to the page.
            var key = StatusKey;
            var html = PreviewPage.Prepare(await File.ReadAllTextAsync(file), Prefix + "reload.js?seen=" + Uri.EscapeDataString(key));
            await context.Response.WriteAsync(html);
            return;
        }
        await context.Response.SendFileAsync(file);
    }

    private void Watch()
    {
        watcher = new FileSystemWatcher(options.FullRoot) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.DirectoryName };
        FileSystemEventHandler changed = (_, e) => OnChange(e.FullPath);
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, e) => OnChange(e.FullPath);
        watcher.EnableRaisingEvents = true;
    }

    // Long enough to see an editor's save (often a write, then a rename) as one change; short enough not to be felt.
    private const int DebounceMilliseconds = 50;

    private void OnChange(string fullPath)
    {
        var relative = Path.GetRelativePath(options.FullRoot, fullPath).Replace('\\', '/');
        if (!(relative == "site.yml" || relative.StartsWith("content/", StringComparison.Ordinal) || relative.StartsWith("templates/", StringComparison.Ordinal))) return;
        // Editors write a file in several steps: wait for a quiet moment, then build once.
        var next = new CancellationTokenSource();
        Interlocked.Exchange(ref pending, next)?.Cancel();
        _ = Task.Delay(DebounceMilliseconds, next.Token).ContinueWith(t => { if (!t.IsCanceled) _ = RebuildAsync(); }, TaskScheduler.Default);
    }

    private string StatusKey => $"{version}.{siteWideVersion}";

    private void StatusChanged(Action change)
    {
        change();
        Interlocked.Exchange(ref statusChanged, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    public async Task RebuildAsync()
    {
        await building.WaitAsync();
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var pagesFirst = false;
            // Pages are written first and open pages reload at once; search data and print books follow.
            void PagesWritten()
            {
                pagesFirst = true;
                StatusChanged(() => { problems = ""; Interlocked.Increment(ref version); });
                stdout.WriteLine($"Reloaded pages ({watch.ElapsedMilliseconds} ms); updating search and print books…");
            }
            var result = preview.Build(options with { CheckOnly = false }, PagesWritten);
            if (result.Succeeded)
            {
                StatusChanged(() => { problems = ""; if (pagesFirst) Interlocked.Increment(ref siteWideVersion); else Interlocked.Increment(ref version); });
                stdout.WriteLine($"Rebuilt {result.TopicCount} topics ({watch.ElapsedMilliseconds} ms).");
                return;
            }
            var text = new StringBuilder();
            foreach (var d in result.Diagnostics.Where(d => d.Severity == Severity.Error)) text.AppendLine(d.ToString());
            StatusChanged(() => { problems = text.ToString(); Interlocked.Increment(ref version); });
            stderr.Write(problems);
            stderr.WriteLine("The last good site is still being served.");
        }
        catch (Exception e)
        {
            StatusChanged(() => { problems = "guidegen: unexpected failure: " + e.Message; Interlocked.Increment(ref version); });
            stderr.WriteLine(problems);
        }
        finally
        {
            building.Release();
        }
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".png" => "image/png",
        ".svg" => "image/svg+xml",
        ".json" => "application/json",
        _ => "application/octet-stream",
    };

    /// <summary>Polls the preview server; reloads on a new good build, shows the errors of a failed one.</summary>
    private const string ReloadScript = """
        (function () {
          "use strict";
          var box = null;
          // The server tells each page which status it was served at ("version.siteWideVersion").
          var script = document.currentScript, match = script && /[?&]seen=([^&#]*)/.exec(script.src);
          var seen = match ? decodeURIComponent(match[1]) : null;
          function show(problems) {
            if (!problems) { if (box) { box.remove(); box = null; } return; }
            if (!box) {
              box = document.createElement("div");
              box.setAttribute("role", "alert");
              box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;z-index:99;background:#3b1e1c;color:#fff;font:14px/1.5 monospace;padding:12px 16px;white-space:pre-wrap";
              document.body.appendChild(box);
            }
            box.textContent = "The guide has errors; you are seeing the last good build.\n\n" + problems;
          }
          // A print book holds the whole guide, which the server updates after the pages: it reloads then too.
          var wholeGuide = /\/print\//.test(location.pathname);
          function poll() {
            fetch("/__guidegen/status" + (seen ? "?seen=" + encodeURIComponent(seen) : ""), { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (s) {
              var was = (seen || s.key).split(".");
              var stale = String(s.version) !== was[0] || (wholeGuide && String(s.siteWideVersion) !== was[1]);
              if (stale && !s.problems) { location.reload(); return; }
              seen = s.key;
              show(s.problems);
              setTimeout(poll, 0);
            }).catch(function () { setTimeout(poll, 1000); });
          }
          poll();
        })();
        """;

    public void Dispose()
    {
        watcher?.Dispose();
        pending?.Cancel();
        building.Dispose();
    }
}
