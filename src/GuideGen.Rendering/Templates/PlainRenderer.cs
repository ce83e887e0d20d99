using GuideGen.Core.Diagnostics;
using Scriban;
using SourceSpan = Scriban.Parsing.SourceSpan;
using Scriban.Runtime;
using Scriban.Syntax;

namespace GuideGen.Rendering.Templates;

/// <summary>
/// The plain twin of <see cref="ReusingRenderer"/> (reference mode, <see cref="Core.FastPaths"/>): Scriban
/// as it comes. A fresh context for each render, Scriban's own <c>include</c> with a template loader that
/// reads the partial's text (Scriban parses and caches it), every partial rendered where it is included
/// (no partial rendered beforehand, none kept), and the page's body given to the layout as a string.
/// </summary>
internal sealed class PlainRenderer(TemplateSource source, IEnumerable<string> partialNames) : TemplateRenderer
{
    private readonly PartialLoader loader = new(source, partialNames);

    public override T? Page<T>(Template page, Template layout, ScriptObject globals, IReadOnlyDictionary<string, string>? prepared,
        DiagnosticBag diagnostics, Func<ReadOnlySpan<char>, T> finish) where T : class
    {
        // `prepared` is the fast path's (the partials a page would render again): here every include renders.
        var context = NewContext(loader).Context;
        if (Run(context, page, globals, diagnostics) is not { } body) return null;
        globals[ContentVariable] = body;
        return Run(context, layout, globals, diagnostics) is { } text ? finish(text) : null;
    }

    public override string? Fragment(Template partial, ScriptObject globals, DiagnosticBag diagnostics) =>
        Run(NewContext(loader).Context, partial, globals, diagnostics);

    private static string? Run(TemplateContext context, Template template, ScriptObject globals, DiagnosticBag diagnostics)
    {
        context.PushGlobal(globals);
        try
        {
            var text = template.Render(context);
            context.PopGlobal();
            return text;
        }
        catch (ScriptRuntimeException e)
        {
            Report(e, diagnostics); // the context is not used again
            return null;
        }
    }

    /// <summary>
    /// Resolves <c>include "name"</c> to templates/partials/name.html and reads its text. The path is the
    /// name diagnostics give the file, as the parsed templates have it, so errors point at the same place.
    /// </summary>
    private sealed class PartialLoader(TemplateSource source, IEnumerable<string> partialNames) : ITemplateLoader
    {
        /// <summary>Each partial's name as diagnostics give it (templates/partials/x.html) → its path in the source.</summary>
        private readonly Dictionary<string, string> paths = partialNames.ToDictionary(
            name => source.DisplayPath(PartialPath(name)), PartialPath, StringComparer.Ordinal);

        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            source.DisplayPath(PartialPath(templateName)) is var path && paths.ContainsKey(path) ? path : templateName;

        public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            paths.TryGetValue(templatePath, out var path)
                ? source.ReadText(path)
                : throw new ScriptRuntimeException(callerSpan, $"there is no partial '{templatePath}' in templates/{TemplateSet.PartialsFolder}/");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            new(Load(context, callerSpan, templatePath));

        private static string PartialPath(string name) => TemplateSet.PartialsFolder + "/" + name + ".html";
    }
}
