using GuideGen.Core.Loading;
using GuideGen.Rendering.Views;

namespace GuideGen.Cli.Building;

/// <summary>
/// What one build leaves for the next in the same process, so that a rebuild after a small change
/// does only the work that change needs: files whose text is unchanged are not parsed again, pages
/// whose inputs are unchanged are not rendered again, and only files whose bytes changed are written.
/// Used by <c>guidegen serve</c>; a plain <c>guidegen build</c> starts from nothing.
/// </summary>
public sealed class IncrementalState
{
    public ParseCache Parsed { get; } = new();

    public ViewMemo Views { get; } = new();

    public RenderMemo Rendered { get; } = new();

    /// <summary>The files of the last successful build, by path, as they are on disk in <see cref="WrittenTo"/>.</summary>
    public IReadOnlyDictionary<string, OutputFile>? Written { get; private set; }

    public string? WrittenTo { get; private set; }

    /// <summary>The paths of the outputs that hold the whole guide (search data, print books), which the preview server may update last.</summary>
    public IReadOnlySet<string> SiteWidePaths { get; private set; } = new HashSet<string>();

    public void Remember(string output, IReadOnlyList<OutputFile> files, IEnumerable<string> siteWidePaths)
    {
        WrittenTo = output;
        SiteWidePaths = siteWidePaths.ToHashSet(StringComparer.Ordinal);
        Written = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
    }
}
