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
using GuideGen.Rendering.Views;

namespace GuideGen.Cli.Building;

/// <summary>
/// The build, as a list of named steps: config → content → validate → assemble → views → render →
/// write. Each step is timed; after any step with errors the build stops, and nothing is written
/// unless every step succeeded.
/// </summary>
/// <param name="incremental">What earlier builds in this process left (the preview server); null builds from nothing.</param>
public sealed class SiteBuilder(BuildOptions options, Action<StepTiming>? onStep = null, IncrementalState? incremental = null)
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

        var config = Step("load site.yml", loader.LoadConfig);
        if (config is null) return Result([]);
        var content = Step("load content", loader.LoadContent);
        Step("validate", () => new ContentValidator(config, diagnostics).Validate(content));
        if (diagnostics.HasErrors) return Result([], content.Topics.Count);

        var guide = Step("assemble guide", () => GuideAssembler.Assemble(config, content));
        var targets = Step("index links", () => LinkTargetIndex.Build(guide));
        var views = new PageViewBuilder(guide, targets, diagnostics);
        var jobs = Step("build page views", views.BuildAll);
        var templateSource = SiteTemplates.For(root, diagnostics);
        var templates = Step("load templates", () => TemplateSet.Load(templateSource, jobs.Select(j => j.Template).Concat(guide.Packs.Count > 0 ? ["pack", "print-book"] : ["print-book"]).Distinct(), diagnostics));
        if (diagnostics.HasErrors || templates is null) return Result([], content.Topics.Count);

        var pages = Step("render pages", () => Render(guide, jobs, templates));
        var blocks = Step("render topic blocks", () => RenderBlocks(guide, jobs, templates));
        pages.AddRange(Step("render packs", () => Render(guide, views.PackPages(blocks), templates)));
        // Print books hold every topic, so any change changes them: never worth a memo key.
        pages.AddRange(Step("render print books", () => Render(guide, views.PrintPages(blocks), templates, memoise: false)));
        pages.Add(new OutputFile(SitePaths.PacksData, Encoding.UTF8.GetBytes(PacksDataWriter.Write(guide, blocks))));
        var search = Step("build search index", () => BuildSearchData(guide));
        var assessment = Step("write assessment data", () => BuildAssessmentData(guide, targets));
        var assets = Step("collect assets", () => CollectAssets(templateSource));
        if (diagnostics.HasErrors || (options.WarningsAsErrors && diagnostics.WarningCount > 0)) return Result([], content.Topics.Count);

        var files = pages.Concat(search).Concat(assessment).Concat(assets).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        if (!OutputPaths.Check(files, options, diagnostics)) return Result([], content.Topics.Count);
        if (!options.CheckOnly) Step("write output", () => Write(files));
        return Result(files, content.Topics.Count);
    }

    private void Write(IReadOnlyList<OutputFile> files)
    {
        var output = options.FullOutput;
        if (incremental?.Written is { } previous && incremental.WrittenTo == output && Directory.Exists(output))
            IncrementalWriter.Update(output, previous, files);
        else
            OutputWriter.Write(output, files);
        incremental?.Remember(output, files);
    }

    private static SiteView SiteViewOf(Guide guide)
    {
        var config = guide.Config;
        // Every service type but the first (which applies to all services) is something a reader can choose.
        var choices = config.ServiceTypes.Skip(1).Select(t => new ServiceChoice(t.Code, t.Label)).ToList();
        return new SiteView(config.Title, config.ShortTitle ?? config.Title, config.Edition, config.Language, config.Description, config.StorageNamespace, choices, config.ServiceTypes[0].Code);
    }

    private List<OutputFile> Render(Guide guide, IReadOnlyList<RenderJob> jobs, TemplateSet templates, bool memoise = true)
    {
        var site = SiteViewOf(guide);
        var results = new OutputFile?[jobs.Count];
        Parallelism.For(jobs.Count, i =>
        {
            var job = jobs[i];
            var html = incremental is null || !memoise
                ? templates.Render(job.Template, job.Page, job.Model, site, diagnostics)
                : incremental.Rendered.GetOrRender(job.Page.Path, new { templates.Fingerprint, job.Template, job.Page, job.Model, site },
                    () => templates.Render(job.Template, job.Page, job.Model, site, diagnostics));
            if (html is not null) results[i] = new OutputFile(job.Page.Path, Encoding.UTF8.GetBytes(html));
        });
        return results.OfType<OutputFile>().ToList();
    }

    private IEnumerable<OutputFile> BuildSearchData(Guide guide)
    {
        var documents = new SearchDocumentBuilder(guide).Build();
        return SearchFiles.Write(guide, documents, options.SearchShards).Select(f => new OutputFile(f.Path, f.Content)).ToList();
    }

    /// <summary>Each topic's blocks rendered on their own (topic id → block id → HTML), for training packs.</summary>
    private Dictionary<string, IReadOnlyDictionary<string, string>> RenderBlocks(Guide guide, IReadOnlyList<RenderJob> jobs, TemplateSet templates)
    {
        var site = SiteViewOf(guide);
        var topicJobs = jobs.Where(j => j.Template == "topic").ToList();
        var results = new IReadOnlyDictionary<string, string>[topicJobs.Count];
        Parallelism.For(topicJobs.Count, i =>
        {
            var job = topicJobs[i];
            string Block(string partial) => templates.RenderFragment(partial, job.Page, job.Model, site, diagnostics)?.Trim() ?? "";
            var key = incremental is null ? null : RenderMemo.KeyOf(new { templates.Fingerprint, job.Page, job.Model, site });
            results[i] = TopicSections.All
                .Where(b => templates.HasPartial("block-" + b.Id))
                .ToDictionary(b => b.Id, b => incremental is null
                    ? Block("block-" + b.Id)
                    : incremental.Rendered.GetOrRender($"{job.Page.Path}#block-{b.Id}", key!, () => Block("block-" + b.Id)) ?? "");
        });
        return topicJobs.Select((j, i) => (Id: ((TopicView)j.Model).Id, Blocks: results[i])).ToDictionary(p => p.Id, p => p.Blocks, StringComparer.Ordinal);
    }

    private IEnumerable<OutputFile> BuildAssessmentData(Guide guide, IReadOnlyDictionary<string, LinkTarget> targets)
    {
        if (guide.Checklists.Count == 0 || guide.Config.Assessment is null) return [];
        var links = new LinkResolver(targets, diagnostics);
        var data = new AssessmentDataWriter(guide, links, new Rendering.Markdown.MarkdownRenderer(links, diagnostics, RawHtmlPolicy.From(guide.Config.RawHtml))).Write();
        return [new OutputFile(SitePaths.AssessmentData, Encoding.UTF8.GetBytes(data))];
    }

    /// <summary>CSS, scripts and images under templates/assets/ are copied as they are.</summary>
    private static List<OutputFile> CollectAssets(TemplateSource source) =>
        source.Paths
            .Where(p => p.StartsWith(AssetsFolder + "/", StringComparison.Ordinal))
            .Select(p => new OutputFile(SitePaths.AssetsFolder + p[AssetsFolder.Length..], source.Read(p)))
            .ToList();

    private T Step<T>(string name, Func<T> action)
    {
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
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
            var timing = new StepTiming(name, watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
            steps.Add(timing);
            onStep?.Invoke(timing);
        }
    }

    private void Step(string name, Action action) => Step<bool>(name, () => { action(); return true; });

    private BuildResult Result(IReadOnlyList<OutputFile> files, int topicCount = 0) =>
        new(diagnostics.Sorted(), files, steps, topicCount, options.WarningsAsErrors);
}

/// <summary>An unexpected failure (a bug or an I/O error), wrapped with the step it happened in.</summary>
public sealed class BuildStepException(string step, Exception inner) : Exception($"{step}: {inner.Message}", inner)
{
    public string StepName { get; } = step;
}
