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
    private readonly ReusingRenderer reusing;
    private readonly Lazy<PlainRenderer> plain;

    private TemplateSet(TemplateSource source, Dictionary<string, Template> pages, Dictionary<string, Template> partials, string fingerprint)
    {
        this.pages = pages;
        this.partials = partials;
        Fingerprint = fingerprint;
        reusing = new ReusingRenderer(pages, partials, new PartialLoader(partials));
        plain = new(() => new PlainRenderer(source, partials.Keys));
    }

    /// <summary>The fast renderer; in reference mode (<see cref="Core.FastPaths"/>) its plain twin, Scriban as it comes.</summary>
    private TemplateRenderer Renderer => Core.FastPaths.Enabled ? reusing : plain.Value;

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
        return new ParsedTemplates(source, ok ? new TemplateSet(source, pages, partials, FingerprintOf(source)) : null, present);
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
    private T? RenderWithIndentation<T>(string templateName, object page, object model, object site, DiagnosticBag diagnostics, IReadOnlyDictionary<string, string>? prepared, Func<ReadOnlySpan<char>, T> finish) where T : class =>
        Renderer.Page(pages[templateName], pages[LayoutName], Globals(page, model, site), prepared, diagnostics, finish);

    /// <summary>Renders one partial on its own (a block of a topic for a training pack), without the layout.</summary>
    public string? RenderFragment(string partialName, object page, object model, object site, DiagnosticBag diagnostics) =>
        Renderer.Fragment(partials[partialName], Globals(page, model, site), diagnostics);

    private static ScriptObject Globals(object page, object model, object site) => new() { ["page"] = page, ["model"] = model, ["site"] = site };

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

    internal static Core.Diagnostics.SourceSpan ToSpan(Scriban.Parsing.SourceSpan span) =>
        new(span.FileName ?? "templates", span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>For the fast renderer: resolves <c>include "name"</c> to a partial parsed up front; the text is never loaded twice.</summary>
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
