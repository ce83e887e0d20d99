using GuideGen.Core.Yaml;

namespace GuideGen.Core.Model;

/// <summary>content/checklists/&lt;kloe&gt;.yml: the self-assessment checklist of one KLOE.</summary>
public sealed class ChecklistFile : Located
{
    public required string Kloe { get; init; }
    /// <summary>Markdown.</summary>
    public string? Intro { get; init; }
    public required IReadOnlyList<ChecklistItem> Items { get; init; }
}

public sealed class ChecklistItem : Located
{
    public static readonly IReadOnlyList<string> Kinds = ["practice", "warning", "characteristic", "check"];

    /// <summary>Saved answers are keyed by this id (with the KLOE code): never change or reuse it.</summary>
    public required string Id { get; init; }
    /// <summary>practice, warning, characteristic or check.</summary>
    public required string Kind { get; init; }
    /// <summary>For characteristics: the rating it describes (good or outstanding).</summary>
    public string? Level { get; init; }
    public required string Service { get; init; }
    public required string Text { get; init; }
    /// <summary>@id#anchor links to the guide items the statement comes from.</summary>
    public IReadOnlyList<string>? Sources { get; init; }
    /// <summary>The quality statements the item evidences: required when the guide has them, left out when it has none.</summary>
    public IReadOnlyList<string>? QualityStatements { get; init; }
    /// <summary>For checks: the ratings a "no" answer limits.</summary>
    public IReadOnlyList<RatingCap>? Caps { get; init; }
    /// <summary>
    /// Marks a safety-critical practice or warning: an answer that fails it (see the scale's
    /// `fails_critical`) limits this KLOE and its key question, and "does not apply" is not offered.
    /// </summary>
    public CriticalPoint? Critical { get; init; }
}

public sealed class CriticalPoint : Located
{
    /// <summary>The best rating still possible when the item fails.</summary>
    public required string Rating { get; init; }
    /// <summary>The failure in a few words, shown as "Limited to requires improvement: {reason}".</summary>
    public required string Reason { get; init; }
    /// <summary>Where the rule comes from, shown with the reason (for example "CQC rating principles").</summary>
    public string? Basis { get; init; }
}

public sealed class RatingCap : Located
{
    /// <summary>A key question id, or "overall".</summary>
    public required string Scope { get; init; }
    /// <summary>The best rating still possible.</summary>
    public required string Rating { get; init; }
    /// <summary>The failure in a few words, shown as "Limited to requires improvement: {reason}".</summary>
    public string? Reason { get; init; }
    /// <summary>Where the rule comes from, shown with the reason (for example "CQC rating principles").</summary>
    public string? Basis { get; init; }
}
