using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using GuideGen.Rendering.Views;

namespace GuideGen.Cli.Building;

/// <summary>
/// The one seam between the build's steps and whatever runs them more than once. The pipeline asks it
/// for work remembered from earlier builds (parsed files, views, rendered pages) and for the sink its
/// files go to. A one-shot build passes <see cref="NoBuildCache"/>, which remembers nothing and
/// stages the site on disk; the preview server passes one made by <see cref="PreviewBuild"/> for each build.
/// </summary>
public interface IBuildCache
{
    /// <summary>Files parsed by earlier builds, by text; null to parse every file.</summary>
    ParseCache? Parsed { get; }

    /// <summary>Topic views kept from earlier builds; null to build every view.</summary>
    ViewMemo? Views { get; }

    /// <summary>What <paramref name="make"/> gives for this slot, or what it gave for the same inputs before.</summary>
    T? GetOrRender<T>(string slot, RenderJob job, byte[] shared, Func<T?> make) where T : class;

    /// <summary>Where this build's files go; nothing reaches the output folder before the sink's commit.</summary>
    OutputSink OpenSink(BuildOptions options, DiagnosticBag diagnostics, StepClock clock);
}

/// <summary>A build from nothing: nothing remembered, files staged beside the output (or, for a check, only their paths kept).</summary>
public sealed class NoBuildCache : IBuildCache
{
    public static readonly NoBuildCache Instance = new();

    public ParseCache? Parsed => null;

    public ViewMemo? Views => null;

    public T? GetOrRender<T>(string slot, RenderJob job, byte[] shared, Func<T?> make) where T : class => make();

    public OutputSink OpenSink(BuildOptions options, DiagnosticBag diagnostics, StepClock clock) =>
        options.CheckOnly ? new MemorySink(options, diagnostics, keepContent: false) : new StagingSink(options, diagnostics);
}
