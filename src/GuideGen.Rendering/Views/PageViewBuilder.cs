using GuideGen.Core.Output;
using GuideGen.Core.Diagnostics;
using GuideGen.Core.Model;
using GuideGen.Rendering.Markdown;
using GuideGen.Rendering.Output;

namespace GuideGen.Rendering.Views;

/// <summary>
/// Turns the guide model into one <see cref="RenderJob"/> per output page: view models with text in
/// display order and Markdown already rendered, so templates only lay things out.
/// </summary>
public sealed class PageViewBuilder
{
    private readonly Guide guide;
    private readonly Taxonomy taxonomy;
    private readonly MarkdownRenderer markdown;
    private readonly LinkResolver links;
    private readonly IReadOnlyList<Topic> topics;
    private readonly GlossaryTerms glossaryTerms;
    private readonly IReadOnlyDictionary<string, LinkTarget> targets;
    private readonly DiagnosticBag diagnostics;
    private readonly ViewMemo? memo;
    private readonly SiteWords words;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Scope, string? KeyQuestion, string? Topic), IReadOnlyList<NavKeyQuestion>> navs = new();

    /// <param name="memo">Views kept from the previous build of this process (the preview server); null builds every view.</param>
    public PageViewBuilder(Guide guide, IReadOnlyDictionary<string, LinkTarget> targets, DiagnosticBag diagnostics, ViewMemo? memo = null)
    {
        this.guide = guide;
        words = guide.Config.Vocabulary;
        this.targets = targets;
        this.diagnostics = diagnostics;
        this.memo = memo;
        taxonomy = new Taxonomy(guide.Config);
        links = new LinkResolver(targets, diagnostics);
        markdown = new MarkdownRenderer(links, diagnostics, RawHtmlPolicy.From(guide.Config.RawHtml));
        topics = guide.Topics.ToList();
        glossaryTerms = new GlossaryTerms(guide.Glossary, text => Markdig.Markdown.ToPlainText(text).Trim().ReplaceLineEndings(" "));
    }

    /// <summary>
    /// Every page of the site, each with its view still to build: a page's view is built just before the
    /// page is rendered and let go just after, so that a large guide never holds every view at once.
    /// </summary>
    public IReadOnlyList<PendingPage> PlanAll()
    {
        memo?.UseShared(SharedViewInputs.Of(guide), targets);
        var pages = new List<PendingPage> { new("home", Home) };
        pages.AddRange(guide.KeyQuestions.Select((kq, i) => new PendingPage("key-question", () => KeyQuestionPage(kq, i))));
        pages.AddRange(topics.Select((t, i) => new PendingPage("topic", () => Memoised(SitePaths.Topic(t.Id), TopicInputs(t, i), () => TopicPage(t, i)))));
        pages.AddRange(guide.Pages.Select(p => new PendingPage("page", () => FreePage(p))));
        if (guide.Glossary is { } glossary) pages.Add(new("glossary", () => GlossaryPage(glossary)));
        if (WhatsNew is { } whatsNew) pages.Add(new("whats-new", () => whatsNew.Page(
            Frame("What's new", $"What each edition of {guide.Config.Title} added, changed or removed.", "whats-new", SitePaths.WhatsNew, [], null))));
        pages.Add(new("search", SearchPage));
        pages.Add(new("framework", KloeIndexPage));
        pages.Add(new("pack-builder", PackBuilderPage));
        pages.AddRange(topics.Where(HasCards).Select(t => new PendingPage("cards", () => Memoised(SitePaths.Cards(t.Id), TopicInputs(t, null), () => CardsPage(t)))));
        pages.AddRange(guide.KeyQuestions.SelectMany(k => k.Kloes).Where(k => k.Topics.Count > 0).Select(k => new PendingPage("supervision", () => SupervisionPage(k))));
        if (guide.Config.QualityStatements is { Count: > 0 }) pages.Add(new("framework", QualityStatementIndexPage));
        if (HasAssessment) pages.Add(new("assessment", AssessmentPage));
        return pages;
    }

    private RenderJob Memoised(string path, object inputs, Func<RenderJob> build) =>
        memo is null ? build() : memo.GetOrBuild(path, inputs, diagnostics, build);

    /// <summary>What a topic's own pages are built from besides the shared inputs; <paramref name="index"/> adds its neighbours (previous and next links).</summary>
    private object TopicInputs(Topic topic, int? index)
    {
        string? Neighbour(int at) => index is null || at < 0 || at >= topics.Count ? null : topics[at].Id + "\n" + topics[at].Label;
        return (topic.File, topic.Kloe, topic.KeyQuestion, Neighbour(index - 1 ?? -1), Neighbour(index + 1 ?? -1));
    }

    private RenderJob Home()
    {
        const string path = SitePaths.Home;
        var cards = guide.KeyQuestions.Select(kq => new KeyQuestionCard(
            kq.Definition.Letter, kq.Definition.Title, kq.Definition.Question, kq.File.Summary,
            SitePaths.Relative(path, SitePaths.KeyQuestion(kq.Id)),
            kq.Topics.Select(t => new LinkView(t.Label, SitePaths.Relative(path, SitePaths.Topic(t.Id)))).ToList())).ToList();
        var audiences = (guide.Config.Audiences ?? [])
            .Select(a => links.Resolve(a.Link, a.SpanOf(nameof(a.Link)), path) is { } r ? new AudienceView(a.Title, a.Description, r.Href) : null)
            .OfType<AudienceView>()
            .ToList();
        var itemCount = topics.Sum(t => t.File.Items().Count());
        return new RenderJob("home", Frame(guide.Config.Title, guide.Config.Description, "home", path, [], null),
            new HomeView(cards, audiences, topics.Count, itemCount, HasAssessment ? SitePaths.Relative(path, SitePaths.Assessment) : null, WhatsNew?.Notice(path)));
    }

    private RenderJob KeyQuestionPage(KeyQuestion kq, int index)
    {
        var path = SitePaths.KeyQuestion(kq.Id);
        var kqLinker = new GlossaryLinker(glossaryTerms, path);
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
        var all = guide.KeyQuestions;
        var view = new KeyQuestionView(kq.Id, definition.Letter, definition.Title, definition.Question, kq.File.Summary,
            RenderMarkdown(kq.File.Intro, kq.File, nameof(kq.File.Intro), path, glossary: kqLinker),
            kloes, keyRecommendations,
            index > 0 ? new LinkView(all[index - 1].Definition.Title, SitePaths.Relative(path, SitePaths.KeyQuestion(all[index - 1].Id))) : null,
            index < all.Count - 1 ? new LinkView(all[index + 1].Definition.Title, SitePaths.Relative(path, SitePaths.KeyQuestion(all[index + 1].Id))) : null);
        return new RenderJob("key-question", WithTips(Frame(definition.Title, kq.File.Summary, "key-question", path, [], kq.Id), kqLinker), view);
    }

    private RenderJob TopicPage(Topic topic, int index)
    {
        var path = SitePaths.Topic(topic.Id);
        var file = topic.File;
        var linker = new GlossaryLinker(glossaryTerms, path);
        var view = new TopicView(
            topic.Id, file.Title, topic.Kloe.Code, topic.Kloe.Title, topic.Kloe.Question,
            new LinkView(topic.KeyQuestion.Title, SitePaths.Relative(path, SitePaths.KeyQuestion(topic.KeyQuestion.Id))),
            file.Summary,
            RenderMarkdown(file.Intro, file, nameof(file.Intro), path, glossary: linker),
            (file.QualityStatements ?? []).Select(q => new LinkView(taxonomy.QualityStatements.TryGetValue(q, out var d) ? d.Title : q,
                SitePaths.Relative(path, SitePaths.QualityStatements, q))).ToList(),
            Sections(file),
            file.Recommendations.Select(r => new ItemView(r.Id, RenderMarkdown(r.Text, r, nameof(r.Text), path, inline: true, glossary: linker), Badge(r.Service))).ToList(),
            (file.Examples ?? []).Select(e => new ExampleView(e.Id, e.Title, e.Setting, RenderMarkdown(e.Text, e, nameof(e.Text), path, glossary: linker), Badge(e.Service))).ToList(),
            (file.Insights ?? []).Select(i => new InsightView(i.Id, i.Text, i.From)).ToList(),
            (file.CaseStudies ?? []).Select(c => new CaseStudyView(c.Id, c.Title, c.Setting, RenderMarkdown(c.Body, c, nameof(c.Body), path, glossary: linker), Badge(c.Service))).ToList(),
            Signs(file.TellingSigns?.Good),
            Signs(file.TellingSigns?.Poor),
            (file.Avoid ?? []).Select(a => new ItemView(a.Id, RenderMarkdown(a.Text, a, nameof(a.Text), path, inline: true, glossary: linker), Badge(a.Service))).ToList(),
            (file.Resources ?? []).Select(r => new ResourceView(r.Title, r.Publisher, r.Url, r.Format)).ToList(),
            index > 0 ? TopicLink(topics[index - 1], path) : null,
            index < topics.Count - 1 ? TopicLink(topics[index + 1], path) : null,
            HasCards(topic) ? new LinkView("Discussion cards", SitePaths.Relative(path, SitePaths.Cards(topic.Id))) : null,
            new LinkView($"Supervision sheet for {topic.Kloe.Code}", SitePaths.Relative(path, SitePaths.Supervision(topic.Kloe.Code))));
        var crumbs = new List<LinkView> { new(topic.KeyQuestion.Title, SitePaths.Relative(path, SitePaths.KeyQuestion(topic.KeyQuestion.Id))) };
        return new RenderJob("topic", WithTips(Frame(topic.Label, file.Summary, "topic", path, crumbs, topic.KeyQuestion.Id, topic.Id), linker), view);
    }

    private RenderJob FreePage(Page page)
    {
        var path = SitePaths.Page(page.Id);
        var linker = new GlossaryLinker(glossaryTerms, path);
        var body = markdown.Render(MarkdownSource.FromPage(page.Body, page.SourcePath, page.BodyLineOffset), path, glossary: linker);
        return new RenderJob("page", WithTips(Frame(page.Front.Title, page.Front.Summary, "page", path, [], null), linker),
            new PageView(page.Id, page.Front.Title, page.Front.Summary, body));
    }

    private WhatsNewBuilder? WhatsNew => whatsNew ??= guide.Changes is { } changes
        ? new WhatsNewBuilder(changes, guide.Config, links, (text, owner, property, path, inline) => RenderMarkdown(text, owner, property, path, inline))
        : null;

    private WhatsNewBuilder? whatsNew;

    private RenderJob GlossaryPage(Glossary glossary)
    {
        const string path = SitePaths.Glossary;
        var letters = glossary.Entries
            .GroupBy(e => LinkTargetIndex.InitialOf(e.Term.Term))
            .Select(g => new GlossaryLetter(g.Key, LinkTargetIndex.LetterAnchor(g.Key), g.Select(e => new GlossaryEntryView(e.Id, e.Term.Term, e.Term.Aliases ?? [],
                RenderMarkdown(e.Term.Meaning, e.Term, nameof(e.Term.Meaning), path))).ToList()))
            .ToList();
        return new RenderJob("glossary", Frame("Glossary", "The words and abbreviations used in adult social care, explained.", "glossary", path, [], null),
            new GlossaryView(letters));
    }

    /// <summary>Up to this many topics, every page's menu lists them all.</summary>
    public const int MaxTopicsInMenu = 150;

    private bool HasAssessment => guide.Checklists.Count > 0 && guide.Config.Assessment is not null;

    private RenderJob AssessmentPage()
    {
        const string path = SitePaths.Assessment;
        var view = new AssessmentPageView(guide.Checklists.Count, guide.Checklists.Sum(c => c.File.Items.Count), guide.Config.QualityStatements?.Count ?? 0);
        var frame = Frame("Self-assessment", "Check your service against the guide and plan improvements.", "assessment", path, [], null) with
        {
            Scripts = [SitePaths.AssessmentData, .. BrowserScripts.Assessment],
        };
        return new RenderJob("assessment", frame, view);
    }

    private RenderJob PackBuilderPage()
    {
        const string path = SitePaths.PackBuilder;
        var frame = Frame("Training packs", "Build a handout from the guide: pick topics and blocks, add notes, print.", "packs", path, [], null) with
        {
            Scripts = [SitePaths.PacksData, .. BrowserScripts.Packs],
        };
        return new RenderJob("pack-builder", frame, new PackBuilderView(guide.Packs
            .OrderBy(p => p.File.Title, StringComparer.OrdinalIgnoreCase)
            .Select(p => new PackLink(p.File.Title, p.File.Summary, SitePaths.Relative(path, SitePaths.Pack(p.Id)))).ToList()));
    }

    /// <summary>The training packs defined in content, given each topic's rendered blocks (topic id → block id → HTML, trimmed).</summary>
    public IReadOnlyList<RenderJob> PackPages(IReadOnlyDictionary<string, TopicBlocks> blocks)
    {
        var byId = topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        return guide.Packs.Select(pack =>
        {
            var path = SitePaths.Pack(pack.Id);
            var file = pack.File;
            var sections = file.Topics.Where(byId.ContainsKey).Select(id => byId[id]).Select(t => new PackSection(t.Id, t.Kloe.Code, t.File.Title,
                SitePaths.Relative(path, SitePaths.Topic(t.Id)),
                IdPrefixer.Prefix(blocks[t.Id].Select(file.Blocks), t.Id))).ToList();
            var crumbs = new List<LinkView> { new("Training packs", SitePaths.Relative(path, SitePaths.PackBuilder)) };
            var notes = file.Notes is { } n ? RenderMarkdown(n, file, nameof(file.Notes), path) : "";
            var service = file.Service is { } code && taxonomy.ServiceTypes.TryGetValue(code, out var d) ? d.Label : null;
            return new RenderJob("pack", Frame(file.Title, file.Summary, "pack", path, crumbs, null),
                new PackView(file.Title, file.Summary, notes, file.Service, service, sections));
        }).ToList();
    }

    /// <summary>
    /// The whole guide, and each key question, gathered into one printable document (what `guidegen pdf` prints).
    /// Each topic's section stands in the views as a <see cref="SplicedPage"/> stand-in for <see cref="PrintBooks.Sections"/>.
    /// </summary>
    public PrintBooks PrintPages(IReadOnlyDictionary<string, TopicBlocks> blocks)
    {
        // Every print book lives in print/, so one key question's part serves both the whole-guide book
        // and its own book; each topic's section is built once, in parallel, and goes from the prefixing
        // pass's buffer straight to the UTF-8 that is spliced into the books (never a string of its own).
        var sections = new byte[topics.Count][];
        Core.Parallelism.For(topics.Count, i => sections[i] = IdPrefixer.Prefix(blocks[topics[i].Id].All.Select(b => b.Html), topics[i].Id, Templates.HtmlIndentation.RemoveToUtf8));
        var sectionOf = topics.Select((t, i) => new PackSection(t.Id, t.Kloe.Code, t.File.Title, SitePaths.Relative(SitePaths.PrintGuide, SitePaths.Topic(t.Id)),
                sections[i].Length > 0 ? SplicedPage.StandIn(i) : ""))
            .ToDictionary(s => s.Id, StringComparer.Ordinal);
        var kqs = guide.KeyQuestions.ToList();
        var parts = kqs.Select(kq => new PrintPart(kq.Id, kq.Definition.Title,
            RenderMarkdown(kq.File.Intro, kq.File, nameof(kq.File.Intro), SitePaths.PrintGuide),
            kq.Topics.Select(t => sectionOf[t.Id]).ToList())).ToList();

        var jobs = new List<RenderJob>();
        jobs.Add(new RenderJob("print-book", Frame(guide.Config.Title, "The whole guide in one document, for printing.", "print", SitePaths.PrintGuide, [], null),
            new PrintBookView(guide.Config.Title, guide.Config.Description, parts)));
        foreach (var (kq, part) in kqs.Zip(parts))
        {
            var path = SitePaths.PrintKeyQuestion(kq.Id);
            jobs.Add(new RenderJob("print-book", Frame($"{kq.Definition.Title}: {guide.Config.Title}", kq.File.Summary, "print", path, [], kq.Id),
                new PrintBookView(kq.Definition.Title, kq.Definition.Question, [part])));
        }
        return new PrintBooks(jobs, sections);
    }

    private static bool HasCards(Topic topic) =>
        topic.File.Examples is { Count: > 0 } || topic.File.TellingSigns?.Good is { Count: > 0 } || topic.File.TellingSigns?.Poor is { Count: > 0 };

    private RenderJob CardsPage(Topic topic)
    {
        var path = SitePaths.Cards(topic.Id);
        var file = topic.File;
        var cards = new List<CardView>();
        cards.AddRange(Signs(file.TellingSigns?.Good).Select(s => new CardView("good-sign", "Heard in a good service", null, System.Net.WebUtility.HtmlEncode(s.Text), s.Speaker, null)));
        cards.AddRange(Signs(file.TellingSigns?.Poor).Select(s => new CardView("poor-sign", "Heard in a service that needs to improve", null, System.Net.WebUtility.HtmlEncode(s.Text), s.Speaker, null)));
        cards.AddRange((file.Examples ?? []).Select(e => new CardView("example", "Practical example", e.Title, RenderMarkdown(e.Text, e, nameof(e.Text), path), e.Setting, Badge(e.Service))));
        var title = $"Discussion cards: {topic.Label}";
        var crumbs = new List<LinkView>
        {
            new(topic.KeyQuestion.Title, SitePaths.Relative(path, SitePaths.KeyQuestion(topic.KeyQuestion.Id))),
            new(topic.Label, SitePaths.Relative(path, SitePaths.Topic(topic.Id))),
        };
        return new RenderJob("cards", Frame(title, "Telling signs and examples to print, cut out and discuss in a group.", "cards", path, crumbs, topic.KeyQuestion.Id),
            new CardsView(file.Title, topic.Kloe.Code, new LinkView(topic.Label, SitePaths.Relative(path, SitePaths.Topic(topic.Id))), cards));
    }

    private RenderJob SupervisionPage(Kloe kloe)
    {
        var path = SitePaths.Supervision(kloe.Definition.Code);
        var checklist = guide.Checklists.FirstOrDefault(c => c.Kloe.Code == kloe.Definition.Code);
        // Prompts: the checklist's practice statements, or the topics' recommendations when there is no checklist.
        var prompts = checklist is not null
            ? checklist.File.Items.Where(i => i.Kind == "practice").Take(8).Select(i => new SupervisionPrompt(i.Text, i.Service)).ToList()
            : kloe.Topics.SelectMany(t => t.File.Recommendations).Take(8).Select(r => new SupervisionPrompt(Markdig.Markdown.ToPlainText(r.Text).Trim(), r.Service)).ToList();
        var good = Signs(kloe.Topics.SelectMany(t => t.File.TellingSigns?.Good ?? []).Take(3).ToList());
        var poor = Signs(kloe.Topics.SelectMany(t => t.File.TellingSigns?.Poor ?? []).Take(3).ToList());
        var kq = guide.KeyQuestions.First(k => k.Id == kloe.Definition.KeyQuestion);
        var crumbs = new List<LinkView> { new(kq.Definition.Title, SitePaths.Relative(path, SitePaths.KeyQuestion(kq.Id))) };
        return new RenderJob("supervision", Frame($"Supervision sheet: {kloe.Definition.Code} {kloe.Definition.Title}", "Prompts for a supervision conversation, with space to write.", "supervision", path, crumbs, kq.Id),
            new SupervisionView(kloe.Definition.Code, kloe.Definition.Title, kloe.Definition.Question,
                kloe.Topics.Select(t => new LinkView(t.File.Title, SitePaths.Relative(path, SitePaths.Topic(t.Id)))).ToList(), prompts, good, poor));
    }

    private RenderJob KloeIndexPage()
    {
        const string path = SitePaths.Kloes;
        var groups = guide.KeyQuestions.Select(kq => new FrameworkGroup(kq.Definition.Title, SitePaths.Relative(path, SitePaths.KeyQuestion(kq.Id)),
            kq.Kloes.Select(k => new FrameworkEntry(k.Definition.Code.ToLowerInvariant(), k.Definition.Code, k.Definition.Title, k.Definition.Question,
                k.Topics.Select(t => new LinkView(t.File.Title, SitePaths.Relative(path, SitePaths.Topic(t.Id)))).ToList(),
                guide.Checklists.Where(c => c.Kloe.Code == k.Definition.Code).Sum(c => c.File.Items.Count))).ToList())).ToList();
        return new RenderJob("framework", Frame(SiteWords.Capitalised(words.Kloes), words.KloesPageDescription, "framework", path, [], null),
            new FrameworkIndexView(groups, HasAssessment ? SitePaths.Relative(path, SitePaths.Assessment) : null));
    }

    private RenderJob QualityStatementIndexPage()
    {
        const string path = SitePaths.QualityStatements;
        // Each statement's topics in guide order, gathered in one pass (not one pass over every topic per statement).
        var topicsOf = topics.SelectMany(t => (t.File.QualityStatements ?? []).Distinct().Select(q => (Statement: q, Topic: t)))
            .ToLookup(p => p.Statement, p => p.Topic, StringComparer.Ordinal);
        var groups = guide.KeyQuestions.Select(kq => new FrameworkGroup(kq.Definition.Title, SitePaths.Relative(path, SitePaths.KeyQuestion(kq.Id)),
            (guide.Config.QualityStatements ?? []).Where(q => q.KeyQuestion == kq.Id).Select(q => new FrameworkEntry(q.Id, "", q.Title, null,
                topicsOf[q.Id].Select(t => new LinkView(t.Label, SitePaths.Relative(path, SitePaths.Topic(t.Id)))).ToList(),
                guide.Checklists.Sum(c => c.File.Items.Count(i => i.QualityStatements?.Contains(q.Id) == true)))).ToList())).ToList();
        return new RenderJob("framework", Frame(SiteWords.Capitalised(words.Statements), words.StatementsPageDescription, "framework", path, [], null),
            new FrameworkIndexView(groups, HasAssessment ? SitePaths.Relative(path, SitePaths.Assessment) : null));
    }

    private RenderJob SearchPage()
    {
        const string path = SitePaths.Search;
        var view = new SearchPageView(
            guide.Config.KeyQuestions.Select(k => new OptionView(k.Id, k.Title)).ToList(),
            ContentKinds.Labelled(words).Select(k => new OptionView(k.Id, k.Label)).ToList(),
            guide.Config.ServiceTypes.Select(t => new OptionView(t.Code, t.Label)).ToList());
        return new RenderJob("search", Frame("Search", "Search the whole guide.", "search", path, [], null), view);
    }

    private PageFrame Frame(string title, string description, string kind, string path, IReadOnlyList<LinkView> crumbs, string? keyQuestionId, string? topicId = null)
    {
        var breadcrumbs = kind == "home" ? [] : crumbs.Prepend(new LinkView("Home", SitePaths.Relative(path, SitePaths.Home))).ToList();
        // The "All topics" menu lists every topic while that is a readable list; a large guide lists its
        // KLOEs instead, so that no page carries (and no build renders) a menu the size of the guide.
        var listTopics = topics.Count <= MaxTopicsInMenu;
        // One list for all pages in the same folder with the same current key question and topic: the
        // header is then rendered once for all of them (see Templates.PartialOutputs). A key question's
        // own page links its KLOEs as anchors on itself, so it has a list of its own.
        var linksToItself = guide.KeyQuestions.Any(kq => SitePaths.KeyQuestion(kq.Id) == path);
        var scope = linksToItself || !path.Contains('/') ? path : path[..path.LastIndexOf('/')];
        var nav = navs.GetOrAdd((scope, keyQuestionId, listTopics ? topicId : null), _ => guide.KeyQuestions.Select(kq => new NavKeyQuestion(
            kq.Definition.Letter, kq.Definition.Title, SitePaths.Relative(path, SitePaths.KeyQuestion(kq.Id)), kq.Id == keyQuestionId,
            listTopics
                ? kq.Topics.Select(t => new NavTopic(t.Kloe.Code, t.File.Title, SitePaths.Relative(path, SitePaths.Topic(t.Id)), t.Id == topicId)).ToList()
                : kq.Kloes.Select(k => new NavTopic(k.Definition.Code, k.Definition.Title,
                    SitePaths.Relative(path, SitePaths.KeyQuestion(kq.Id), k.Definition.Code.ToLowerInvariant()), false)).ToList())).ToList());
        var footer = guide.Pages.Select(p => new LinkView(p.Front.Title, SitePaths.Relative(path, SitePaths.Page(p.Id)))).ToList();
        if (guide.Glossary is not null) footer.Add(new LinkView("Glossary", SitePaths.Relative(path, SitePaths.Glossary)));
        if (guide.Changes is not null) footer.Add(new LinkView("What's new", SitePaths.Relative(path, SitePaths.WhatsNew)));
        footer.Add(new LinkView(SiteWords.Capitalised(words.Kloes), SitePaths.Relative(path, SitePaths.Kloes)));
        if (guide.Config.QualityStatements is { Count: > 0 }) footer.Add(new LinkView(SiteWords.Capitalised(words.Statements), SitePaths.Relative(path, SitePaths.QualityStatements)));
        if (HasAssessment) footer.Add(new LinkView("Self-assessment", SitePaths.Relative(path, SitePaths.Assessment)));
        footer.Add(new LinkView("Training packs", SitePaths.Relative(path, SitePaths.PackBuilder)));
        footer.Add(new LinkView("Search", SitePaths.Relative(path, SitePaths.Search)));
        return new PageFrame(title, description, kind, path, SitePaths.RootPrefix(path), breadcrumbs, nav, footer, [], []);
    }

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
        return counts.Where(c => c.Count > 0).Select(c => new SectionLink(c.Section.Id, c.Section == TopicSections.Recommendations ? words.RecommendationsHeading : c.Section.Title, c.Count)).ToList();
    }

    private IReadOnlyList<SignView> Signs(IReadOnlyList<TellingSign>? signs) =>
        (signs ?? []).Select(s => new SignView(s.Id, s.Text, taxonomy.Speakers.TryGetValue(s.Speaker, out var d) ? d.Label : s.Speaker, s.Context)).ToList();

    private LinkView TopicLink(Topic topic, string fromPath) =>
        new(topic.Label, SitePaths.Relative(fromPath, SitePaths.Topic(topic.Id)));

    private ServiceBadge Badge(string code) =>
        taxonomy.ServiceTypes.TryGetValue(code, out var d) ? new ServiceBadge(d.Code, d.Label, d.ShortLabel ?? d.Label) : new ServiceBadge(code, code, code);

    private string RenderMarkdown(string text, Core.Yaml.Located owner, string property, string path, bool inline = false, GlossaryLinker? glossary = null) =>
        markdown.Render(MarkdownSource.FromYaml(text, owner.SpanOf(property), owner.IsBlockText(property)), path, inline, glossary);

    private static PageFrame WithTips(PageFrame frame, GlossaryLinker linker) =>
        frame with { GlossaryTips = linker.Tips.Select(t => new GlossaryTip(t.Id, t.Meaning)).ToList() };
}
