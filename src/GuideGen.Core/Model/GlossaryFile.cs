using GuideGen.Core.Yaml;

namespace GuideGen.Core.Model;

/// <summary>content/glossary.yml.</summary>
public sealed class GlossaryFile : Located
{
    public required IReadOnlyList<GlossaryTerm> Terms { get; init; }
}

public sealed class GlossaryTerm : Located
{
    public required string Term { get; init; }
    /// <summary>The anchor; derived from the term when left out.</summary>
    public string? Id { get; init; }
    public IReadOnlyList<string>? Aliases { get; init; }
    /// <summary>Markdown.</summary>
    public required string Meaning { get; init; }
}
