using System.Collections.Concurrent;
using GuideGen.Core.Model;
using GuideGen.Core.Output;

namespace GuideGen.Rendering.Views;

/// <summary>What every page shares (<see cref="PageFrame"/>): breadcrumbs, the menu and the footer links.</summary>
internal sealed class PageFrameBuilder(ViewContext views)
{
    /// <summary>Up to this many topics, every page's menu lists them all.</summary>
    public const int MaxTopicsInMenu = 150;

    private readonly ConcurrentDictionary<(string Scope, string? KeyQuestion, string? Topic), IReadOnlyList<NavKeyQuestion>> navs = new();

    private Guide Guide => views.Guide;

    public PageFrame Frame(string title, string description, string kind, string path, IReadOnlyList<LinkView> crumbs, string? keyQuestionId, string? topicId = null)
    {
        var breadcrumbs = kind == "home" ? [] : crumbs.Prepend(new LinkView("Home", SitePaths.Relative(path, SitePaths.Home))).ToList();
        return new PageFrame
        {
            Title = title,
            Description = description,
            Kind = kind,
            Path = path,
            Root = SitePaths.RootPrefix(path),
            Breadcrumbs = breadcrumbs,
            Nav = Nav(path, keyQuestionId, topicId),
            FooterLinks = Footer(path),
        };
    }

    private IReadOnlyList<NavKeyQuestion> Nav(string path, string? keyQuestionId, string? topicId)
    {
        // The "All topics" menu lists every topic while that is a readable list; a large guide lists its
        // KLOEs instead, so that no page carries (and no build renders) a menu the size of the guide.
        var listTopics = views.Topics.Count <= MaxTopicsInMenu;
        // One list for all pages in the same folder with the same current key question and topic: the
        // header is then rendered once for all of them (see Templates.PartialOutputs). A key question's
        // own page links its KLOEs as anchors on itself, so it has a list of its own.
        var linksToItself = Guide.KeyQuestions.Any(kq => SitePaths.KeyQuestion(kq.Id) == path);
        var scope = linksToItself || !path.Contains('/') ? path : path[..path.LastIndexOf('/')];
        return navs.GetOrAdd((scope, keyQuestionId, listTopics ? topicId : null), _ => Guide.KeyQuestions.Select(kq => new NavKeyQuestion(
            kq.Definition.Letter, kq.Definition.Title, SitePaths.Relative(path, SitePaths.KeyQuestion(kq.Id)), kq.Id == keyQuestionId,
            listTopics
                ? kq.Topics.Select(t => new NavTopic(t.Kloe.Code, t.File.Title, SitePaths.Relative(path, SitePaths.Topic(t.Id)), t.Id == topicId)).ToList()
                : kq.Kloes.Select(k => new NavTopic(k.Definition.Code, k.Definition.Title,
                    SitePaths.Relative(path, SitePaths.KeyQuestion(kq.Id), k.Definition.Code.ToLowerInvariant()), false)).ToList())).ToList());
    }

    private List<LinkView> Footer(string path)
    {
        var words = views.Words;
        var footer = Guide.Pages.Select(p => new LinkView(p.Front.Title, SitePaths.Relative(path, SitePaths.Page(p.Id)))).ToList();
        if (Guide.Glossary is not null) footer.Add(new LinkView("Glossary", SitePaths.Relative(path, SitePaths.Glossary)));
        if (Guide.Changes is not null) footer.Add(new LinkView("What's new", SitePaths.Relative(path, SitePaths.WhatsNew)));
        footer.Add(new LinkView(SiteWords.Capitalised(words.Kloes), SitePaths.Relative(path, SitePaths.Kloes)));
        if (Guide.Config.QualityStatements is { Count: > 0 }) footer.Add(new LinkView(SiteWords.Capitalised(words.Statements), SitePaths.Relative(path, SitePaths.QualityStatements)));
        if (views.HasAssessment) footer.Add(new LinkView("Self-assessment", SitePaths.Relative(path, SitePaths.Assessment)));
        footer.Add(new LinkView("Training packs", SitePaths.Relative(path, SitePaths.PackBuilder)));
        footer.Add(new LinkView("Search", SitePaths.Relative(path, SitePaths.Search)));
        return footer;
    }
}
