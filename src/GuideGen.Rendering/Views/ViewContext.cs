using GuideGen.Core.Diagnostics;
using GuideGen.Core.Model;
using GuideGen.Core.Output;
using GuideGen.Rendering.Markdown;
using GuideGen.Rendering.Output;

namespace GuideGen.Rendering.Views;

/// <summary>
/// What every page builder shares for one build: the guide, its taxonomy and words, Markdown rendered
/// with this build's links and glossary, the page frame (one navigation cache for the whole build), and
/// the small conversions several pages make alike (badges, signs, topic links).
/// </summary>
internal sealed class ViewContext
{
    public ViewContext(Guide guide, IReadOnlyDictionary<string, LinkTarget> targets, DiagnosticBag diagnostics)
    {
        Guide = guide;
        Words = guide.Config.Vocabulary;
        Taxonomy = new Taxonomy(guide.Config);
        Links = new LinkResolver(targets, diagnostics);
        Markdown = new MarkdownRenderer(Links, diagnostics, RawHtmlPolicy.From(guide.Config.RawHtml));
        Topics = guide.Topics.ToList();
        GlossaryTerms = new GlossaryTerms(guide.Glossary, text => Markdig.Markdown.ToPlainText(text).Trim().ReplaceLineEndings(" "));
        Frames = new PageFrameBuilder(this);
    }

    public Guide Guide { get; }
    public SiteWords Words { get; }
    public Taxonomy Taxonomy { get; }
    public LinkResolver Links { get; }
    public MarkdownRenderer Markdown { get; }
    public IReadOnlyList<Topic> Topics { get; }
    public GlossaryTerms GlossaryTerms { get; }
    public PageFrameBuilder Frames { get; }

    public bool HasAssessment => Guide.Checklists.Count > 0 && Guide.Config.Assessment is not null;

    /// <summary>The self-assessment page seen from <paramref name="path"/>, when the site has one.</summary>
    public string? AssessmentHref(string path) => HasAssessment ? SitePaths.Relative(path, SitePaths.Assessment) : null;

    public WhatsNewBuilder? WhatsNew => whatsNew ??= Guide.Changes is { } changes
        ? new WhatsNewBuilder(changes, Guide.Config, Links, (text, owner, property, path, inline) => RenderMarkdown(text, owner, property, path, inline))
        : null;

    private WhatsNewBuilder? whatsNew;

    public PageFrame Frame(string title, string description, string kind, string path, IReadOnlyList<LinkView> crumbs, string? keyQuestionId, string? topicId = null) =>
        Frames.Frame(title, description, kind, path, crumbs, keyQuestionId, topicId);

    /// <summary>Links the glossary's terms on one page (each term once), gathering the tips the page then carries.</summary>
    public GlossaryLinker Linker(string path) => new(GlossaryTerms, path);

    public string RenderMarkdown(string text, Core.Yaml.Located owner, string property, string path, bool inline = false, GlossaryLinker? glossary = null) =>
        Markdown.Render(MarkdownSource.FromYaml(text, owner.SpanOf(property), owner.IsBlockText(property)), path, inline, glossary);

    public static PageFrame WithTips(PageFrame frame, GlossaryLinker linker) =>
        frame with { GlossaryTips = linker.Tips.Select(t => new GlossaryTip(t.Id, t.Meaning)).ToList() };

    public IReadOnlyList<SignView> Signs(IReadOnlyList<TellingSign>? signs) =>
        (signs ?? []).Select(s => new SignView(s.Id, s.Text, Taxonomy.Speakers.TryGetValue(s.Speaker, out var d) ? d.Label : s.Speaker, s.Context)).ToList();

    public ServiceBadge Badge(string code) =>
        Taxonomy.ServiceTypes.TryGetValue(code, out var d) ? new ServiceBadge(d.Code, d.Label, d.ShortLabel ?? d.Label) : new ServiceBadge(code, code, code);

    public static LinkView TopicLink(Topic topic, string fromPath) =>
        new(topic.Label, SitePaths.Relative(fromPath, SitePaths.Topic(topic.Id)));

    public static LinkView KeyQuestionLink(KeyQuestionDefinition keyQuestion, string fromPath) =>
        new(keyQuestion.Title, SitePaths.Relative(fromPath, SitePaths.KeyQuestion(keyQuestion.Id)));
}
