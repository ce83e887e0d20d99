using GuideGen.Core.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace GuideGen.Rendering.Templates;

/// <summary>
/// The fast way to render (see <see cref="TemplateRenderer"/>): one Scriban context per thread, kept with
/// its output buffers (<see cref="ReusedOutputs"/>) and an <c>include</c> that renders into them
/// (<see cref="ReusingInclude"/>); pure partials rendered once per set of inputs (<see cref="PartialOutputs"/>);
/// the layout given a stand-in for <c>content</c>, replaced by the body from its buffer (<see cref="ContentSlot"/>).
/// </summary>
internal sealed class ReusingRenderer : TemplateRenderer
{
    private readonly IReadOnlyDictionary<string, Template> partials;
    private readonly ITemplateLoader loader;
    private readonly bool contentWrittenAsIs;
    private readonly PartialOutputs pureOutputs;

    // Scriban contexts are not thread-safe, but are cheap to reuse: one per thread keeps its cache of
    // member accessors and its built-in functions across renders instead of rebuilding them per page.
    private readonly ThreadLocal<RenderContext> contexts;

    /// <summary>A thread's Scriban context with its reused output buffers.</summary>
    private sealed record RenderContext(TemplateContext Scriban, ReusedOutputs Outputs);

    public ReusingRenderer(IReadOnlyDictionary<string, Template> pages, IReadOnlyDictionary<string, Template> partials, ITemplateLoader loader)
    {
        this.partials = partials;
        this.loader = loader;
        contentWrittenAsIs = ContentSlot.IsOnlyWrittenAsIs(pages.Values.Concat(partials.Values));
        pureOutputs = new PartialOutputs(PartialInputs.Of(partials));
        contexts = new ThreadLocal<RenderContext>(NewRenderContext);
    }

    public override T? Page<T>(Template page, Template layout, ScriptObject globals, IReadOnlyDictionary<string, string>? prepared,
        DiagnosticBag diagnostics, Func<ReadOnlySpan<char>, T> finish) where T : class
    {
        var context = contexts.Value!;
        context.Outputs.Prepared = prepared;
        try
        {
            // The layout is rendered while the body still lies in its buffer (see ContentSlot).
            return Run(page, globals, diagnostics, body =>
            {
                context.Outputs.Prepared = null; // the page's own partials, not the layout's
                if (!contentWrittenAsIs)
                {
                    globals[ContentVariable] = body.ToString();
                    return Run(layout, globals, diagnostics, text => finish(text.Span));
                }
                globals[ContentVariable] = ContentSlot.StandIn;
                return Run(layout, globals, diagnostics, text => ContentSlot.Fill(text.Span, body.Span, finish));
            });
        }
        finally
        {
            context.Outputs.Prepared = null;
        }
    }

    public override string? Fragment(Template partial, ScriptObject globals, DiagnosticBag diagnostics) =>
        Run(partial, globals, diagnostics, static text => text.ToString());

    private RenderContext NewRenderContext()
    {
        var (context, functions) = NewContext(loader);
        foreach (var (name, partial) in partials) context.CachedTemplates[name] = partial;
        var outputs = new ReusedOutputs();
        // Shadows the built-in include (globals are looked up before built-ins).
        functions.SetValue("include", new ReusingInclude(outputs, pureOutputs), readOnly: true);
        return new RenderContext(context, outputs);
    }

    private T? Run<T>(Template template, ScriptObject globals, DiagnosticBag diagnostics, Func<ReadOnlyMemory<char>, T?> finish) where T : class
    {
        var context = contexts.Value!;
        context.Scriban.PushGlobal(globals);
        try
        {
            var result = context.Outputs.Render(context.Scriban, template, finish);
            context.Scriban.PopGlobal();
            return result;
        }
        catch (ScriptRuntimeException e)
        {
            // A failed render can leave the context mid-way (scopes, output); this thread starts afresh.
            contexts.Value = NewRenderContext();
            Report(e, diagnostics);
            return null;
        }
    }
}
