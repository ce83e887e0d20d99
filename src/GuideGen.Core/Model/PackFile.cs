using GuideGen.Core.Yaml;

namespace GuideGen.Core.Model;

/// <summary>content/packs/&lt;id&gt;.yml: a named training pack, built into its own printable page.</summary>
public sealed class PackFile : Located
{
    /// <summary>The blocks a pack can include: the sections of a topic page.</summary>
    public static readonly IReadOnlyList<string> BlockIds = TopicSections.All.Select(s => s.Id).ToList();

    public required string Title { get; init; }
    public required string Summary { get; init; }
    /// <summary>Markdown: notes for the session (aims, timings, activities).</summary>
    public string? Notes { get; init; }
    /// <summary>Show only items for this service type (and those for all services).</summary>
    public string? Service { get; init; }
    /// <summary>Which blocks of each topic to include, in this order.</summary>
    public required IReadOnlyList<string> Blocks { get; init; }
    /// <summary>Topic ids, in the order the pack presents them.</summary>
    public required IReadOnlyList<string> Topics { get; init; }
}
