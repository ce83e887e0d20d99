namespace GuideGen.Rendering.Views;

/// <summary>
/// A topic's page. Named properties rather than a positional record: a view this wide is easier to
/// build and read field by field, and templates read it by name (Scriban's snake_case) all the same.
/// </summary>
public sealed record TopicView
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string KloeCode { get; init; }
    public required string KloeTitle { get; init; }
    public required string KloeQuestion { get; init; }
    public required LinkView KeyQuestion { get; init; }
    public required string Summary { get; init; }
    public required string IntroHtml { get; init; }
    public required IReadOnlyList<LinkView> QualityStatements { get; init; }
    public required IReadOnlyList<SectionLink> Sections { get; init; }
    public required IReadOnlyList<ItemView> Recommendations { get; init; }
    public required IReadOnlyList<ExampleView> Examples { get; init; }
    public required IReadOnlyList<InsightView> Insights { get; init; }
    public required IReadOnlyList<CaseStudyView> CaseStudies { get; init; }
    public required IReadOnlyList<SignView> GoodSigns { get; init; }
    public required IReadOnlyList<SignView> PoorSigns { get; init; }
    public required IReadOnlyList<ItemView> Avoid { get; init; }
    public required IReadOnlyList<ResourceView> Resources { get; init; }
    public LinkView? Previous { get; init; }
    public LinkView? Next { get; init; }
    public LinkView? Cards { get; init; }
    public LinkView? Supervision { get; init; }
}

/// <summary>An entry of the "on this page" list.</summary>
public sealed record SectionLink(string Id, string Title, int Count);

public sealed record ItemView(string Id, string Html, ServiceBadge Service);

public sealed record ExampleView(string Id, string Title, string? Setting, string Html, ServiceBadge Service);

public sealed record SignView(string Id, string Text, string Speaker, string? Context);

public sealed record InsightView(string Id, string Text, string? From);

public sealed record CaseStudyView(string Id, string Title, string? Setting, string Html, ServiceBadge Service);

public sealed record ResourceView(string Title, string Publisher, string? Url, string? Format);
