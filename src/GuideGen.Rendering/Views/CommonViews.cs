namespace GuideGen.Rendering.Views;

// View models: what templates see. Plain strings and lists, already in display order; fields ending
// in Html are trusted, already-rendered HTML, every other string must be escaped by the template.

public sealed record SiteView(string Title, string ShortTitle, string Edition, string Language, string Description, string StorageNamespace,
    IReadOnlyList<ServiceChoice> ServiceChoices, string AllServices, string AllServicesLabel,
    WordsView Words, IReadOnlyList<string> SearchExamples, bool HasStatements);

/// <summary>A service type a reader can choose to see only what applies to their service (the "all" type is not a choice).</summary>
public sealed record ServiceChoice(string Code, string Label);

public sealed record LinkView(string Title, string Href);

public sealed record ServiceBadge(string Code, string Label, string ShortLabel);

/// <summary>What every page shares: its title, where the root is, breadcrumbs, navigation and footer links.</summary>
public sealed record PageFrame(
    string Title,
    string Description,
    string Kind,
    string Path,
    string Root,
    IReadOnlyList<LinkView> Breadcrumbs,
    IReadOnlyList<NavKeyQuestion> Nav,
    IReadOnlyList<LinkView> FooterLinks,
    IReadOnlyList<string> Scripts,
    IReadOnlyList<GlossaryTip> GlossaryTips);

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
