using GuideGen.Core.Diagnostics;
using GuideGen.Core.Model;
using GuideGen.Core.Output;
using GuideGen.Rendering.Output;

namespace GuideGen.Rendering.Views;

/// <summary>
/// Turns the guide model into one <see cref="RenderJob"/> per output page: view models with text in
/// display order and Markdown already rendered, so templates only lay things out. Each kind of page has
/// its own builder (<c>TopicPageBuilder</c>, <c>CardsPageBuilder</c>…), sharing one <see cref="ViewContext"/>;
/// this class plans the pages and keeps the views of unchanged topics (<see cref="ViewMemo"/>).
/// </summary>
public sealed class PageViewBuilder
{
    private readonly ViewContext views;
    private readonly IReadOnlyDictionary<string, LinkTarget> targets;
    private readonly DiagnosticBag diagnostics;
    private readonly ViewMemo? memo;

    /// <param name="memo">Views kept from the previous build of this process (the preview server); null builds every view.</param>
    public PageViewBuilder(Guide guide, IReadOnlyDictionary<string, LinkTarget> targets, DiagnosticBag diagnostics, ViewMemo? memo = null)
    {
        this.targets = targets;
        this.diagnostics = diagnostics;
        this.memo = memo;
        views = new ViewContext(guide, targets, diagnostics);
    }

    /// <summary>Up to this many topics, every page's menu lists them all.</summary>
    public const int MaxTopicsInMenu = PageFrameBuilder.MaxTopicsInMenu;

    /// <summary>
    /// Every page of the site, each with its view still to build: a page's view is built just before the
    /// page is rendered and let go just after, so that a large guide never holds every view at once.
    /// </summary>
    public IReadOnlyList<PendingPage> PlanAll()
    {
        var guide = views.Guide;
        var topics = views.Topics;
        memo?.UseShared(SharedViewInputs.Of(guide), targets);
        var keyQuestion = new KeyQuestionPageBuilder(views);
        var topic = new TopicPageBuilder(views);
        var freePage = new FreePageBuilder(views);
        var cards = new CardsPageBuilder(views);
        var supervision = new SupervisionPageBuilder(views);
        var statements = new QualityStatementsBuilder(views);

        var pages = new List<PendingPage> { new("home", new HomeBuilder(views).Build) };
        pages.AddRange(guide.KeyQuestions.Select((kq, i) => new PendingPage("key-question", () => keyQuestion.Build(kq, i))));
        pages.AddRange(topics.Select((t, i) => new PendingPage("topic", () => Memoised(SitePaths.Topic(t.Id), TopicInputs(t, i), () => topic.Build(t, i)))));
        pages.AddRange(guide.Pages.Select(p => new PendingPage("page", () => freePage.Build(p))));
        if (guide.Glossary is { } glossary) pages.Add(new("glossary", () => new GlossaryBuilder(views).Build(glossary)));
        if (views.WhatsNew is { } whatsNew) pages.Add(new("whats-new", () => whatsNew.Page(
            views.Frame("What's new", $"What each edition of {guide.Config.Title} added, changed or removed.", "whats-new", SitePaths.WhatsNew, [], null))));
        pages.Add(new("search", new SearchPageBuilder(views).Build));
        pages.Add(new("framework", new KloeIndexBuilder(views).Build));
        pages.Add(new("pack-builder", new PackBuilderPageBuilder(views).Build));
        pages.AddRange(topics.Where(CardsPageBuilder.HasCards).Select(t => new PendingPage("cards", () => Memoised(SitePaths.Cards(t.Id), TopicInputs(t, null), () => cards.Build(t)))));
        pages.AddRange(guide.KeyQuestions.SelectMany(k => k.Kloes).Where(SupervisionPageBuilder.HasSheet).Select(k => new PendingPage("supervision", () => supervision.Build(k))));
        if (statements.HasPage) pages.Add(new("framework", statements.Build));
        if (views.HasAssessment) pages.Add(new("assessment", new AssessmentPageBuilder(views).Build));
        return pages;
    }

    /// <summary>The training packs defined in content, given each topic's rendered blocks (topic id → block id → HTML, trimmed).</summary>
    public IReadOnlyList<RenderJob> PackPages(IReadOnlyDictionary<string, TopicBlocks> blocks) => new PackPagesBuilder(views).Build(blocks);

    /// <summary>
    /// The whole guide, and each key question, gathered into one printable document (what `guidegen pdf` prints).
    /// Each topic's section stands in the views as a <see cref="SplicedPage"/> stand-in for <see cref="PrintBooks.Sections"/>.
    /// </summary>
    public PrintBooks PrintPages(IReadOnlyDictionary<string, TopicBlocks> blocks) => new PrintBooksBuilder(views).Build(blocks);

    private RenderJob Memoised(string path, object inputs, Func<RenderJob> build) =>
        memo is null ? build() : memo.GetOrBuild(path, inputs, diagnostics, build);

    /// <summary>What a topic's own pages are built from besides the shared inputs; <paramref name="index"/> adds its neighbours (previous and next links).</summary>
    private object TopicInputs(Topic topic, int? index)
    {
        var topics = views.Topics;
        string? Neighbour(int at) => index is null || at < 0 || at >= topics.Count ? null : topics[at].Id + "\n" + topics[at].Label;
        return (topic.File, topic.Kloe, topic.KeyQuestion, Neighbour(index - 1 ?? -1), Neighbour(index + 1 ?? -1));
    }
}
