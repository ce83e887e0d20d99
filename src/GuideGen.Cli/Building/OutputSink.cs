using System.Collections.Concurrent;
using GuideGen.Core.Diagnostics;

namespace GuideGen.Cli.Building;

/// <summary>
/// Where a build puts its files as it makes them. Safe to add to from several threads. Nothing reaches
/// the output folder until <see cref="Commit"/>, which a build calls only when it has succeeded.
/// </summary>
public abstract class OutputSink : IDisposable
{
    private readonly ConcurrentDictionary<string, bool> paths = new(StringComparer.Ordinal);
    private readonly BuildOptions options;
    private readonly DiagnosticBag diagnostics;

    protected OutputSink(BuildOptions options, DiagnosticBag diagnostics)
    {
        this.options = options;
        this.diagnostics = diagnostics;
    }

    /// <summary>The paths of the files added so far, in ordinal order.</summary>
    public IReadOnlyList<string> Paths => paths.Keys.Order(StringComparer.Ordinal).ToList();

    public void Add(OutputFile file)
    {
        if (Accept(file.Path)) Keep(file);
    }

    /// <summary>
    /// A file made by writing to a stream (a print book of a large guide), so that it need never be whole in
    /// memory. <paramref name="write"/> may be run more than once and must write the same bytes each time.
    /// </summary>
    public void AddStreamed(string path, Action<Stream> write)
    {
        if (Accept(path)) KeepStreamed(path, write);
    }

    /// <summary>Records a safe path; an unsafe one is reported (GG9002) and its file never kept.</summary>
    private bool Accept(string path)
    {
        if (!OutputPaths.Check(path, options, diagnostics)) return false;
        paths[path] = true;
        return true;
    }

    public void AddRange(IEnumerable<OutputFile> files)
    {
        foreach (var file in files) Add(file);
    }

    private readonly ConcurrentDictionary<string, bool> siteWide = new(StringComparer.Ordinal);

    /// <summary>The paths of the outputs made from the whole guide (search data, print books, pack data).</summary>
    public IReadOnlyCollection<string> SiteWidePaths => siteWide.Keys.ToList();

    /// <summary>An output made from the whole guide, which the preview server may update after the pages.</summary>
    public void AddSiteWide(OutputFile file)
    {
        siteWide[file.Path] = true;
        Add(file);
    }

    /// <inheritdoc cref="AddSiteWide"/>
    public void AddStreamedSiteWide(string path, Action<Stream> write)
    {
        siteWide[path] = true;
        AddStreamed(path, write);
    }

    /// <summary>
    /// Told once every page is made and nothing has failed, before the outputs made from the whole
    /// guide: the preview server writes the pages here so that open pages reload sooner.
    /// </summary>
    public virtual void PagesMade() { }

    /// <summary>Told when the build failed after its pages were made: whatever was written early is put back.</summary>
    public virtual void Abandon() { }

    protected abstract void Keep(OutputFile file);

    protected abstract void KeepStreamed(string path, Action<Stream> write);

    /// <summary>Puts what was added in place of the output folder.</summary>
    public abstract void Commit();

    public virtual void Dispose() => GC.SuppressFinalize(this);
}

/// <summary>
/// A plain build: each file is written into a staging folder beside the output as soon as it is made,
/// so that writing overlaps rendering and no build holds the whole site in memory; see <see cref="StagedOutput"/>.
/// </summary>
public sealed class StagingSink(BuildOptions options, DiagnosticBag diagnostics) : OutputSink(options, diagnostics)
{
    private readonly StagedOutput staged = new(options.FullOutput);

    protected override void Keep(OutputFile file) => staged.Write(file);

    protected override void KeepStreamed(string path, Action<Stream> write) => staged.WriteStreamed(path, write);

    public override void Commit() => staged.Commit();

    public override void Dispose()
    {
        staged.Dispose();
        base.Dispose();
    }
}

/// <summary>
/// Files kept in memory: for a check (nothing is written; only the paths are kept) and for the preview
/// server (<see cref="PreviewSink"/>), which compares them with what it wrote last time and writes them itself.
/// </summary>
public class MemorySink(BuildOptions options, DiagnosticBag diagnostics, bool keepContent) : OutputSink(options, diagnostics)
{
    private readonly ConcurrentDictionary<string, OutputFile> files = new(StringComparer.Ordinal);

    /// <summary>The files added so far, in ordinal order of path.</summary>
    public IReadOnlyList<OutputFile> Files => files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

    protected override void Keep(OutputFile file)
    {
        if (keepContent) files[file.Path] = file;
    }

    protected override void KeepStreamed(string path, Action<Stream> write)
    {
        if (!keepContent) return;
        using var memory = new MemoryStream();
        write(memory);
        files[path] = new OutputFile(path, memory.ToArray());
    }

    /// <summary>Nothing to put in place: a check writes nothing, and the preview server writes <see cref="Files"/>.</summary>
    public override void Commit() { }
}
