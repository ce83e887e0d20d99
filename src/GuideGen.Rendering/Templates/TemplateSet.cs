using GuideGen.Core.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace GuideGen.Rendering.Templates;

/// <summary>
/// The Scriban templates of a site, parsed once and shared by every page: page templates
/// (templates/*.html), the layout that wraps them (templates/layout.html) and partials
/// (templates/partials/*.html, used with <c>include "name"</c>), read from a <see cref="TemplateSource"/>.
/// Template errors become GG4001 diagnostics with the template's file, line and column.
/// </summary>
public sealed class TemplateSet
{
    public const string LayoutName = "layout";
    public const string PartialsFolder = "partials";

    private readonly Dictionary<string, Template> pages;
    private readonly Dictionary<string, Template> partials;
    private readonly bool contentWrittenAsIs;
    private readonly PartialOutputs pureOutputs;

    // Scriban contexts are not thread-safe, but are cheap to reuse: one per thread keeps its cache of
    // member accessors and its built-in functions across renders instead of rebuilding them per page.
    private readonly ThreadLocal<RenderContext> contexts;

    /// <summary>A thread's Scriban context with its reused output buffers.</summary>
    private sealed record RenderContext(TemplateContext Scriban, ReusedOutputs Outputs, ScriptObject Functions);

    private TemplateSet(Dictionary<string, Template> pages, Dictionary<string, Template> partials, string fingerprint)
    {
        this.pages = pages;
        this.partials = partials;
        contentWrittenAsIs = ContentSlot.IsOnlyWrittenAsIs(pages.Values.Concat(partials.Values));
        pureOutputs = new PartialOutputs(PartialInputs.Of(partials));
        Fingerprint = fingerprint;
        contexts = new ThreadLocal<RenderContext>(NewContext);
    }

    /// <summary>Parses every template of <paramref name="source"/>; null when any has an error or a required page is missing.</summary>
    public static TemplateSet? Load(TemplateSource source, IEnumerable<string> requiredPages, DiagnosticBag diagnostics) =>
        Parse(source, diagnostics).Require(requiredPages, diagnostics);

    /// <summary>Parses every template of <paramref name="source"/>, before it is known which pages will be rendered.</summary>
    public static ParsedTemplates Parse(TemplateSource source, DiagnosticBag diagnostics)
    {
        var pages = new Dictionary<string, Template>(StringComparer.Ordinal);
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        var ok = true;
        foreach (var path in source.Paths.Where(p => IsTemplate(p, "")))
            ok &= Parse(source, path, pages, diagnostics);
        foreach (var path in source.Paths.Where(p => IsTemplate(p, PartialsFolder + "/")))
            ok &= Parse(source, path, partials, diagnostics);
        var present = source.Paths.Where(p => IsTemplate(p, "")).Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new ParsedTemplates(source, ok ? new TemplateSet(pages, partials, FingerprintOf(source)) : null, present);
    }

    /// <summary>Parsed templates (<see cref="Parse"/>), to be checked against the pages the build renders.</summary>
    public sealed class ParsedTemplates(TemplateSource source, TemplateSet? set, IReadOnlySet<string> present)
    {
        /// <summary>The template set; null, with a diagnostic for each, when a template did not parse or a required page has none.</summary>
        public TemplateSet? Require(IEnumerable<string> requiredPages, DiagnosticBag diagnostics)
        {
            var complete = true;
            foreach (var name in requiredPages.Append(LayoutName).Where(n => !present.Contains(n)))
            {
                diagnostics.Error(DiagnosticCodes.TemplateError, new Core.Diagnostics.SourceSpan(source.DisplayPath(name + ".html"), 1, 1),
                    $"the template '{name}.html' is missing from {source.DisplayFolder}/");
                complete = false;
            }
            return complete ? set : null;
        }
    }

    /// <summary>Renders a page template and wraps it in the layout, without the templates' indentation. Null (with a diagnostic) on a template error.</summary>
    public string? Render(string templateName, object page, object model, object site, DiagnosticBag diagnostics) =>
        RenderWithIndentation(templateName, page, model, site, diagnostics, null, static html => HtmlIndentation.Remove(html));

    /// <summary>The same as UTF-8, as it is written to disk.</summary>
    /// <param name="prepared">Partials already rendered for this page (name → HTML), which its <c>include</c>s use as they are.</param>
    public byte[]? RenderUtf8(string templateName, object page, object model, object site, DiagnosticBag diagnostics, IReadOnlyDictionary<string, string>? prepared = null) =>
        RenderWithIndentation(templateName, page, model, site, diagnostics, prepared, static html => HtmlIndentation.RemoveToUtf8(html));

    /// <param name="finish">Makes the result from the page as the layout rendered it (indentation and all).</param>
    private T? RenderWithIndentation<T>(string templateName, object page, object model, object site, DiagnosticBag diagnostics, IReadOnlyDictionary<string, string>? prepared, Func<ReadOnlySpan<char>, T> finish) where T : class
    {
        var globals = new ScriptObject { ["page"] = page, ["model"] = model, ["site"] = site };
        var context = contexts.Value!;
        context.Outputs.Prepared = prepared;
        try
        {
            // The layout is rendered while the body still lies in its buffer (see ContentSlot).
            return Run(pages[templateName], globals, diagnostics, body =>
            {
                context.Outputs.Prepared = null; // the page's own partials, not the layout's
                if (!contentWrittenAsIs)
                {
                    globals[ContentSlot.VariableName] = body.ToString();
                    return Run(pages[LayoutName], globals, diagnostics, layout => finish(layout.Span));
                }
                globals[ContentSlot.VariableName] = ContentSlot.StandIn;
                return Run(pages[LayoutName], globals, diagnostics, layout => ContentSlot.Fill(layout.Span, body.Span, finish));
            });
        }
        finally
        {
            context.Outputs.Prepared = null;
        }
    }

    /// <summary>Renders one partial on its own (a block of a topic for a training pack), without the layout.</summary>
    public string? RenderFragment(string partialName, object page, object model, object site, DiagnosticBag diagnostics) =>
        Run(partials[partialName], new ScriptObject { ["page"] = page, ["model"] = model, ["site"] = site }, diagnostics);

    public bool HasPartial(string name) => partials.ContainsKey(name);

    /// <summary>A hash of every template's name and text: equal fingerprints render equal pages from equal views.</summary>
    public string Fingerprint { get; }

    private static string FingerprintOf(TemplateSource source)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var path in source.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(path + "\0"));
            hash.AppendData(source.Read(path));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private RenderContext NewContext()
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = new PartialLoader(partials),
            LoopLimit = 100_000,
            // Scriban cuts any output past 1 MB by default, silently: the whole-guide print book is larger.
            LimitToString = 0,
            // Scriban re-indents an included partial to the column of its include; pages lose that
            // indentation again (HtmlIndentation), and without it an include renders straight into the
            // page's buffer (ReusingInclude) instead of into a string of its own that is then copied.
            AutoIndent = false,
        };
        foreach (var (name, partial) in partials) context.CachedTemplates[name] = partial;
        var outputs = new ReusedOutputs();
        // Shadows the built-in include (globals are looked up before built-ins).
        var functions = new ScriptObject();
        functions.SetValue("include", new ReusingInclude(outputs, pureOutputs), readOnly: true);
        TemplateFunctions.AddTo(functions);
        context.PushGlobal(functions);
        return new RenderContext(context, outputs, functions);
    }

    private string? Run(Template template, ScriptObject globals, DiagnosticBag diagnostics) =>
        Run(template, globals, diagnostics, static text => text.ToString());

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
            contexts.Value = NewContext();
            diagnostics.Error(DiagnosticCodes.TemplateError, ToSpan(e.Span), e.OriginalMessage);
            return null;
        }
    }

    private static bool Parse(TemplateSource source, string path, Dictionary<string, Template> into, DiagnosticBag diagnostics)
    {
        var template = Template.Parse(source.ReadText(path), source.DisplayPath(path));
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            diagnostics.Error(DiagnosticCodes.TemplateError, ToSpan(message.Span), message.Message);
        if (template.HasErrors) return false;
        into[Path.GetFileNameWithoutExtension(path)] = template;
        return true;
    }

    /// <summary>An .html file directly inside <paramref name="folder"/> ("" for the templates folder itself).</summary>
    private static bool IsTemplate(string path, string folder) =>
        path.StartsWith(folder, StringComparison.Ordinal) && path.EndsWith(".html", StringComparison.Ordinal) && !path[folder.Length..].Contains('/');

    private static Core.Diagnostics.SourceSpan ToSpan(Scriban.Parsing.SourceSpan span) =>
        new(span.FileName ?? "templates", span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>Resolves <c>include "name"</c> to a partial parsed up front; the text is never loaded twice.</summary>
    private sealed class PartialLoader(IReadOnlyDictionary<string, Template> partials) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) => templateName;

        public string? Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
            partials.ContainsKey(templatePath)
                ? throw new InvalidOperationException("partials are served from the cache") // never reached: CachedTemplates holds them
                : throw new ScriptRuntimeException(callerSpan, $"there is no partial '{templatePath}' in templates/{PartialsFolder}/");

        public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
            new((string?)Load(context, callerSpan, templatePath));
    }
}
