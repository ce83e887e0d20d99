namespace GuideGen.Rendering.Views;

// View models: what templates see. Plain strings and lists, already in display order; fields ending
// in Html are trusted, already-rendered HTML, every other string must be escaped by the template.

/// <summary>What every page's templates see as <c>site</c>: the guide's title and edition, its service choices and its words.</summary>
public sealed record SiteView
{
    public required string Title { get; init; }
    public required string ShortTitle { get; init; }
    public required string Edition { get; init; }
    public required string Language { get; init; }
    public required string Description { get; init; }
    public required string StorageNamespace { get; init; }
    public required IReadOnlyList<ServiceChoice> ServiceChoices { get; init; }
    public required string AllServices { get; init; }
    public required string AllServicesLabel { get; init; }
    public required WordsView Words { get; init; }
    public required IReadOnlyList<string> SearchExamples { get; init; }
    public required bool HasStatements { get; init; }
}

/// <summary>A service type a reader can choose to see only what applies to their service (the "all" type is not a choice).</summary>
public sealed record ServiceChoice(string Code, string Label);

public sealed record LinkView(string Title, string Href);

public sealed record ServiceBadge(string Code, string Label, string ShortLabel);

/// <summary>What every page shares: its title, where the root is, breadcrumbs, navigation and footer links.</summary>
public sealed record PageFrame
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Kind { get; init; }
    public required string Path { get; init; }
    public required string Root { get; init; }
    public required IReadOnlyList<LinkView> Breadcrumbs { get; init; }
    public required IReadOnlyList<NavKeyQuestion> Nav { get; init; }
    public required IReadOnlyList<LinkView> FooterLinks { get; init; }
    /// <summary>The page's own scripts, after the ones every page loads.</summary>
    public IReadOnlyList<string> Scripts { get; init; } = [];
    public IReadOnlyList<GlossaryTip> GlossaryTips { get; init; } = [];
}

/// <summary>The meaning of a glossary term linked on the page, the link's accessible description.</summary>
public sealed record GlossaryTip(string Id, string Meaning);

public sealed record NavKeyQuestion(string Letter, string Title, string Href, bool Current, IReadOnlyList<NavTopic> Topics);

public sealed record NavTopic(string Code, string Title, string Href, bool Current);

/// <summary>
/// The framework's words by their site.yml key (`site.words.key_question`). Filled once per build and
/// never changed after, so partials that read it can be kept (see Templates.PartialOutputs).
/// </summary>
public sealed class WordsView : Dictionary<string, string>
{
    public WordsView(IReadOnlyDictionary<string, string> words) : base(words, StringComparer.Ordinal) { }
}
