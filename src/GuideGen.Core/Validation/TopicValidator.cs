using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using GuideGen.Core.Model;
using GuideGen.Core.Yaml;

namespace GuideGen.Core.Validation;

/// <summary>Checks one topic: its KLOE, quality statements, and every item's id, service type and speaker.</summary>
public sealed class TopicValidator(Taxonomy taxonomy, DiagnosticBag diagnostics)
{
    public void Validate(LoadedTopic topic)
    {
        var file = topic.File;
        if (!taxonomy.Kloes.ContainsKey(file.Kloe))
            diagnostics.Error(DiagnosticCodes.UnknownKloe, file.SpanOf(nameof(file.Kloe)),
                $"unknown KLOE '{file.Kloe}'{NameSuggester.Hint(file.Kloe, taxonomy.Kloes.Keys)}");

        foreach (var (statement, i) in (file.QualityStatements ?? []).Select((s, i) => (s, i)))
            if (!taxonomy.QualityStatements.ContainsKey(statement))
                diagnostics.Error(DiagnosticCodes.UnknownQualityStatement, file.SpanOf(nameof(file.QualityStatements)),
                    $"unknown quality statement '{statement}'{NameSuggester.Hint(statement, taxonomy.QualityStatements.Keys)}");

        if (file.QualityStatements is null && taxonomy.QualityStatements.Count > 0)
            diagnostics.Warning(DiagnosticCodes.NoQualityStatements, file.Span,
                $"the topic names no {taxonomy.Words.Statement}; add 'quality_statements' so it can be found by its {taxonomy.Words.Statements}");

        foreach (var resource in file.Resources ?? [])
            if (resource.Url is { } url && UrlSchemes.SchemeOf(url) is { } scheme && !UrlSchemes.IsAllowed(scheme))
                diagnostics.Error(DiagnosticCodes.UnsafeLinkScheme, resource.SpanOf(nameof(resource.Url)), UrlSchemes.Refusal(url, scheme));
            else if (resource.Url is { } url2 && !url2.StartsWith("https://", StringComparison.Ordinal))
                diagnostics.Warning(DiagnosticCodes.InsecureResourceLink, resource.SpanOf(nameof(resource.Url)),
                    $"the resource link '{url2}' is not an https:// address");

        var ids = new Dictionary<string, ITopicItem>(StringComparer.Ordinal);
        foreach (var item in file.Items())
        {
            var span = item.SpanOf(nameof(ITopicItem.Id));
            if (!Slug.IsValid(item.Id))
                diagnostics.Error(DiagnosticCodes.InvalidId, span, $"'{item.Id}' is not a valid id: use lower-case letters, digits and single hyphens");
            else if (TopicSections.ReservedAnchors.Contains(item.Id))
                diagnostics.Error(DiagnosticCodes.DuplicateId, span, $"the id '{item.Id}' is reserved for a section of the topic page; choose another");
            else if (!ids.TryAdd(item.Id, item))
                diagnostics.Error(DiagnosticCodes.DuplicateId, span,
                    $"the id '{item.Id}' is already used in this topic (line {ids[item.Id].SpanOf(nameof(ITopicItem.Id)).Line})");
        }

        foreach (var r in file.Recommendations) CheckService(r.Service, r.SpanOf(nameof(r.Service)));
        foreach (var e in file.Examples ?? []) CheckService(e.Service, e.SpanOf(nameof(e.Service)));
        foreach (var a in file.Avoid ?? []) CheckService(a.Service, a.SpanOf(nameof(a.Service)));
        foreach (var c in file.CaseStudies ?? []) CheckService(c.Service, c.SpanOf(nameof(c.Service)));

        if (file.TellingSigns is { } signs)
        {
            if (signs.Good is null && signs.Poor is null)
                diagnostics.Error(DiagnosticCodes.EmptyBlock, signs.Span, "'telling_signs' has neither 'good' nor 'poor' comments; add some or remove it");
            foreach (var sign in (signs.Good ?? []).Concat(signs.Poor ?? []))
                if (!taxonomy.Speakers.ContainsKey(sign.Speaker))
                    diagnostics.Error(DiagnosticCodes.UnknownSpeaker, sign.SpanOf(nameof(sign.Speaker)),
                        $"unknown speaker '{sign.Speaker}'{NameSuggester.Hint(sign.Speaker, taxonomy.Speakers.Keys)}");
        }
    }

    private void CheckService(string code, SourceSpan span)
    {
        if (!taxonomy.ServiceTypes.ContainsKey(code))
            diagnostics.Error(DiagnosticCodes.UnknownServiceType, span,
                $"unknown service type '{code}'; use one of {string.Join(", ", taxonomy.ServiceTypes.Keys)}");
    }
}
