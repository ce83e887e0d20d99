using GuideGen.Core;
using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using GuideGen.Core.Model;
using GuideGen.Core.Validation;
using GuideGen.Rendering.Assessment;
using GuideGen.Rendering.Output;
using GuideGen.Rendering.Validation;
using GuideGen.Rendering.Views;

namespace GuideGen.Cli.Building;

/// <summary>
/// The build, as a list of named steps: config → content → validate → assemble → views → render →
/// write. Each step is timed; after any step with errors the build stops, and nothing reaches the
/// output folder unless every step succeeded. What runs it more than once (the preview server)
/// reaches it only through <see cref="IBuildCache"/>: remembered work, and the sink files go to.
/// </summary>
/// <param name="cache">What earlier builds left, and where files go; null builds from nothing into a staging folder.</param>
public sealed class BuildPipeline(BuildOptions options, IBuildCache? cache = null, Action<StepTiming>? onStep = null)
{
    public const string TemplatesFolder = "templates";

    private readonly IBuildCache cache = cache ?? NoBuildCache.Instance;
    private readonly DiagnosticBag diagnostics = new();
    private readonly StepClock clock = new(onStep);

    public BuildResult Build()
    {
        using var parallelism = Parallelism.Use(options.Jobs);
        // Unless the options choose, the caller's choice (a scope, or GUIDEGEN_REFERENCE) stands.
        using var fastPaths = options.Reference is { } reference ? FastPaths.UseReference(reference) : null;
        return BuildSteps();
    }

    private BuildResult BuildSteps()
    {
        var root = options.FullRoot;
        var loader = new ContentLoader(root, diagnostics, cache.Parsed);
        OutputLocation.Check(options, diagnostics);
        if (diagnostics.HasErrors) return Result([]);
        if (!options.CheckOnly) Step("recover output", () => OutputWriter.RecoverInterrupted(options.FullOutput));
        var templatesAhead = TemplatesAhead.Start(root, options.Jobs);

        var config = Step("load site.yml", loader.LoadConfig);
        if (config is null) return Result([]);
        var content = Step("load content", loader.LoadContent);
        Step("validate", () => new ContentValidator(config, diagnostics).Validate(content));
        if (diagnostics.HasErrors)
        {
            Step("check links despite errors", () => LinkPrecheck.ReportInto(diagnostics, root, config, content));
            return Result([], content.Topics.Count);
        }

        var guide = Step("assemble guide", () => GuideAssembler.Assemble(config, content));
        var targets = Step("index links", () => LinkTargetIndex.Build(guide));
        var views = new PageViewBuilder(guide, targets, diagnostics, cache.Views);
        var pages = Step("plan pages", views.PlanAll);
        var (templateSource, templates) = Step("load templates", () => templatesAhead.Take(pages, guide, diagnostics));
        if (diagnostics.HasErrors || templates is null) return Result([], content.Topics.Count);

        using var sink = cache.OpenSink(options, diagnostics, clock);
        var render = new PageRendering(guide, templates, cache, diagnostics, sink);
        // Each page's view is built just before the page is rendered, and each topic's blocks once, on
        // their own, just before its page; packs and print books are made from them later. The lambdas
        // keep this method's locals alive to its end, so what is done with is let go by hand: each view
        // as soon as its page is out, so that a large guide never holds every view at once (nor, in the
        // collector's eyes, long enough to age them).
        var pendingPages = pages.ToArray();
        pages = [];
        var blocks = Step("build and render pages", () => render.Pages(pendingPages));
        Step("render packs", () => render.Jobs(views.PackPages(blocks)));
        sink.AddRange(Step("write assessment data", () => GuideOutputs.AssessmentData(guide, targets, diagnostics)));
        sink.AddRange(Step("collect assets", () => GuideOutputs.Assets(templateSource)));
        sink.Add(Step("write service type styles", () => GuideOutputs.ServiceTypeStyleSheet(config)));
        if (!Failed) sink.PagesMade();

        // Outputs made from the whole guide, from several threads: each file goes out as soon as it is
        // made, so a large guide's pack scripts (hundreds of megabytes at 10,000 topics) are never all in
        // memory, and print books are spliced straight into their files.
        Step("render print books", () => render.PrintBooks(views.PrintPages(blocks)));
        Step("write pack data", () => PacksDataWriter.Write(guide, blocks, (path, bytes) => sink.AddSiteWide(new OutputFile(path, bytes))));
        blocks.Clear();
        Step("build search index", () => GuideOutputs.SearchData(guide, options.SearchShards, sink.AddSiteWide));
        if (Failed)
        {
            sink.Abandon();
            return Result([], content.Topics.Count);
        }

        if (!options.CheckOnly) Step("write output", sink.Commit);
        return Result(sink.Paths, content.Topics.Count);
    }

    private bool Failed => diagnostics.HasErrors || (options.WarningsAsErrors && diagnostics.WarningCount > 0);

    private T Step<T>(string name, Func<T> action) => clock.Run(name, action);

    private void Step(string name, Action action) => clock.Run(name, action);

    private BuildResult Result(IReadOnlyList<string> files, int topicCount = 0) =>
        new(diagnostics.Sorted(), files, clock.Steps, topicCount, options.WarningsAsErrors);
}
