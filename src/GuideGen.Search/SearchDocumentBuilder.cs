using GuideGen.Core.Model;
using GuideGen.Core.Output;
using GuideGen.Core.Validation;

namespace GuideGen.Search;

/// <summary>Turns the guide into search documents, one per thing a reader would want to land on, in reading order.</summary>
public sealed partial class SearchDocumentBuilder(Guide guide)
{
    private readonly Taxonomy taxonomy = new(guide.Config);
    private readonly SiteWords words = guide.Config.Vocabulary;

    // Page titles by id, so that a bare "@s4-medicines" in Markdown reads as "Medicines" in results.
    private readonly Dictionary<string, string> titles = guide.Topics.Select(t => (t.Id, t.File.Title))
        .Concat(guide.Pages.Select(p => (p.Id, p.Front.Title)))
        .Concat(guide.KeyQuestions.Select(k => (k.Id, k.Definition.Title)))
        .Append(("glossary", "Glossary"))
        .GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.First().Item2, StringComparer.Ordinal);

    /// <summary>Every document, in reading order.</summary>
    public IReadOnlyList<SearchDocument> Build() => Batches(int.MaxValue).SingleOrDefault() ?? [];

    /// <summary>
    /// The documents in reading order, made <paramref name="partsPerBatch"/> parts (a key question, a topic,
    /// a page, a glossary entry) at a time: a large guide's index can then take each batch's text and let it
    /// go before the next is made, rather than hold the whole guide's text at once.
    /// </summary>
    public IEnumerable<IReadOnlyList<SearchDocument>> Batches(int partsPerBatch)
    {
        var parts = Parts();
        for (var first = 0; first < parts.Count; first += partsPerBatch)
        {
            // Each part is built on its own, in parallel (Markdown to plain text is the costly part), and
            // the parts are joined in reading order.
            var batch = parts.GetRange(first, Math.Min(partsPerBatch, parts.Count - first));
            var built = new List<SearchDocument>[batch.Count];
            Core.Parallelism.For(batch.Count, i => built[i] = batch[i]().ToList());
            var documents = new List<SearchDocument>(built.Sum(b => b.Count));
            foreach (var part in built) documents.AddRange(part);
            yield return documents;
        }
    }

    private List<Func<IEnumerable<SearchDocument>>> Parts()
    {
        var parts = new List<Func<IEnumerable<SearchDocument>>>();
        foreach (var kq in guide.KeyQuestions)
        {
            parts.Add(() => [KeyQuestionDocument(kq)]);
            foreach (var topic in kq.Topics) parts.Add(() => TopicDocuments(topic));
        }
        foreach (var page in guide.Pages)
            parts.Add(() => [new SearchDocument(SitePaths.Page(page.Id), page.Front.Title, Join(page.Front.Summary, Plain(page.Body)), "",
                ContentKinds.Page, "", "", "")]);
        foreach (var entry in guide.Glossary?.Entries ?? [])
            parts.Add(() => [new SearchDocument($"{SitePaths.Glossary}#{entry.Id}", entry.Term.Term, Plain(entry.Term.Meaning),
                string.Join(" ", entry.Term.Aliases ?? []), ContentKinds.Glossary, "", "", "")]);
        return parts;
    }

    private SearchDocument KeyQuestionDocument(KeyQuestion kq)
    {
        var keyRecommendations = string.Join(" ", (kq.File.KeyRecommendations ?? []).SelectMany(g => g.Points));
        return new SearchDocument(SitePaths.KeyQuestion(kq.Id), kq.Definition.Title,
            Join(kq.Definition.Question, kq.File.Summary, Plain(kq.File.Intro), keyRecommendations),
            string.Join(" ", kq.Kloes.Select(k => $"{k.Definition.Code} {k.Definition.Title}")),
            ContentKinds.KeyQuestion, kq.Id, "", "");
    }

    private IEnumerable<SearchDocument> TopicDocuments(Topic topic)
    {
        var file = topic.File;
        var path = SitePaths.Topic(topic.Id);
        var kq = topic.KeyQuestion.Id;
        var kloe = topic.Kloe.Code;
        SearchDocument Item(string id, string kind, string title, string text, string keywords, string service) =>
            new($"{path}#{id}", title, text, keywords, kind, kq, service, topic.Id);

        var statements = (file.QualityStatements ?? []).Select(q => taxonomy.QualityStatements.TryGetValue(q, out var d) ? d.Title : q);
        yield return new SearchDocument(path, file.Title, Join(file.Summary, Plain(file.Intro)),
            Join(kloe, topic.Kloe.Title, string.Join(" ", statements)), ContentKinds.Topic, kq, "", topic.Id);

        foreach (var r in file.Recommendations) yield return Item(r.Id, ContentKinds.Recommendation, "", Plain(r.Text), "", r.Service);
        foreach (var e in file.Examples ?? []) yield return Item(e.Id, ContentKinds.Example, e.Title, Plain(e.Text), e.Setting ?? "", e.Service);
        foreach (var i in file.Insights ?? []) yield return Item(i.Id, ContentKinds.Insight, "", i.Text, i.From ?? "", "");
        foreach (var c in file.CaseStudies ?? []) yield return Item(c.Id, ContentKinds.CaseStudy, c.Title, Plain(c.Body), c.Setting ?? "", c.Service);
        foreach (var s in (file.TellingSigns?.Good ?? []).Concat(file.TellingSigns?.Poor ?? []))
        {
            // The side's heading is searchable with the sign, so "outstanding" finds what people say in good services.
            var side = file.TellingSigns?.Good?.Contains(s) == true ? words.SignsGoodHeading : words.SignsPoorHeading;
            yield return Item(s.Id, ContentKinds.TellingSign, "", s.Text, Join(Speaker(s.Speaker), s.Context ?? "", side), "");
        }
        foreach (var a in file.Avoid ?? []) yield return Item(a.Id, ContentKinds.Avoid, "", Plain(a.Text), "", a.Service);
    }

    private string Speaker(string id) => taxonomy.Speakers.TryGetValue(id, out var d) ? d.Label : id;

    private string Plain(string markdown) =>
        PlainText.Of(Mention().Replace(markdown, m => titles.GetValueOrDefault(m.Groups[1].Value, m.Value)));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w@\]])@([a-z0-9]+(?:-[a-z0-9]+)*)(?:#[a-z0-9-]+)?")]
    private static partial System.Text.RegularExpressions.Regex Mention();

    private static string Join(params string[] parts) => string.Join(" ", parts.Where(p => p.Length > 0));
}
