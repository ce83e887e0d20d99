using GuideGen.Core;
using GuideGen.Core.Output;
using System.Diagnostics;
using System.Text;
using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using GuideGen.Core.Model;
using GuideGen.Core.Validation;
using GuideGen.Rendering.Output;
using GuideGen.Rendering.Assessment;
using GuideGen.Search;
using GuideGen.Rendering.Templates;
using GuideGen.Rendering.Markdown;
using GuideGen.Rendering.Views;

namespace GuideGen.Cli.Building;

/// <summary>
/// The build, as a list of named steps: config → content → validate → assemble → views → render →
/// write. Each step is timed; after any step with errors the build stops, and nothing is written
/// unless every step succeeded.
/// </summary>
/// <param name="incremental">What earlier builds in this process left (the preview server); null builds from nothing.</param>
/// <param name="onPagesWritten">Given by the preview server: pages are written first, then this is called, then the rest (see <see cref="WritePagesFirst"/>).</param>
public sealed class SiteBuilder(BuildOptions options, Action<StepTiming>? onStep = null, IncrementalState? incremental = null, Action<BuildResult>? onPagesWritten = null)
{
    public const string TemplatesFolder = "templates";
    public const string AssetsFolder = "assets";

    private readonly DiagnosticBag diagnostics = new();
    private readonly List<StepTiming> steps = [];

    public BuildResult Build()
    {
        using var parallelism = Parallelism.Use(options.Jobs);
        return BuildSteps();
    }

    private BuildResult BuildSteps()
    {
        var root = options.FullRoot;
        var loader = new ContentLoader(root, diagnostics, incremental?.Parsed);
        OutputLocation.Check(options, diagnostics);
        if (diagnostics.HasErrors) return Result([]);
        if (!options.CheckOnly) Step("recover output", () => OutputWriter.RecoverInterrupted(options.FullOutput));
        var templatesAhead = ReadTemplatesAhead(root);

        var config = Step("load site.yml", loader.LoadConfig);
        if (config is null) return Result([]);
        var content = Step("load content", loader.LoadContent);
        Step("validate", () => new ContentValidator(config, diagnostics).Validate(content));
        if (diagnostics.HasErrors)
        {
            Step("check links despite errors", () => ReportLinksToo(root, config, content));
            return Result([], content.Topics.Count);
        }

        var guide = Step("assemble guide", () => GuideAssembler.Assemble(config, content));
        var targets = Step("index links", () => LinkTargetIndex.Build(guide));
        var views = new PageViewBuilder(guide, targets, diagnostics, incremental?.Views);
        var pages = Step("plan pages", views.PlanAll);
        var (templateSource, templates) = Step("load templates", () =>
        {
            var (source, parsed, reported) = templatesAhead.GetAwaiter().GetResult();
            foreach (var diagnostic in reported.Sorted()) diagnostics.Add(diagnostic);
            return (source, parsed.Require(pages.Select(p => p.Template).Concat(guide.Packs.Count > 0 ? ["pack", "print-book"] : ["print-book"]).Distinct(), diagnostics));
        });
        if (diagnostics.HasErrors || templates is null) return Result([], content.Topics.Count);

        using var sink = OpenSink();
        // Each page's view is built just before the page is rendered. Each topic's blocks are rendered
        // once, on their own, just before its page, which includes them as they are; training packs and
        // print books are made from them later. The lambdas keep this method's locals alive to its end,
        // so what is done with is let go by hand: each view as soon as its page is out, so that a large
        // guide never holds every view at once (nor, in the collector's eyes, long enough to age them).
        var pendingPages = pages.ToArray();
        pages = [];
        var blocks = Step("build and render pages", () => RenderPages(guide, pendingPages, templates, sink));
        Step("render packs", () => Render(guide, views.PackPages(blocks), templates, sink));
        sink.AddRange(Step("write assessment data", () => BuildAssessmentData(guide, targets)));
        sink.AddRange(Step("collect assets", () => CollectAssets(templateSource)));
        sink.Add(Step("write service type styles", () => new OutputFile(ServiceTypeStyles.Path, Encoding.UTF8.GetBytes(ServiceTypeStyles.Css(config)))));
        if (onPagesWritten is not null && sink is MemorySink memory) WritePagesFirst(memory.Files, content.Topics.Count);

        // Outputs made from the whole guide (print books, the pack builder's data, the search index): the
        // preview server writes them after the pages, and they are never memoised.
        // Called from several threads: each file goes out as soon as it is made, so a large guide's pack
        // scripts (hundreds of megabytes at 10,000 topics) are never all in memory; print books are
        // spliced straight into their files.
        var siteWidePaths = new List<string>();
        void SiteWide(string path)
        {
            lock (siteWidePaths) siteWidePaths.Add(path);
        }
        Step("render print books", () => RenderPrintBooks(guide, views.PrintPages(blocks), templates, (path, write) =>
        {
            SiteWide(path);
            sink.AddStreamed(path, write);
        }));
        Step("write pack data", () => PacksDataWriter.Write(guide, blocks, (path, content) =>
        {
            SiteWide(path);
            sink.Add(new OutputFile(path, content));
        }));
        blocks.Clear();
        Step("build search index", () => BuildSearchData(guide, file =>
        {
            SiteWide(file.Path);
            sink.Add(file);
        }));
        if (Failed)
        {
            RestoreAfterPagesFirst();
            return Result([], content.Topics.Count);
        }

        if (!options.CheckOnly)
            Step("write output", () =>
            {
                if (sink is MemorySink served) WriteServed(served.Files, siteWidePaths);
                else sink.Commit();
            });
        return Result(sink.Paths, content.Topics.Count);
    }

    /// <summary>
    /// Reads and parses the templates beside loading the content: nothing before rendering needs them,
    /// and that, with compiling the template and Markdown engines on first use, was a few tenths of a
    /// second of one core in every build (a third of building the bundled guide). Its problems are
    /// reported when the templates are taken up, as if they were read there. With one job, read in place.
    /// </summary>
    private Task<(TemplateSource Source, TemplateSet.ParsedTemplates Parsed, DiagnosticBag Reported)> ReadTemplatesAhead(string root)
    {
        (TemplateSource, TemplateSet.ParsedTemplates, DiagnosticBag) Read()
        {
            var reported = new DiagnosticBag();
            var source = SiteTemplates.For(root, reported);
            var parsed = TemplateSet.Parse(source, reported);
            MarkdownRenderer.WarmUp();
            return (source, parsed, reported);
        }
        return options.Jobs == 1 ? Task.FromResult(Read()) : Task.Run(Read);
    }

    private bool Failed => diagnostics.HasErrors || (options.WarningsAsErrors && diagnostics.WarningCount > 0);

    /// <summary>
    /// A plain build streams its files into a staging folder as they are made; a check keeps only their
    /// paths; the preview server keeps them in memory, to write only what changed since its last build.
    /// </summary>
    private OutputSink OpenSink() =>
        options.CheckOnly ? new MemorySink(options, diagnostics, keepContent: false)
        : incremental is null ? new StagingSink(options, diagnostics)
        : new MemorySink(options, diagnostics, keepContent: true);

    /// <summary>The preview server's writing: only what changed since the files it wrote last (all of them the first time), then remembered.</summary>
    private void WriteServed(IReadOnlyList<OutputFile> files, IEnumerable<string> siteWidePaths)
    {
        var output = options.FullOutput;
        if (incremental!.Written is { } previous && incremental.WrittenTo == output && Directory.Exists(output))
            IncrementalWriter.Update(output, previous, files);
        else
            OutputWriter.Write(output, files);
        incremental.Remember(output, files, siteWidePaths);
    }

    /// <summary>
    /// The preview server's fast path, as Hugo's fast render: after a change, the pages are written (with
    /// the previous build's search data and print books) and the open pages told to reload before the
    /// outputs that hold the whole guide are rebuilt, which in a large guide take most of the time. Only
    /// when this process has written the output before, and only when nothing has failed so far.
    /// </summary>
    private void WritePagesFirst(IReadOnlyList<OutputFile> pages, int topicCount)
    {
        if (options.CheckOnly || Failed || incremental?.Written is not { } previous || incremental.WrittenTo != options.FullOutput) return;
        lastGood = (previous, incremental.SiteWidePaths);
        var stale = incremental.SiteWidePaths.Where(previous.ContainsKey).Select(p => previous[p]);
        var files = pages.Concat(stale).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        Step("write pages", () => WriteServed(files, incremental.SiteWidePaths));
        onPagesWritten!(Result(files.Select(f => f.Path).ToList(), topicCount));
    }

    /// <summary>The site as it was before <see cref="WritePagesFirst"/> wrote this build's pages.</summary>
    private (IReadOnlyDictionary<string, OutputFile> Files, IReadOnlySet<string> SiteWidePaths)? lastGood;

    /// <summary>
    /// When the build fails after its pages were written first, the last good site is put back, so that
    /// the preview keeps serving a whole, good site (its open pages show the problems).
    /// </summary>
    private void RestoreAfterPagesFirst()
    {
        if (lastGood is not { } good) return;
        var files = good.Files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        Step("restore last good site", () => WriteServed(files, good.SiteWidePaths));
    }

    /// <summary>Adds the link problems of content that has other errors, so that all come in one run (see <see cref="LinkPrecheck"/>).</summary>
    private void ReportLinksToo(string root, SiteConfig config, LoadedContent content)
    {
        var reported = diagnostics.Sorted().Select(d => d.ToString()).ToHashSet(StringComparer.Ordinal);
        // Every topic and page file's id, read from its name (as the loader names them), loaded or not.
        var idsOnDisk = new[] { ("topics", "*.yml"), ("pages", "*.md") }
            .Select(f => Path.Combine(root, "content", f.Item1))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var diagnostic in LinkPrecheck.Run(config, content, idsOnDisk))
            if (reported.Add(diagnostic.ToString())) diagnostics.Add(diagnostic);
    }

    private static SiteView SiteViewOf(Guide guide)
    {
        var config = guide.Config;
        // Every service type but the one that applies to all is something a reader can choose.
        var choices = config.ServiceTypes.Where(t => t.AppliesToAll != true).Select(t => new ServiceChoice(t.Code, t.Label)).ToList();
        return new SiteView(config.Title, config.ShortTitle ?? config.Title, config.Edition, config.Language, config.Description, config.StorageNamespace, choices, config.AllServices,
            config.AllServicesType?.Label ?? "Everything", new WordsView(config.Vocabulary.ByKey()), config.Vocabulary.SearchExamples ?? [], config.QualityStatements is { Count: > 0 });
    }

    private void Render(Guide guide, IReadOnlyList<RenderJob> jobs, TemplateSet templates, OutputSink sink)
    {
        var site = SiteViewOf(guide);
        var shared = RenderMemo.KeyOf(new { templates.Fingerprint, site });
        Parallelism.For(jobs.Count, i => WritePage(jobs[i], templates, site, shared, sink));
    }

    /// <param name="prepared">Partials already rendered for this page, which its includes take as they are.</param>
    private void WritePage(RenderJob job, TemplateSet templates, SiteView site, byte[] shared, OutputSink sink, IReadOnlyDictionary<string, string>? prepared = null)
    {
        var bytes = Memoised(job.Page.Path, job, shared, () => templates.RenderUtf8(job.Template, job.Page, job.Model, site, diagnostics, prepared));
        if (bytes is not null) sink.Add(new OutputFile(job.Page.Path, bytes));
    }

    /// <summary>Made afresh in a plain build; through the preview server's memo (by slot and inputs) when serving.</summary>
    private T? Memoised<T>(string slot, RenderJob job, byte[] shared, Func<T?> make) where T : class =>
        incremental is null ? make() : incremental.Rendered.GetOrRender(slot, job, shared, make);

    /// <param name="write">Takes each file as it is made, from any thread.</param>
    private void BuildSearchData(Guide guide, Action<OutputFile> write)
    {
        SearchFiles.Write(guide, new SearchDocumentBuilder(guide), options.SearchShards, file => write(new OutputFile(file.Path, file.Content)));
    }

    /// <summary>The print books, with each topic's section (encoded once) put into every book that holds it.</summary>
    /// <param name="write">Takes each book's path and how to write it, from any thread: a book is spliced straight into its file.</param>
    private void RenderPrintBooks(Guide guide, PrintBooks books, TemplateSet templates, Action<string, Action<Stream>> write)
    {
        var site = SiteViewOf(guide);
        Parallelism.For(books.Jobs.Count, i =>
        {
            var job = books.Jobs[i];
            if (templates.Render(job.Template, job.Page, job.Model, site, diagnostics) is { } page)
                write(job.Page.Path, stream => SplicedPage.SpliceTo(page, books.Sections, stream));
        });
    }

    private const string BlockPrefix = "block-";

    /// <summary>
    /// Every page, its view built just before; before a topic's page, its blocks, rendered on their own
    /// and returned (topic id → its blocks, kept for packs and print books). A page's slot is cleared
    /// once it is out, letting its view go.
    /// </summary>
    private Dictionary<string, TopicBlocks> RenderPages(Guide guide, PendingPage?[] pages, TemplateSet templates, OutputSink sink)
    {
        var site = SiteViewOf(guide);
        var shared = RenderMemo.KeyOf(new { templates.Fingerprint, site });
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
                prepared = Memoised(job.Page.Path + "#blocks", job, shared, Blocks) ?? new Dictionary<string, string>();
                topicBlocks[i] = (topic.Id, new TopicBlocks(prepared.Select(b => (b.Key[BlockPrefix.Length..], b.Value))));
            }
            WritePage(job, templates, site, shared, sink, prepared);
            pages[i] = null;
        });
        return topicBlocks.OfType<(string Topic, TopicBlocks Blocks)>().ToDictionary(t => t.Topic, t => t.Blocks, StringComparer.Ordinal);
    }

    private IEnumerable<OutputFile> BuildAssessmentData(Guide guide, IReadOnlyDictionary<string, LinkTarget> targets)
    {
        if (guide.Checklists.Count == 0 || guide.Config.Assessment is null) return [];
        var links = new LinkResolver(targets, diagnostics);
        var data = new AssessmentDataWriter(guide, links, new Rendering.Markdown.MarkdownRenderer(links, diagnostics, RawHtmlPolicy.From(guide.Config.RawHtml))).Write();
        return [new OutputFile(SitePaths.AssessmentData, Encoding.UTF8.GetBytes(data))];
    }

    /// <summary>Scripts and images under templates/assets/ are copied as they are; stylesheets without their comments.</summary>
    private static List<OutputFile> CollectAssets(TemplateSource source) =>
        source.Paths
            .Where(p => p.StartsWith(AssetsFolder + "/", StringComparison.Ordinal))
            .Select(p => new OutputFile(SitePaths.AssetsFolder + p[AssetsFolder.Length..],
                p.EndsWith(".css", StringComparison.Ordinal) ? Rendering.Output.CssCompactor.Compact(source.Read(p)) : source.Read(p)))
            .ToList();

    private T Step<T>(string name, Func<T> action)
    {
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var paused = GC.GetTotalPauseDuration();
        var fullCollections = GC.CollectionCount(2);
        var allocated = GC.GetTotalAllocatedBytes();
        try
        {
            return action();
        }
        catch (Exception e) when (e is not BuildStepException)
        {
            throw new BuildStepException(name, e);
        }
        finally
        {
            var timing = new StepTiming(name, watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, GC.GetTotalPauseDuration() - paused, GC.CollectionCount(2) - fullCollections, GC.GetTotalAllocatedBytes() - allocated);
            steps.Add(timing);
            onStep?.Invoke(timing);
        }
    }

    private void Step(string name, Action action) => Step<bool>(name, () => { action(); return true; });

    private BuildResult Result(IReadOnlyList<string> files, int topicCount = 0) =>
        new(diagnostics.Sorted(), files, steps, topicCount, options.WarningsAsErrors);
}

/// <summary>An unexpected failure (a bug or an I/O error), wrapped with the step it happened in.</summary>
public sealed class BuildStepException(string step, Exception inner) : Exception($"{step}: {inner.Message}", inner)
{
    public string StepName { get; } = step;
}
