using GuideGen.Core.Yaml;

namespace GuideGen.Core.Model;

/// <summary>One KLOE topic: content/topics/**/&lt;id&gt;.yml.</summary>
public sealed class TopicFile : Located
{
    /// <summary>Every item of the topic that has an id, in page order.</summary>
    public IEnumerable<ITopicItem> Items() =>
        Recommendations.Cast<ITopicItem>()
            .Concat(Examples ?? [])
            .Concat(Insights ?? [])
            .Concat(CaseStudies ?? [])
            .Concat(TellingSigns?.Good ?? [])
            .Concat(TellingSigns?.Poor ?? [])
            .Concat(Avoid ?? []);

    public required string Title { get; init; }
    /// <summary>A KLOE code from site.yml.</summary>
    public required string Kloe { get; init; }
    /// <summary>Order among topics that share a KLOE code.</summary>
    public int Order { get; init; }
    /// <summary>One plain sentence.</summary>
    public required string Summary { get; init; }
    public IReadOnlyList<string>? QualityStatements { get; init; }
    /// <summary>Markdown.</summary>
    public required string Intro { get; init; }
    public required IReadOnlyList<Recommendation> Recommendations { get; init; }
    public IReadOnlyList<PracticalExample>? Examples { get; init; }
    public TellingSigns? TellingSigns { get; init; }
    public IReadOnlyList<AvoidItem>? Avoid { get; init; }
    public IReadOnlyList<Insight>? Insights { get; init; }
    public IReadOnlyList<CaseStudy>? CaseStudies { get; init; }
    public IReadOnlyList<Resource>? Resources { get; init; }
}

/// <summary>Anything on a topic page with its own stable id and anchor.</summary>
public interface ITopicItem
{
    string Id { get; }
    Diagnostics.SourceSpan SpanOf(string propertyName);
}

public sealed class Recommendation : Located, ITopicItem
{
    public required string Id { get; init; }
    public required string Service { get; init; }
    /// <summary>Markdown.</summary>
    public required string Text { get; init; }
}

public sealed class PracticalExample : Located, ITopicItem
{
    public required string Id { get; init; }
    public required string Service { get; init; }
    public required string Title { get; init; }
    /// <summary>The kind of service the example came from, e.g. "a homecare agency".</summary>
    public string? Setting { get; init; }
    /// <summary>Markdown.</summary>
    public required string Text { get; init; }
}

public sealed class TellingSigns : Located
{
    /// <summary>Comments heard in good and outstanding services.</summary>
    public IReadOnlyList<TellingSign>? Good { get; init; }
    /// <summary>Comments heard in services that require improvement or are inadequate.</summary>
    public IReadOnlyList<TellingSign>? Poor { get; init; }
}

public sealed class TellingSign : Located, ITopicItem
{
    public required string Id { get; init; }
    /// <summary>A speaker id from site.yml.</summary>
    public required string Speaker { get; init; }
    public required string Text { get; init; }
    /// <summary>When or why it was said, e.g. "on being asked about the Mental Capacity Act".</summary>
    public string? Context { get; init; }
}

public sealed class AvoidItem : Located, ITopicItem
{
    public required string Id { get; init; }
    public required string Service { get; init; }
    /// <summary>Markdown.</summary>
    public required string Text { get; init; }
}

public sealed class Insight : Located, ITopicItem
{
    public required string Id { get; init; }
    public required string Text { get; init; }
    /// <summary>A role and a kind of service, never a person's name.</summary>
    public string? From { get; init; }
}

public sealed class CaseStudy : Located, ITopicItem
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Setting { get; init; }
    public required string Service { get; init; }
    /// <summary>Markdown.</summary>
    public required string Body { get; init; }
}

public sealed class Resource : Located
{
    public required string Title { get; init; }
    public required string Publisher { get; init; }
    public string? Url { get; init; }
    public string? Format { get; init; }
}
