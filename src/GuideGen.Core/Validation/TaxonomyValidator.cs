using GuideGen.Core.Diagnostics;
using GuideGen.Core.Model;

namespace GuideGen.Core.Validation;

/// <summary>Checks site.yml's taxonomy on its own: unique codes, and KLOEs and quality statements under known key questions.</summary>
public sealed class TaxonomyValidator(DiagnosticBag diagnostics)
{
    public void Validate(SiteConfig config)
    {
        Unique(config.KeyQuestions, k => k.Id, nameof(KeyQuestionDefinition.Id), "key question id");
        Unique(config.KeyQuestions, k => k.Letter, nameof(KeyQuestionDefinition.Letter), "key question letter");
        Unique(config.Kloes, k => k.Code, nameof(KloeDefinition.Code), "KLOE code");
        Unique(config.ServiceTypes, s => s.Code, nameof(ServiceTypeDefinition.Code), "service type code");
        Unique(config.Speakers, s => s.Id, nameof(SpeakerDefinition.Id), "speaker id");
        Unique(config.QualityStatements ?? [], q => q.Id, nameof(QualityStatementDefinition.Id), "quality statement id");

        foreach (var kq in config.KeyQuestions) RequireSlug(kq.Id, kq.SpanOf(nameof(kq.Id)));
        foreach (var speaker in config.Speakers) RequireSlug(speaker.Id, speaker.SpanOf(nameof(speaker.Id)));
        foreach (var statement in config.QualityStatements ?? []) RequireSlug(statement.Id, statement.SpanOf(nameof(statement.Id)));

        var keyQuestionIds = config.KeyQuestions.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var kloe in config.Kloes)
            RequireKeyQuestion(keyQuestionIds, kloe.KeyQuestion, kloe.SpanOf(nameof(kloe.KeyQuestion)));
        foreach (var statement in config.QualityStatements ?? [])
            RequireKeyQuestion(keyQuestionIds, statement.KeyQuestion, statement.SpanOf(nameof(statement.KeyQuestion)));

        // KLOE codes name pages and files (supervision/s1.html, checklists/s1.yml): letters and digits only,
        // so no code can carry a path ("../x") out of the folder it is written to.
        foreach (var kloe in config.Kloes.Where(k => !IsKloeCode(k.Code)))
            diagnostics.Error(DiagnosticCodes.InvalidKloeCode, kloe.SpanOf(nameof(kloe.Code)),
                $"the KLOE code '{kloe.Code}' must be 1 to 10 letters and digits, such as S1");

        foreach (var type in config.ServiceTypes.Where(t => t.Code.Length != 1 || !char.IsAsciiLetterUpper(t.Code[0])))
            diagnostics.Error(DiagnosticCodes.TaxonomyProblem, type.SpanOf(nameof(type.Code)),
                $"a service type code is one capital letter, not '{type.Code}'");
        foreach (var extra in config.ServiceTypes.Where(t => t.AppliesToAll == true).Skip(1))
            diagnostics.Error(DiagnosticCodes.TaxonomyProblem, extra.SpanOf(nameof(extra.AppliesToAll)),
                $"only one service type can apply to all; '{config.AllServices}' already does");
        foreach (var type in config.ServiceTypes.Where(t => t.Colour is not null))
        {
            if (ServiceTypePalette.Parse(type.Colour!) is not { } rgb)
                diagnostics.Error(DiagnosticCodes.TaxonomyProblem, type.SpanOf(nameof(type.Colour)), $"a colour is written #rrggbb, such as #0e6470, not '{type.Colour}'");
            else if (ServiceTypePalette.ContrastOnWhite(rgb) < 4.5)
                diagnostics.Error(DiagnosticCodes.TaxonomyProblem, type.SpanOf(nameof(type.Colour)),
                    $"the colour {type.Colour} is too light to read on white ({ServiceTypePalette.ContrastOnWhite(rgb):0.0}:1; at least 4.5:1 is needed); choose a darker one");
        }
    }

    public static bool IsKloeCode(string code) => code.Length is >= 1 and <= 10 && code.All(char.IsAsciiLetterOrDigit);

    private void RequireKeyQuestion(HashSet<string> known, string id, SourceSpan span)
    {
        if (!known.Contains(id))
            diagnostics.Error(DiagnosticCodes.UnknownKeyQuestion, span, $"unknown key question '{id}'{Yaml.NameSuggester.Hint(id, known)}");
    }

    private void RequireSlug(string id, SourceSpan span)
    {
        if (!Slug.IsValid(id))
            diagnostics.Error(DiagnosticCodes.InvalidId, span, $"'{id}' is not a valid id: use lower-case letters, digits and single hyphens");
    }

    private void Unique<T>(IEnumerable<T> items, Func<T, string> key, string property, string what) where T : Yaml.Located
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
            if (!seen.Add(key(item)))
                diagnostics.Error(DiagnosticCodes.TaxonomyProblem, item.SpanOf(property), $"the {what} '{key(item)}' is defined twice");
    }
}
