using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using GuideGen.Core.Model;
using GuideGen.Core.Yaml;

namespace GuideGen.Core.Validation;

/// <summary>
/// The gate between loading and rendering: checks every file against the taxonomy and against each
/// other (ids, output pages, key recommendations). Reports everything; throws nothing.
/// </summary>
public sealed class ContentValidator(SiteConfig config, DiagnosticBag diagnostics)
{
    /// <summary>Ids the site itself uses for pages, so content may not take them.</summary>
    public static readonly IReadOnlySet<string> ReservedIds = new HashSet<string>(StringComparer.Ordinal) { "index", "glossary", "search", "assets", "kloes", "quality-statements", "assessment", "whats-new" };

    private readonly Taxonomy taxonomy = new(config);

    public void Validate(LoadedContent content)
    {
        new TaxonomyValidator(diagnostics).Validate(config);
        new RawHtmlConfigValidator(diagnostics).Validate(config.RawHtml);
        var topicValidator = new TopicValidator(taxonomy, diagnostics);
        // Each topic is checked on its own (the validator keeps no state); the bag sorts what they report.
        Parallelism.For(content.Topics.Count, i => topicValidator.Validate(content.Topics[i]));
        ValidatePageIds(content);
        ValidateKeyQuestions(content);
        if (content.Glossary is { } glossary) ValidateGlossary(glossary);
        if (content.Synonyms is { } synonyms) ValidateSynonyms(synonyms);
        new ChecklistValidator(config, taxonomy, diagnostics).Validate(content.Checklists ?? []);
        ValidatePacks(content);
        if (content.Changes is { } changes) new ChangesValidator(config, diagnostics).Validate(changes);
    }

    private void ValidatePacks(LoadedContent content)
    {
        var topicIds = content.Topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var pack in content.Packs ?? [])
        {
            var file = pack.File;
            if (!Slug.IsValid(pack.Id))
                diagnostics.Error(DiagnosticCodes.InvalidId, SourceSpan.FileStart(pack.Path), $"the file name '{pack.Id}' is not a valid id: use lower-case letters, digits and single hyphens");
            foreach (var topic in file.Topics.Where(t => !topicIds.Contains(t) && !content.UnreadableTopicIds.Contains(t)))
                diagnostics.Error(DiagnosticCodes.UnknownTopic, file.SpanOf(nameof(file.Topics)), $"unknown topic '{topic}'{NameSuggester.Hint(topic, topicIds)}");
            foreach (var block in file.Blocks.Where(b => !PackFile.BlockIds.Contains(b)))
                diagnostics.Error(DiagnosticCodes.UnknownBlock, file.SpanOf(nameof(file.Blocks)), $"unknown block '{block}'; use {string.Join(", ", PackFile.BlockIds)}{NameSuggester.Hint(block, PackFile.BlockIds)}");
            if (file.Service is { } service && !taxonomy.ServiceTypes.ContainsKey(service))
                diagnostics.Error(DiagnosticCodes.UnknownServiceType, file.SpanOf(nameof(file.Service)), $"unknown service type '{service}'; use one of {string.Join(", ", taxonomy.ServiceTypes.Keys)}");
        }
    }

    private void ValidateSynonyms(LoadedSynonyms synonyms)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < synonyms.File.Groups.Count; i++)
        {
            var group = synonyms.File.Groups[i];
            var span = synonyms.File.SpanOf(nameof(SynonymsFile.Groups));
            if (group.Count < 2)
                diagnostics.Error(DiagnosticCodes.SynonymGroupTooSmall, span, $"synonym group {i + 1} ('{string.Join(", ", group)}') needs at least two words");
            foreach (var word in group)
                if (!seen.TryAdd(word.Trim(), i))
                    diagnostics.Error(DiagnosticCodes.DuplicateSynonym, span,
                        $"'{word}' is in synonym groups {seen[word.Trim()] + 1} and {i + 1}; merge the groups");
        }
    }

    /// <summary>Topic, key question and page ids share one namespace: they are what `@id` links name.</summary>
    private void ValidatePageIds(LoadedContent content)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kq in config.KeyQuestions) owners.TryAdd(kq.Id, ContentLoader.ConfigFileName);

        void Claim(string id, string path, string kind)
        {
            var span = SourceSpan.FileStart(path);
            if (!Slug.IsValid(id))
                diagnostics.Error(DiagnosticCodes.InvalidId, span, $"the file name '{id}' is not a valid id: use lower-case letters, digits and single hyphens");
            else if (ReservedIds.Contains(id))
                diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, span, $"'{id}' is reserved for the site's own pages; rename the {kind}");
            else if (!owners.TryAdd(id, path))
                diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, span,
                    $"the {kind} id '{id}' is already used by {owners[id]}; two pages would share the link @{id}");
        }

        foreach (var topic in content.Topics) Claim(topic.Id, topic.Path, "topic");
        foreach (var page in content.Pages) Claim(page.Id, page.Path, "page");
    }

    private void ValidateKeyQuestions(LoadedContent content)
    {
        var files = new Dictionary<string, LoadedKeyQuestion>(StringComparer.Ordinal);
        foreach (var kq in content.KeyQuestions)
        {
            if (!taxonomy.KeyQuestions.ContainsKey(kq.Id))
            {
                diagnostics.Error(DiagnosticCodes.UnknownKeyQuestion, SourceSpan.FileStart(kq.Path),
                    $"'{kq.Id}' is not a key question in site.yml{NameSuggester.Hint(kq.Id, taxonomy.KeyQuestions.Keys)}");
                continue;
            }
            files[kq.Id] = kq;
        }

        foreach (var definition in config.KeyQuestions.Where(d => !files.ContainsKey(d.Id) && !content.UnreadableKeyQuestionIds.Contains(d.Id)))
            diagnostics.Error(DiagnosticCodes.MissingKeyQuestionFile, definition.Span,
                $"the key question '{definition.Id}' has no content file; add content/key-questions/{definition.Id}.yml");

        var topicKeyQuestion = content.Topics
            .Where(t => taxonomy.Kloes.ContainsKey(t.File.Kloe))
            .GroupBy(t => t.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => taxonomy.Kloes[g.First().File.Kloe].KeyQuestion, StringComparer.Ordinal);

        foreach (var kq in files.Values)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var group in kq.File.KeyRecommendations ?? [])
            {
                var span = group.SpanOf(nameof(group.Topic));
                // A topic whose file failed to load, or whose KLOE is unknown, has its own errors already.
                if (content.UnreadableTopicIds.Contains(group.Topic) || content.Topics.Any(t => t.Id == group.Topic && !topicKeyQuestion.ContainsKey(t.Id))) continue;
                if (!topicKeyQuestion.TryGetValue(group.Topic, out var owner))
                    diagnostics.Error(DiagnosticCodes.UnknownTopic, span, $"unknown topic '{group.Topic}'{NameSuggester.Hint(group.Topic, topicKeyQuestion.Keys)}");
                else if (owner != kq.Id)
                    diagnostics.Error(DiagnosticCodes.UnknownTopic, span, $"the topic '{group.Topic}' belongs to the key question '{owner}', not '{kq.Id}'");
                else if (!seen.Add(group.Topic))
                    diagnostics.Error(DiagnosticCodes.DuplicateId, span, $"the topic '{group.Topic}' already has key recommendations in this file");
            }
        }
    }

    private void ValidateGlossary(LoadedGlossary glossary)
    {
        var names = new Dictionary<string, GlossaryTerm>(StringComparer.OrdinalIgnoreCase);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in glossary.File.Terms)
        {
            var id = term.Id ?? Slug.From(term.Term);
            var idSpan = term.SpanOf(term.Id is null ? nameof(term.Term) : nameof(term.Id));
            if (!Slug.IsValid(id))
                diagnostics.Error(DiagnosticCodes.InvalidId, idSpan, $"'{id}' is not a valid id: use lower-case letters, digits and single hyphens");
            else if (!ids.Add(id))
                diagnostics.Error(DiagnosticCodes.DuplicateId, idSpan, $"the glossary id '{id}' is used twice");

            foreach (var name in (term.Aliases ?? []).Prepend(term.Term))
                if (!names.TryAdd(name.Trim(), term))
                    diagnostics.Error(DiagnosticCodes.DuplicateGlossaryTerm, term.Span,
                        $"'{name}' is already defined by the glossary entry '{names[name.Trim()].Term}'");
        }
    }
}
