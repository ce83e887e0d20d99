using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using GuideGen.Rendering.Views;

namespace GuideGen.Cli.Building;

/// <summary>
/// The preview server's builds: what one build leaves for the next in the same process, so that a
/// rebuild after a small change does only the work that change needs. Files whose text is unchanged
/// are not parsed again, pages whose inputs are unchanged are not rendered again, only files whose
/// bytes changed are written, and pages are written before the outputs made from the whole guide
/// (<see cref="PreviewSink"/>). It reaches the steps only through <see cref="IBuildCache"/>, one per
/// build; a plain <c>guidegen build</c> starts from nothing.
/// </summary>
public sealed class PreviewBuild
{
    public ParseCache Parsed { get; } = new();

    public ViewMemo Views { get; } = new();

    public RenderMemo Rendered { get; } = new();

    /// <summary>The files of the last successful build, by path, as they are on disk in <see cref="WrittenTo"/>.</summary>
    public IReadOnlyDictionary<string, OutputFile>? Written { get; private set; }

    public string? WrittenTo { get; private set; }

    /// <summary>The paths of the outputs that hold the whole guide (search data, print books), which the preview server may update last.</summary>
    public IReadOnlySet<string> SiteWidePaths { get; private set; } = new HashSet<string>();

    /// <summary>Builds the site, reusing what earlier builds left.</summary>
    /// <param name="onPagesWritten">Called once this build's pages are on disk, before the outputs made from the whole guide; null to write everything at the end.</param>
    public BuildResult Build(BuildOptions options, Action? onPagesWritten = null, Action<StepTiming>? onStep = null) =>
        new BuildPipeline(options, new Cache(this, onPagesWritten), onStep).Build();

    /// <summary>One build's view of the preview's state: the memos, and a sink that tells <c>onPagesWritten</c>.</summary>
    private sealed class Cache(PreviewBuild state, Action? onPagesWritten) : IBuildCache
    {
        public ParseCache? Parsed => state.Parsed;

        public ViewMemo? Views => state.Views;

        public T? GetOrRender<T>(string slot, RenderJob job, byte[] shared, Func<T?> make) where T : class =>
            state.Rendered.GetOrRender(slot, job, shared, make);

        public OutputSink OpenSink(BuildOptions options, DiagnosticBag diagnostics, StepClock clock) =>
            options.CheckOnly ? NoBuildCache.Instance.OpenSink(options, diagnostics, clock) : new PreviewSink(options, diagnostics, clock, state, onPagesWritten);
    }

    public void Remember(string output, IReadOnlyList<OutputFile> files, IEnumerable<string> siteWidePaths)
    {
        WrittenTo = output;
        SiteWidePaths = siteWidePaths.ToHashSet(StringComparer.Ordinal);
        Written = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
    }
}
