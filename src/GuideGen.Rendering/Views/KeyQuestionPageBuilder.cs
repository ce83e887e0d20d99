using GuideGen.Core.Model;
using GuideGen.Core.Output;

namespace GuideGen.Rendering.Views;

/// <summary>A key question's page: its introduction, its KLOEs with their topics, and its key recommendations.</summary>
internal sealed class KeyQuestionPageBuilder(ViewContext views)
{
    /// <param name="index">The key question's place in the guide, for its previous and next links.</param>
    public RenderJob Build(KeyQuestion kq, int index)
    {
        var path = SitePaths.KeyQuestion(kq.Id);
        var linker = views.Linker(path);
        var definition = kq.Definition;
        var kloes = kq.Kloes.Select(k => new KloeView(k.Definition.Code, k.Definition.Title, k.Definition.Question,
            k.Topics.Select(t => new TopicCard(t.File.Title, t.File.Summary, SitePaths.Relative(path, SitePaths.Topic(t.Id)),
                t.File.Recommendations.Count, t.File.Examples?.Count ?? 0)).ToList())).ToList();
        var topicsById = kq.Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var keyRecommendations = (kq.File.KeyRecommendations ?? [])
            .Where(g => topicsById.ContainsKey(g.Topic))
            .Select(g => new KeyRecommendationView(topicsById[g.Topic].File.Title, topicsById[g.Topic].Kloe.Code,
                SitePaths.Relative(path, SitePaths.Topic(g.Topic)), g.Points))
            .ToList();
        var all = views.Guide.KeyQuestions;
        var view = new KeyQuestionView
        {
            Id = kq.Id,
            Letter = definition.Letter,
            Title = definition.Title,
            Question = definition.Question,
            Summary = kq.File.Summary,
            IntroHtml = views.RenderMarkdown(kq.File.Intro, kq.File, nameof(kq.File.Intro), path, glossary: linker),
            Kloes = kloes,
            KeyRecommendations = keyRecommendations,
            Previous = index > 0 ? ViewContext.KeyQuestionLink(all[index - 1].Definition, path) : null,
            Next = index < all.Count - 1 ? ViewContext.KeyQuestionLink(all[index + 1].Definition, path) : null,
        };
        return new RenderJob("key-question", ViewContext.WithTips(views.Frame(definition.Title, kq.File.Summary, "key-question", path, [], kq.Id), linker), view);
    }
}
