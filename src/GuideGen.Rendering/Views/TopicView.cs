namespace GuideGen.Rendering.Views;

public sealed record TopicView(
    string Id,
    string Title,
    string KloeCode,
    string KloeTitle,
    string KloeQuestion,
    LinkView KeyQuestion,
    string Summary,
    string IntroHtml,
    IReadOnlyList<LinkView> QualityStatements,
    IReadOnlyList<SectionLink> Sections,
    IReadOnlyList<ItemView> Recommendations,
    IReadOnlyList<ExampleView> Examples,
    IReadOnlyList<InsightView> Insights,
    IReadOnlyList<CaseStudyView> CaseStudies,
    IReadOnlyList<SignView> GoodSigns,
    IReadOnlyList<SignView> PoorSigns,
    IReadOnlyList<ItemView> Avoid,
    IReadOnlyList<ResourceView> Resources,
    LinkView? Previous,
    LinkView? Next,
    LinkView? Cards,
    LinkView? Supervision);

/// <summary>An entry of the "on this page" list.</summary>
public sealed record SectionLink(string Id, string Title, int Count);

public sealed record ItemView(string Id, string Html, ServiceBadge Service);

public sealed record ExampleView(string Id, string Title, string? Setting, string Html, ServiceBadge Service);

public sealed record SignView(string Id, string Text, string Speaker, string? Context);

public sealed record InsightView(string Id, string Text, string? From);

public sealed record CaseStudyView(string Id, string Title, string? Setting, string Html, ServiceBadge Service);

public sealed record ResourceView(string Title, string Publisher, string? Url, string? Format);
