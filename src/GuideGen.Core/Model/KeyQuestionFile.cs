using GuideGen.Core.Yaml;

namespace GuideGen.Core.Model;

/// <summary>content/key-questions/&lt;id&gt;.yml: the introduction and key recommendations of a key question.</summary>
public sealed class KeyQuestionFile : Located
{
    public required string Summary { get; init; }
    /// <summary>Markdown.</summary>
    public required string Intro { get; init; }
    public IReadOnlyList<KeyRecommendationGroup>? KeyRecommendations { get; init; }
}

public sealed class KeyRecommendationGroup : Located
{
    /// <summary>A topic id under this key question.</summary>
    public required string Topic { get; init; }
    public required IReadOnlyList<string> Points { get; init; }
}
