namespace GuideGen.Core.Output;

/// <summary>
/// The browser scripts of templates/assets/ that a page loads in order, by job (docs/developing.md lists
/// them all). They are classic scripts sharing one global namespace object per feature, so each list is
/// also their load order: a script may use what the ones before it defined. Search is loaded by the
/// scripts themselves (search.js, then search-loader.js); its lists here are for running it outside a
/// browser (`guidegen check --search-report`, the tests) in the same order.
/// </summary>
public static class BrowserScripts
{
    /// <summary>The self-assessment page, after its data: the DOM-free rules and storage first, the page last.</summary>
    public static readonly IReadOnlyList<string> Assessment =
    [
        "assets/dom.js",
        "assets/assessment-rules.js", "assets/assessment-scoring.js",
        "assets/assessment-file.js", "assets/assessment-store.js",
        "assets/assessment-charts.js", "assets/assessment-team.js",
        "assets/assessment-widgets.js", "assets/assessment-saving.js", "assets/assessment-header.js", "assets/assessment-checklists.js",
        "assets/assessment-results.js", "assets/assessment-plan.js", "assets/assessment-compare.js", "assets/assessment-team-view.js",
        "assets/assessment.js",
    ];

    /// <summary>The training pack builder, after its data.</summary>
    public static readonly IReadOnlyList<string> Packs = ["assets/dom.js", "assets/packs-files.js", "assets/packs-topics.js", "assets/packs.js"];

    /// <summary>The search engine over one index file or a sharded one (search-loader.js loads the same, in this order).</summary>
    public static readonly IReadOnlyList<string> SearchEngine = ["assets/stemmer.js", "assets/search-query.js", "assets/search-rank.js", "assets/search-engine.js"];

    /// <summary>The reader of a sharded index, loaded after the engine when the manifest says the index is sharded.</summary>
    public static readonly IReadOnlyList<string> SearchShards =
        ["assets/search-shards-load.js", "assets/search-shards-spelling.js", "assets/search-shards-score.js", "assets/search-shards-results.js", "assets/search-shards.js"];
}
