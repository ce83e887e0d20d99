using GuideGen.Core.Model;
using GuideGen.Core.Output;

namespace GuideGen.Rendering.Views;

/// <summary>A topic's discussion cards: its telling signs and practical examples, to print, cut out and discuss.</summary>
internal sealed class CardsPageBuilder(ViewContext views)
{
    /// <summary>Whether the topic has anything to make cards of; a topic without has no cards page.</summary>
    public static bool HasCards(Topic topic) =>
        topic.File.Examples is { Count: > 0 } || topic.File.TellingSigns?.Good is { Count: > 0 } || topic.File.TellingSigns?.Poor is { Count: > 0 };

    public RenderJob Build(Topic topic)
    {
        var path = SitePaths.Cards(topic.Id);
        var file = topic.File;
        var cards = new List<CardView>();
        cards.AddRange(views.Signs(file.TellingSigns?.Good).Select(s => new CardView("good-sign", "Heard in a good service", null, System.Net.WebUtility.HtmlEncode(s.Text), s.Speaker, null)));
        cards.AddRange(views.Signs(file.TellingSigns?.Poor).Select(s => new CardView("poor-sign", "Heard in a service that needs to improve", null, System.Net.WebUtility.HtmlEncode(s.Text), s.Speaker, null)));
        cards.AddRange((file.Examples ?? []).Select(e => new CardView("example", "Practical example", e.Title,
            views.RenderMarkdown(e.Text, e, nameof(e.Text), path), e.Setting, views.Badge(e.Service))));
        var title = $"Discussion cards: {topic.Label}";
        var crumbs = new List<LinkView> { ViewContext.KeyQuestionLink(topic.KeyQuestion, path), ViewContext.TopicLink(topic, path) };
        return new RenderJob("cards", views.Frame(title, "Telling signs and examples to print, cut out and discuss in a group.", "cards", path, crumbs, topic.KeyQuestion.Id),
            new CardsView(file.Title, topic.Kloe.Code, ViewContext.TopicLink(topic, path), cards));
    }
}
