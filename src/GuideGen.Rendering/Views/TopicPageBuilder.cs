using GuideGen.Core.Model;
using GuideGen.Core.Output;

namespace GuideGen.Rendering.Views;

/// <summary>A topic's page: every block of the topic, with Markdown rendered and glossary terms linked, and its neighbours.</summary>
internal sealed class TopicPageBuilder(ViewContext views)
{
    /// <param name="index">The topic's place in the guide, for its previous and next links.</param>
    public RenderJob Build(Topic topic, int index)
    {
        var path = SitePaths.Topic(topic.Id);
        var file = topic.File;
        var topics = views.Topics;
        var linker = views.Linker(path);
        // Markdown is rendered in the order these fields are set, and the glossary links a term only where
        // it is first rendered (and lists its tips in that order): moving a field changes the page.
        var view = new TopicView
        {
            Id = topic.Id,
            Title = file.Title,
            KloeCode = topic.Kloe.Code,
            KloeTitle = topic.Kloe.Title,
            KloeQuestion = topic.Kloe.Question,
            KeyQuestion = ViewContext.KeyQuestionLink(topic.KeyQuestion, path),
            Summary = file.Summary,
            IntroHtml = Render(file.Intro, file, nameof(file.Intro)),
            QualityStatements = (file.QualityStatements ?? []).Select(q => new LinkView(
                views.Taxonomy.QualityStatements.TryGetValue(q, out var d) ? d.Title : q, SitePaths.Relative(path, SitePaths.QualityStatements, q))).ToList(),
            Sections = Sections(file),
            Recommendations = file.Recommendations.Select(r => new ItemView(r.Id, Render(r.Text, r, nameof(r.Text), inline: true), views.Badge(r.Service))).ToList(),
            Examples = (file.Examples ?? []).Select(e => new ExampleView(e.Id, e.Title, e.Setting, Render(e.Text, e, nameof(e.Text)), views.Badge(e.Service))).ToList(),
            Insights = (file.Insights ?? []).Select(i => new InsightView(i.Id, i.Text, i.From)).ToList(),
            CaseStudies = (file.CaseStudies ?? []).Select(c => new CaseStudyView(c.Id, c.Title, c.Setting, Render(c.Body, c, nameof(c.Body)), views.Badge(c.Service))).ToList(),
            GoodSigns = views.Signs(file.TellingSigns?.Good),
            PoorSigns = views.Signs(file.TellingSigns?.Poor),
            Avoid = (file.Avoid ?? []).Select(a => new ItemView(a.Id, Render(a.Text, a, nameof(a.Text), inline: true), views.Badge(a.Service))).ToList(),
            Resources = (file.Resources ?? []).Select(r => new ResourceView(r.Title, r.Publisher, r.Url, r.Format)).ToList(),
            Previous = index > 0 ? ViewContext.TopicLink(topics[index - 1], path) : null,
            Next = index < topics.Count - 1 ? ViewContext.TopicLink(topics[index + 1], path) : null,
            Cards = CardsPageBuilder.HasCards(topic) ? new LinkView("Discussion cards", SitePaths.Relative(path, SitePaths.Cards(topic.Id))) : null,
            Supervision = new LinkView($"Supervision sheet for {topic.Kloe.Code}", SitePaths.Relative(path, SitePaths.Supervision(topic.Kloe.Code))),
        };
        var crumbs = new List<LinkView> { ViewContext.KeyQuestionLink(topic.KeyQuestion, path) };
        return new RenderJob("topic", ViewContext.WithTips(views.Frame(topic.Label, file.Summary, "topic", path, crumbs, topic.KeyQuestion.Id, topic.Id), linker), view);

        string Render(string text, Core.Yaml.Located owner, string property, bool inline = false) =>
            views.RenderMarkdown(text, owner, property, path, inline, linker);
    }

    /// <summary>The "on this page" list: each section the topic has, with how many entries it holds.</summary>
    private IReadOnlyList<SectionLink> Sections(TopicFile file)
    {
        var counts = new (TopicSections.Section Section, int Count)[]
        {
            (TopicSections.Recommendations, file.Recommendations.Count),
            (TopicSections.Examples, file.Examples?.Count ?? 0),
            (TopicSections.Insights, file.Insights?.Count ?? 0),
            (TopicSections.CaseStudies, file.CaseStudies?.Count ?? 0),
            (TopicSections.TellingSigns, (file.TellingSigns?.Good?.Count ?? 0) + (file.TellingSigns?.Poor?.Count ?? 0)),
            (TopicSections.Avoid, file.Avoid?.Count ?? 0),
            (TopicSections.Resources, file.Resources?.Count ?? 0),
        };
        return counts.Where(c => c.Count > 0)
            .Select(c => new SectionLink(c.Section.Id, c.Section == TopicSections.Recommendations ? views.Words.RecommendationsHeading : c.Section.Title, c.Count))
            .ToList();
    }
}
