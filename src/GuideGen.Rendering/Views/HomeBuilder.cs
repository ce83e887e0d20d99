using GuideGen.Core.Output;

namespace GuideGen.Rendering.Views;

/// <summary>The home page: a card per key question with its topics, the audiences, and the note on the current edition.</summary>
internal sealed class HomeBuilder(ViewContext views)
{
    public RenderJob Build()
    {
        const string path = SitePaths.Home;
        var guide = views.Guide;
        var cards = guide.KeyQuestions.Select(kq => new KeyQuestionCard(
            kq.Definition.Letter, kq.Definition.Title, kq.Definition.Question, kq.File.Summary,
            SitePaths.Relative(path, SitePaths.KeyQuestion(kq.Id)),
            kq.Topics.Select(t => new LinkView(t.Label, SitePaths.Relative(path, SitePaths.Topic(t.Id)))).ToList())).ToList();
        var audiences = (guide.Config.Audiences ?? [])
            .Select(a => views.Links.Resolve(a.Link, a.SpanOf(nameof(a.Link)), path) is { } r ? new AudienceView(a.Title, a.Description, r.Href) : null)
            .OfType<AudienceView>()
            .ToList();
        var itemCount = views.Topics.Sum(t => t.File.Items().Count());
        return new RenderJob("home", views.Frame(guide.Config.Title, guide.Config.Description, "home", path, [], null),
            new HomeView(cards, audiences, views.Topics.Count, itemCount, views.AssessmentHref(path), views.WhatsNew?.Notice(path)));
    }
}
