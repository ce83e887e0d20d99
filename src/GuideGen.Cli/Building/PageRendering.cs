using GuideGen.Core;
using GuideGen.Core.Diagnostics;
using GuideGen.Core.Model;
using GuideGen.Rendering.Output;
using GuideGen.Rendering.Templates;
using GuideGen.Rendering.Views;

namespace GuideGen.Cli.Building;

/// <summary>
/// Renders a build's pages into its sink: every page (its view built just before it), each topic's
/// blocks, training packs and print books. Renders go through the cache's memo, which in a one-shot
/// build is no memo at all.
/// </summary>
public sealed class PageRendering
{
    private const string BlockPrefix = "block-";

    private readonly TemplateSet templates;
    private readonly IBuildCache cache;
    private readonly DiagnosticBag diagnostics;
    private readonly OutputSink sink;
    private readonly SiteView site;
    private readonly byte[] shared;

    public PageRendering(Guide guide, TemplateSet templates, IBuildCache cache, DiagnosticBag diagnostics, OutputSink sink)
    {
        this.templates = templates;
        this.cache = cache;
        this.diagnostics = diagnostics;
        this.sink = sink;
        site = SiteViews.Of(guide.Config);
        shared = RenderMemo.KeyOf(new { templates.Fingerprint, site });
    }

    /// <summary>
    /// Every page, its view built just before; before a topic's page, its blocks, rendered on their own
    /// and returned (topic id → its blocks, kept for packs and print books). A page's slot is cleared
    /// once it is out, letting its view go.
    /// </summary>
    public Dictionary<string, TopicBlocks> Pages(PendingPage?[] pages)
    {
        var partials = TopicSections.All.Select(b => BlockPrefix + b.Id).Where(templates.HasPartial).ToList();
        var topicBlocks = new (string Topic, TopicBlocks Blocks)?[pages.Length];
        Parallelism.For(pages.Length, i =>
        {
            var job = pages[i]!.Build();
            IReadOnlyDictionary<string, string>? prepared = null;
            if (job is { Template: "topic", Model: TopicView topic })
            {
                // Null when a block failed (the problem is reported), so that a failure is never kept for the next build.
                IReadOnlyDictionary<string, string>? Blocks()
                {
                    var blocks = partials.ToDictionary(p => p, p => templates.RenderFragment(p, job.Page, job.Model, site, diagnostics));
                    return blocks.Values.Any(html => html is null) ? null : blocks.ToDictionary(b => b.Key, b => b.Value!);
                }
                prepared = cache.GetOrRender(job.Page.Path + "#blocks", job, shared, Blocks) ?? new Dictionary<string, string>();
                topicBlocks[i] = (topic.Id, new TopicBlocks(prepared.Select(b => (b.Key[BlockPrefix.Length..], b.Value))));
            }
            Write(job, prepared);
            pages[i] = null;
        });
        return topicBlocks.OfType<(string Topic, TopicBlocks Blocks)>().ToDictionary(t => t.Topic, t => t.Blocks, StringComparer.Ordinal);
    }

    /// <summary>Pages whose views are already built (training packs), in parallel.</summary>
    public void Jobs(IReadOnlyList<RenderJob> jobs) => Parallelism.For(jobs.Count, i => Write(jobs[i], prepared: null));

    /// <summary>
    /// The print books, with each topic's section (encoded once) put into every book that holds it. A
    /// book is spliced straight into its file, and is one of the outputs made from the whole guide.
    /// </summary>
    public void PrintBooks(PrintBooks books) =>
        Parallelism.For(books.Jobs.Count, i =>
        {
            var job = books.Jobs[i];
            if (templates.Render(job.Template, job.Page, job.Model, site, diagnostics) is { } page)
                sink.AddStreamedSiteWide(job.Page.Path, stream => SplicedPage.SpliceTo(page, books.Sections, stream));
        });

    /// <param name="prepared">Partials already rendered for this page, which its includes take as they are.</param>
    private void Write(RenderJob job, IReadOnlyDictionary<string, string>? prepared)
    {
        var bytes = cache.GetOrRender(job.Page.Path, job, shared, () => templates.RenderUtf8(job.Template, job.Page, job.Model, site, diagnostics, prepared));
        if (bytes is not null) sink.Add(new OutputFile(job.Page.Path, bytes));
    }
}
