using GuideGen.Core.Yaml;

namespace GuideGen.Core.Model;

/// <summary>site.yml `assessment`: answer scales, bands and rating rules of the self-assessment. Configuration, not code.</summary>
public sealed class AssessmentConfig : Located
{
    /// <summary>Ratings from best to worst.</summary>
    public required IReadOnlyList<RatingDefinition> Ratings { get; init; }
    public required IReadOnlyList<AnswerDefinition> StatementAnswers { get; init; }
    public required IReadOnlyList<AnswerDefinition> WarningAnswers { get; init; }
    public required IReadOnlyList<AnswerDefinition> CheckAnswers { get; init; }
    /// <summary>Indicative bands for a KLOE checklist's percentage.</summary>
    public required IReadOnlyList<BandDefinition> KloeBands { get; init; }
    /// <summary>Bands for quality statements scored 1–4, as a percentage of the maximum.</summary>
    /// <remarks>Required when the guide has quality statements.</remarks>
    public IReadOnlyList<BandDefinition>? StatementBands { get; init; }
    /// <summary>Rules for the overall rating from the key questions' ratings; the first that matches wins.</summary>
    public required IReadOnlyList<OverallRule> OverallRules { get; init; }
    /// <summary>Where the safety-critical item rule comes from, shown with each limit it makes.</summary>
    public string? CriticalBasis { get; init; }
    /// <summary>Quality statements scored at or below a score limit their key question.</summary>
    public IReadOnlyList<StatementLimit>? StatementLimits { get; init; }
}

/// <summary>A quality statement scored `score` or lower limits its key question to `rating`.</summary>
public sealed class StatementLimit : Located
{
    public int Score { get; init; }
    public required string Rating { get; init; }
    /// <summary>Why, shown as "{statement} is scored 1: {reason}".</summary>
    public required string Reason { get; init; }
    /// <summary>Where the rule comes from (the CQC, or this guide's own rule).</summary>
    public string? Basis { get; init; }
}

public sealed class RatingDefinition : Located
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    /// <summary>Shown with the label, so a band never relies on colour alone.</summary>
    public required string Symbol { get; init; }
}

public sealed class AnswerDefinition : Located
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public int Points { get; init; }
    /// <summary>Whether this answer fails a safety-critical item (and so limits its rating).</summary>
    public bool FailsCritical { get; init; }
}

public sealed class BandDefinition : Located
{
    public required string Rating { get; init; }
    /// <summary>The lowest whole percentage in this band.</summary>
    public int From { get; init; }
}

/// <summary>A rating principle: when the key questions' ratings meet every condition, the overall rating is `rating`.</summary>
public sealed class OverallRule : Located
{
    public required string Rating { get; init; }
    public required string Reason { get; init; }
    /// <summary>Every condition must hold; a rule with none always matches (a last rule, the fallback).</summary>
    public IReadOnlyList<RuleCondition>? When { get; init; }
}

/// <summary>
/// How many key questions have a rating: `rated` exactly, or that rating or worse (`or_worse`), or
/// that rating or better (`or_better`), compared with `at_least` and `at_most`.
/// </summary>
public sealed class RuleCondition : Located
{
    /// <summary>A rating id from `ratings`.</summary>
    public required string Rated { get; init; }
    public bool? OrWorse { get; init; }
    public bool? OrBetter { get; init; }
    public int? AtLeast { get; init; }
    public int? AtMost { get; init; }
}
