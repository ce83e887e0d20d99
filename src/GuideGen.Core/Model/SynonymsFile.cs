using GuideGen.Core.Yaml;

namespace GuideGen.Core.Model;

/// <summary>content/synonyms.yml: groups of words and abbreviations that search treats as one.</summary>
public sealed class SynonymsFile : Located
{
    /// <summary>Each group lists words or phrases that mean the same, e.g. [DoLS, Deprivation of Liberty Safeguards].</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Groups { get; init; }
}
