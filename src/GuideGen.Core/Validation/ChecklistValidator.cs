using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using GuideGen.Core.Model;
using GuideGen.Core.Yaml;

namespace GuideGen.Core.Validation;

/// <summary>
/// Checks the self-assessment: the assessment settings in site.yml, and each checklist's KLOE, item
/// ids (the keys of saved answers), kinds, service types, quality statements and caps. Links in
/// `sources` are checked where links are resolved, with the rest of the guide's links.
/// </summary>
public sealed class ChecklistValidator(SiteConfig config, Taxonomy taxonomy, DiagnosticBag diagnostics)
{
    public void Validate(IReadOnlyList<LoadedChecklist> checklists)
    {
        var ratings = config.Assessment?.Ratings.Select(r => r.Id).ToHashSet(StringComparer.Ordinal) ?? [];
        if (config.Assessment is { } assessment) ValidateSettings(assessment, ratings);
        if (checklists.Count > 0 && config.Assessment is null)
            diagnostics.Error(DiagnosticCodes.MissingKey, config.Span, "checklists need the 'assessment' settings in site.yml");

        var byKloe = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var checklist in checklists)
        {
            var file = checklist.File;
            var kloeSpan = file.SpanOf(nameof(file.Kloe));
            if (!taxonomy.Kloes.ContainsKey(file.Kloe))
                diagnostics.Error(DiagnosticCodes.UnknownKloe, kloeSpan, $"unknown KLOE '{file.Kloe}'{NameSuggester.Hint(file.Kloe, taxonomy.Kloes.Keys)}");
            else if (!string.Equals(checklist.Id, file.Kloe, StringComparison.OrdinalIgnoreCase))
                diagnostics.Error(DiagnosticCodes.ChecklistFileName, kloeSpan, $"the checklist for {file.Kloe} must be named {file.Kloe.ToLowerInvariant()}.yml");
            else if (!byKloe.TryAdd(file.Kloe, checklist.Path))
                diagnostics.Error(DiagnosticCodes.DuplicateChecklist, kloeSpan, $"{file.Kloe} already has a checklist in {byKloe[file.Kloe]}");

            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in file.Items) ValidateItem(item, ids, ratings);
        }
    }

    private void ValidateItem(ChecklistItem item, HashSet<string> ids, HashSet<string> ratings)
    {
        var idSpan = item.SpanOf(nameof(item.Id));
        if (!Slug.IsValid(item.Id))
            diagnostics.Error(DiagnosticCodes.InvalidId, idSpan, $"'{item.Id}' is not a valid id: use lower-case letters, digits and single hyphens");
        else if (!ids.Add(item.Id))
            diagnostics.Error(DiagnosticCodes.DuplicateId, idSpan, $"the id '{item.Id}' is already used in this checklist");

        if (!ChecklistItem.Kinds.Contains(item.Kind))
            diagnostics.Error(DiagnosticCodes.ChecklistItemShape, item.SpanOf(nameof(item.Kind)),
                $"unknown kind '{item.Kind}'; use one of {string.Join(", ", ChecklistItem.Kinds)}{NameSuggester.Hint(item.Kind, ChecklistItem.Kinds)}");
        if (item.Kind == "characteristic" && item.Level is null)
            diagnostics.Error(DiagnosticCodes.ChecklistItemShape, item.Span, "a characteristic needs a 'level' (the rating it describes)");
        if (item.Level is { } level && (item.Kind != "characteristic" || !ratings.Contains(level)))
            diagnostics.Error(DiagnosticCodes.ChecklistItemShape, item.SpanOf(nameof(item.Level)),
                item.Kind != "characteristic" ? "only characteristics have a 'level'" : $"unknown rating '{level}'{NameSuggester.Hint(level, ratings)}");
        if (item.Caps is not null && item.Kind != "check")
            diagnostics.Error(DiagnosticCodes.ChecklistItemShape, item.SpanOf(nameof(item.Caps)), "only checks have 'caps'");

        if (!taxonomy.ServiceTypes.ContainsKey(item.Service))
            diagnostics.Error(DiagnosticCodes.UnknownServiceType, item.SpanOf(nameof(item.Service)),
                $"unknown service type '{item.Service}'; use one of {string.Join(", ", taxonomy.ServiceTypes.Keys)}");
        if (item.QualityStatements is null && taxonomy.QualityStatements.Count > 0)
            diagnostics.Error(DiagnosticCodes.MissingKey, item.Span, $"missing required key 'quality_statements': the {taxonomy.Words.Statements} this item evidences");
        foreach (var statement in (item.QualityStatements ?? []).Where(s => !taxonomy.QualityStatements.ContainsKey(s)))
            diagnostics.Error(DiagnosticCodes.UnknownQualityStatement, item.SpanOf(nameof(item.QualityStatements)),
                $"unknown quality statement '{statement}'{NameSuggester.Hint(statement, taxonomy.QualityStatements.Keys)}");
        if (item.Critical is { } critical)
        {
            if (item.Kind is not ("practice" or "warning"))
                diagnostics.Error(DiagnosticCodes.ChecklistItemShape, item.SpanOf(nameof(item.Critical)),
                    "only practices and warnings can be 'critical' (a check limits ratings through its 'caps')");
            if (!ratings.Contains(critical.Rating))
                diagnostics.Error(DiagnosticCodes.ChecklistItemShape, critical.SpanOf(nameof(critical.Rating)), $"unknown rating '{critical.Rating}'{NameSuggester.Hint(critical.Rating, ratings)}");
            if (string.IsNullOrWhiteSpace(critical.Reason))
                diagnostics.Error(DiagnosticCodes.ChecklistItemShape, critical.SpanOf(nameof(critical.Reason)), "a critical item needs a 'reason': the failure in a few words, shown beside the limited rating");
            var scale = item.Kind == "warning" ? config.Assessment?.WarningAnswers : config.Assessment?.StatementAnswers;
            if (scale is not null && !scale.Any(a => a.FailsCritical))
                diagnostics.Error(DiagnosticCodes.ChecklistItemShape, item.SpanOf(nameof(item.Critical)),
                    $"no {item.Kind} answer in site.yml has 'fails_critical: true', so this critical item could never fail");
        }
        foreach (var cap in item.Caps ?? [])
        {
            if (cap.Scope != "overall" && !taxonomy.KeyQuestions.ContainsKey(cap.Scope))
                diagnostics.Error(DiagnosticCodes.UnknownKeyQuestion, cap.SpanOf(nameof(cap.Scope)), $"a cap's scope is a key question id or 'overall', not '{cap.Scope}'");
            if (!ratings.Contains(cap.Rating))
                diagnostics.Error(DiagnosticCodes.ChecklistItemShape, cap.SpanOf(nameof(cap.Rating)), $"unknown rating '{cap.Rating}'{NameSuggester.Hint(cap.Rating, ratings)}");
        }
    }

    private void ValidateSettings(AssessmentConfig assessment, HashSet<string> ratings)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rating in assessment.Ratings.Where(r => !seen.Add(r.Id)))
            diagnostics.Error(DiagnosticCodes.TaxonomyProblem, rating.SpanOf(nameof(rating.Id)), $"the rating '{rating.Id}' is defined twice");
        foreach (var band in assessment.KloeBands.Concat(assessment.StatementBands ?? []))
            if (!ratings.Contains(band.Rating))
                diagnostics.Error(DiagnosticCodes.TaxonomyProblem, band.SpanOf(nameof(band.Rating)), $"unknown rating '{band.Rating}'{NameSuggester.Hint(band.Rating, ratings)}");
        foreach (var rule in assessment.OverallRules)
        {
            if (!ratings.Contains(rule.Rating))
                diagnostics.Error(DiagnosticCodes.TaxonomyProblem, rule.SpanOf(nameof(rule.Rating)), $"unknown rating '{rule.Rating}'{NameSuggester.Hint(rule.Rating, ratings)}");
            foreach (var condition in rule.When ?? []) ValidateCondition(condition, ratings);
        }
        if (config.QualityStatements is { Count: > 0 } && assessment.StatementBands is null)
            diagnostics.Error(DiagnosticCodes.MissingKey, assessment.Span, "missing key 'statement_bands': the guide has quality statements, and their scores need bands");
        foreach (var limit in assessment.StatementLimits ?? [])
        {
            if (!ratings.Contains(limit.Rating))
                diagnostics.Error(DiagnosticCodes.TaxonomyProblem, limit.SpanOf(nameof(limit.Rating)), $"unknown rating '{limit.Rating}'{NameSuggester.Hint(limit.Rating, ratings)}");
            if (limit.Score is < 1 or > 4)
                diagnostics.Error(DiagnosticCodes.TaxonomyProblem, limit.SpanOf(nameof(limit.Score)), "a statement limit's 'score' is a quality statement score, 1 to 4");
        }
        foreach (var bands in new[] { assessment.KloeBands, assessment.StatementBands ?? [] })
            for (var i = 1; i < bands.Count; i++)
                if (bands[i].From <= bands[i - 1].From)
                    diagnostics.Error(DiagnosticCodes.TaxonomyProblem, bands[i].SpanOf(nameof(BandDefinition.From)), "bands must be listed from the lowest percentage up");
    }

    private void ValidateCondition(RuleCondition condition, HashSet<string> ratings)
    {
        if (!ratings.Contains(condition.Rated))
            diagnostics.Error(DiagnosticCodes.TaxonomyProblem, condition.SpanOf(nameof(condition.Rated)), $"unknown rating '{condition.Rated}'{NameSuggester.Hint(condition.Rated, ratings)}");
        if (condition.OrWorse == true && condition.OrBetter == true)
            diagnostics.Error(DiagnosticCodes.TaxonomyProblem, condition.SpanOf(nameof(condition.OrBetter)), "a condition counts 'or_worse' or 'or_better', not both");
        if (condition.AtLeast is null && condition.AtMost is null)
            diagnostics.Error(DiagnosticCodes.TaxonomyProblem, condition.Span, "a condition needs 'at_least' or 'at_most': how many key questions it counts");
        if (condition.AtLeast is < 0 || condition.AtMost is < 0 || condition.AtLeast > condition.AtMost)
            diagnostics.Error(DiagnosticCodes.TaxonomyProblem, condition.Span, "'at_least' and 'at_most' are counts of key questions, 0 or more, with at_least no more than at_most");
    }
}
