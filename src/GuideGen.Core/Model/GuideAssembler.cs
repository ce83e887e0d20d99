using GuideGen.Core.Loading;

namespace GuideGen.Core.Model;

/// <summary>Builds the display-ordered <see cref="Guide"/> from validated content.</summary>
public static class GuideAssembler
{
    public static Guide Assemble(SiteConfig config, LoadedContent content)
    {
        var taxonomy = new Taxonomy(config);
        var topicsByKloe = content.Topics
            .Where(t => taxonomy.Kloes.ContainsKey(t.File.Kloe))
            .GroupBy(t => t.File.Kloe, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(t => t.File.Order).ThenBy(t => t.Id, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var keyQuestionFiles = content.KeyQuestions.ToDictionary(k => k.Id, StringComparer.Ordinal);

        var keyQuestions = config.KeyQuestions
            .Where(d => keyQuestionFiles.ContainsKey(d.Id))
            .Select(definition => new KeyQuestion(
                definition,
                keyQuestionFiles[definition.Id].Path,
                keyQuestionFiles[definition.Id].File,
                config.Kloes
                    .Where(k => k.KeyQuestion == definition.Id)
                    .Select(kloe => new Kloe(kloe,
                        topicsByKloe.GetValueOrDefault(kloe.Code, [])
                            .Select(t => new Topic(t.Id, t.Path, t.File, kloe, definition))
                            .ToList()))
                    .ToList()))
            .ToList();

        var pages = content.Pages
            .OrderBy(p => p.Front.Order).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new Page(p.Id, p.Path, p.Front, p.Body, p.BodyLineOffset))
            .ToList();

        var glossary = content.Glossary is { } g
            ? new Glossary(g.Path, g.File.Terms
                .Select(t => new GlossaryEntry(t.Id ?? Slug.From(t.Term), t))
                .OrderBy(e => e.Term.Term, StringComparer.OrdinalIgnoreCase)
                .ToList())
            : null;

        var checklists = config.Kloes
            .Select(k => (Kloe: k, File: (content.Checklists ?? []).FirstOrDefault(c => c.File.Kloe == k.Code)))
            .Where(c => c.File is not null)
            .Select(c => new Checklist(c.File!.Path, c.Kloe, c.File.File))
            .ToList();
        return new Guide(config, keyQuestions, pages, glossary, content.Synonyms?.File.Groups ?? [], checklists,
            (content.Packs ?? []).Select(p => new Pack(p.Id, p.Path, p.File)).ToList(),
            content.Changes is { } c && c.File.Editions.Count > 0 ? new Changes(c.Path, c.File.Editions) : null);
    }
}
