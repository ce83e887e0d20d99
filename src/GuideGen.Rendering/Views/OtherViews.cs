namespace GuideGen.Rendering.Views;

public sealed record HomeView(IReadOnlyList<KeyQuestionCard> KeyQuestions, IReadOnlyList<AudienceView> Audiences, int TopicCount, int ItemCount, string? AssessmentHref,
    WhatsNewNotice? WhatsNew = null);

/// <summary>The home page's note on the current edition: shown by the script to readers who last saw another edition.</summary>
public sealed record WhatsNewNotice(string Edition, string DateText, string SummaryHtml, int Added, int Changed, int Removed, string Href);

/// <summary>whats-new.html: every edition in content/changes.yml, newest first.</summary>
public sealed record WhatsNewView(IReadOnlyList<EditionView> Editions);

public sealed record EditionView(string Id, string Edition, string Date, string DateText, bool Current, string SummaryHtml, IReadOnlyList<ChangeGroupView> Groups);

/// <summary>Added, changed or removed, with its entries.</summary>
public sealed record ChangeGroupView(string Title, string Kind, IReadOnlyList<ChangeEntryView> Entries);

/// <summary>One change: its words (inline HTML) and, unless it was removed, where it is now.</summary>
public sealed record ChangeEntryView(string TextHtml, string? Href, string? TargetTitle);

public sealed record KeyQuestionCard(string Letter, string Title, string Question, string Summary, string Href, IReadOnlyList<LinkView> Topics);

public sealed record AudienceView(string Title, string Description, string Href);

public sealed record KeyQuestionView
{
    public required string Id { get; init; }
    public required string Letter { get; init; }
    public required string Title { get; init; }
    public required string Question { get; init; }
    public required string Summary { get; init; }
    public required string IntroHtml { get; init; }
    public required IReadOnlyList<KloeView> Kloes { get; init; }
    public required IReadOnlyList<KeyRecommendationView> KeyRecommendations { get; init; }
    public LinkView? Previous { get; init; }
    public LinkView? Next { get; init; }
}

public sealed record KloeView(string Code, string Title, string Question, IReadOnlyList<TopicCard> Topics);

public sealed record TopicCard(string Title, string Summary, string Href, int Recommendations, int Examples);

public sealed record KeyRecommendationView(string TopicTitle, string KloeCode, string Href, IReadOnlyList<string> Points);

public sealed record PageView(string Id, string Title, string Summary, string BodyHtml);

public sealed record GlossaryView(IReadOnlyList<GlossaryLetter> Letters);

public sealed record GlossaryLetter(string Letter, string Anchor, IReadOnlyList<GlossaryEntryView> Entries);

public sealed record GlossaryEntryView(string Id, string Term, IReadOnlyList<string> Aliases, string MeaningHtml);

public sealed record SearchPageView(IReadOnlyList<OptionView> KeyQuestions, IReadOnlyList<OptionView> Kinds, IReadOnlyList<OptionView> ServiceTypes);

public sealed record OptionView(string Value, string Label);

public sealed record AssessmentPageView(int ChecklistCount, int ItemCount, int StatementCount);

public sealed record FrameworkIndexView(IReadOnlyList<FrameworkGroup> Groups, string? AssessmentHref);

/// <summary>A key question with its KLOEs or quality statements, each with the topics under it.</summary>
public sealed record FrameworkGroup(string Title, string Href, IReadOnlyList<FrameworkEntry> Entries);

public sealed record FrameworkEntry(string Id, string Code, string Title, string? Description, IReadOnlyList<LinkView> Topics, int ChecklistItems);

/// <summary>Cut-out discussion cards for one topic: its telling signs and practical examples, each with a prompt.</summary>
public sealed record CardsView(string TopicTitle, string KloeCode, LinkView Topic, IReadOnlyList<CardView> Cards);

/// <param name="Kind">good-sign, poor-sign or example: the template chooses the prompt.</param>
public sealed record CardView(string Kind, string Label, string? Title, string Html, string? Attribution, ServiceBadge? Service);

/// <summary>A supervision prompt sheet for one KLOE.</summary>
public sealed record SupervisionView(string KloeCode, string KloeTitle, string KloeQuestion, IReadOnlyList<LinkView> Topics,
    IReadOnlyList<SupervisionPrompt> Prompts, IReadOnlyList<SignView> GoodSigns, IReadOnlyList<SignView> PoorSigns);

public sealed record SupervisionPrompt(string Text, string Service);

public sealed record PackBuilderView(IReadOnlyList<PackLink> Packs);

public sealed record PackLink(string Title, string Summary, string Href);

/// <summary>A training pack defined in content: chosen blocks of chosen topics, in order, with session notes.</summary>
public sealed record PackView(string Title, string Summary, string NotesHtml, string? ServiceCode, string? ServiceLabel, IReadOnlyList<PackSection> Sections);

public sealed record PackSection(string Id, string KloeCode, string TopicTitle, string Href, string Html);

/// <summary>Topics gathered into one document for printing or PDF: the whole guide, or one key question.</summary>
public sealed record PrintBookView(string Title, string Subtitle, IReadOnlyList<PrintPart> Parts)
{
    public IReadOnlyList<PackSection> Sections => Parts.SelectMany(p => p.Sections).ToList();
}

/// <summary>The print books' pages, and the topic sections that they hold as stand-ins (see <see cref="Output.SplicedPage"/>).</summary>
/// <param name="Sections">Each topic's section as UTF-8, its indentation already removed as a rendered page's is.</param>
public sealed record PrintBooks(IReadOnlyList<RenderJob> Jobs, IReadOnlyList<byte[]> Sections);

public sealed record PrintPart(string Id, string Title, string IntroHtml, IReadOnlyList<PackSection> Sections);
