using GuideGen.Core.Output;
using GuideGen.Core.Model;
using GuideGen.Core.Validation;
using GuideGen.Rendering.Markdown;

namespace GuideGen.Rendering.Output;

/// <summary>Every page that `@id` can name, with its anchors: item ids on topics, headings on pages, terms in the glossary.</summary>
public static class LinkTargetIndex
{
    public static IReadOnlyDictionary<string, LinkTarget> Build(Guide guide)
    {
        var targets = new Dictionary<string, LinkTarget>(StringComparer.Ordinal)
        {
            ["index"] = new("index", SitePaths.Home, guide.Config.Title, new HashSet<string>(["key-questions", "audiences"])),
        };

        targets["kloes"] = new LinkTarget("kloes", SitePaths.Kloes, SiteWords.Capitalised(guide.Config.Vocabulary.Kloes),
            guide.Config.Kloes.Select(k => k.Code.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));
        if (guide.Config.QualityStatements is { Count: > 0 } statements)
            targets["quality-statements"] = new LinkTarget("quality-statements", SitePaths.QualityStatements, SiteWords.Capitalised(guide.Config.Vocabulary.Statements),
                statements.Select(q => q.Id).ToHashSet(StringComparer.Ordinal));

        foreach (var kq in guide.KeyQuestions)
        {
            var anchors = new HashSet<string>(["intro", "kloes", "key-recommendations"], StringComparer.Ordinal);
            foreach (var kloe in kq.Kloes) anchors.Add(kloe.Definition.Code.ToLowerInvariant());
            targets[kq.Id] = new LinkTarget(kq.Id, SitePaths.KeyQuestion(kq.Id), kq.Definition.Title, anchors);
        }

        // A large guide has hundreds of thousands of anchors: each topic's set is built in parallel, then
        // added in the guide's order, so that the index is the same whatever the threads did.
        var topics = guide.Topics.ToList();
        var topicTargets = new LinkTarget[topics.Count];
        Core.Parallelism.For(topics.Count, i =>
        {
            var topic = topics[i];
            var anchors = TopicSections.All.Select(s => s.Id)
                .Concat(topic.File.Items().Select(item => item.Id))
                .ToHashSet(StringComparer.Ordinal);
            topicTargets[i] = new LinkTarget(topic.Id, SitePaths.Topic(topic.Id), topic.File.Title, anchors);
        });
        foreach (var target in topicTargets) targets[target.Id] = target;

        foreach (var page in guide.Pages)
            targets[page.Id] = new LinkTarget(page.Id, SitePaths.Page(page.Id), page.Front.Title,
                MarkdownRenderer.HeadingIds(page.Body).ToHashSet(StringComparer.Ordinal));

        if (guide.Glossary is { } glossary)
            targets["glossary"] = new LinkTarget("glossary", SitePaths.Glossary, "Glossary",
                glossary.Entries.Select(e => e.Id).Concat(GlossaryLetters(glossary).Select(LetterAnchor)).ToHashSet(StringComparer.Ordinal));

        return targets;
    }

    /// <summary>The initial letters the glossary is grouped under.</summary>
    public static IEnumerable<string> GlossaryLetters(Glossary glossary) =>
        glossary.Entries.Select(e => InitialOf(e.Term.Term)).Distinct();

    public static string InitialOf(string term)
    {
        var first = Slug.From(term).FirstOrDefault();
        return first == default ? "#" : char.IsAsciiDigit(first) ? "0–9" : char.ToUpperInvariant(first).ToString();
    }

    public static string LetterAnchor(string letter) => "letter-" + Slug.From(letter);
}
