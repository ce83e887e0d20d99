using GuideGen.Core.Diagnostics;

namespace GuideGen.Cli.Building;

/// <summary>
/// The preview server's output: files are kept in memory and only those whose bytes changed since
/// its last build are written. As Hugo's fast render, once the pages are made they are written (with
/// the previous build's search data and print books) and the open pages told to reload, before the
/// outputs that hold the whole guide are rebuilt, which in a large guide take most of the time. If the
/// build then fails, the last good site is put back, so the preview keeps serving a whole, good site.
/// </summary>
public sealed class PreviewSink(BuildOptions options, DiagnosticBag diagnostics, StepClock clock, PreviewBuild state, Action? pagesWritten)
    : MemorySink(options, diagnostics, keepContent: true)
{
    private readonly string output = options.FullOutput;

    /// <summary>The site as it was before <see cref="PagesMade"/> wrote this build's pages.</summary>
    private (IReadOnlyDictionary<string, OutputFile> Files, IReadOnlySet<string> SiteWidePaths)? lastGood;

    /// <summary>Only when this process has written the output before, and only when nothing has failed so far.</summary>
    public override void PagesMade()
    {
        if (pagesWritten is null || state.Written is not { } previous || state.WrittenTo != output) return;
        lastGood = (previous, state.SiteWidePaths);
        var stale = state.SiteWidePaths.Where(previous.ContainsKey).Select(p => previous[p]);
        var files = Files.Concat(stale).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        clock.Run("write pages", () => Write(files, state.SiteWidePaths));
        pagesWritten();
    }

    public override void Abandon()
    {
        if (lastGood is not { } good) return;
        var files = good.Files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        clock.Run("restore last good site", () => Write(files, good.SiteWidePaths));
    }

    public override void Commit() => Write(Files, SiteWidePaths);

    /// <summary>Only what changed since the files written last (all of them the first time), then remembered.</summary>
    private void Write(IReadOnlyList<OutputFile> files, IEnumerable<string> siteWidePaths)
    {
        if (state.Written is { } previous && state.WrittenTo == output && Directory.Exists(output))
            IncrementalWriter.Update(output, previous, files);
        else
            OutputWriter.Write(output, files);
        state.Remember(output, files, siteWidePaths);
    }
}
