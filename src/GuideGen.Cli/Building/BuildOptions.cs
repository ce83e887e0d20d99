namespace GuideGen.Cli.Building;

/// <param name="Root">The guide's folder: site.yml, content/, templates/.</param>
/// <param name="Output">Where the site goes; null means &lt;root&gt;/_site.</param>
/// <param name="CheckOnly">Validate and render in memory, write nothing.</param>
/// <param name="WarningsAsErrors">Treat warnings as errors: the build fails and writes nothing.</param>
/// <param name="Jobs">Most threads the build may use; null for all cores. The output is the same either way.</param>
/// <param name="Reference">True for every fast path's plain twin, false for the fast paths, null for what GUIDEGEN_REFERENCE says or the caller's <see cref="GuideGen.Core.FastPaths"/> scope.</param>
/// <param name="SearchShards">Whether the search index is split into shards loaded on demand (auto: for large guides).</param>
public sealed record BuildOptions(string Root, string? Output = null, bool CheckOnly = false, bool WarningsAsErrors = false, int? Jobs = null,
    GuideGen.Search.SearchShardMode SearchShards = GuideGen.Search.SearchShardMode.Auto, bool? Reference = null)
{
    public const string DefaultOutputFolder = "_site";

    public string FullRoot => Path.GetFullPath(Root);
    public string FullOutput => Path.GetFullPath(Output ?? Path.Combine(Root, DefaultOutputFolder));
}
