namespace GuideGen.Core.Model;

/// <summary>The blocks of a topic page, in display order, with the anchors and headings they get.</summary>
public static class TopicSections
{
    /// <param name="ShortTitle">The name in lists of blocks (training packs).</param>
    public sealed record Section(string Id, string Title, string? ShortTitle = null)
    {
        public string Label => ShortTitle ?? Title;
    }

    public static readonly Section Intro = new("intro", "Introduction");
    public static readonly Section Recommendations = new("recommendations", "Recommendations");
    public static readonly Section Examples = new("examples", "Practical examples");
    public static readonly Section Insights = new("insights", "Practice insights");
    public static readonly Section CaseStudies = new("case-studies", "What works for us");
    public static readonly Section TellingSigns = new("telling-signs", "Telling signs");
    public static readonly Section Avoid = new("avoid", "What to avoid");
    public static readonly Section Resources = new("resources", "Available to help");

    public static readonly IReadOnlyList<Section> All = [Intro, Recommendations, Examples, Insights, CaseStudies, TellingSigns, Avoid, Resources];

    /// <summary>Anchors taken by the page itself, which item ids may not use.</summary>
    public static readonly IReadOnlySet<string> ReservedAnchors =
        All.Select(s => s.Id).Concat(["main", "good-signs", "poor-signs", "top"]).ToHashSet(StringComparer.Ordinal);
}
