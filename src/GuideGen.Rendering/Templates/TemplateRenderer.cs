using GuideGen.Core.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace GuideGen.Rendering.Templates;

/// <summary>
/// How a <see cref="TemplateSet"/> renders its parsed templates. Two ways to the same text: the fast one
/// (<see cref="ReusingRenderer"/>: reused buffers and contexts, its own <c>include</c>, pure partials
/// rendered once, the body put into the layout from its buffer) and its plain twin
/// (<see cref="PlainRenderer"/>: Scriban as it comes, for reference mode, <see cref="Core.FastPaths"/>).
/// </summary>
internal abstract class TemplateRenderer
{
    /// <summary>Renders <paramref name="page"/>, then <paramref name="layout"/> with the page as <c>content</c>, and hands <paramref name="finish"/> the layout's text. Null (with a diagnostic) on a template error.</summary>
    /// <param name="prepared">Partials already rendered for this page (name → HTML), which its includes may take as they are.</param>
    public abstract T? Page<T>(Template page, Template layout, ScriptObject globals, IReadOnlyDictionary<string, string>? prepared,
        DiagnosticBag diagnostics, Func<ReadOnlySpan<char>, T> finish) where T : class;

    /// <summary>Renders one partial on its own. Null (with a diagnostic) on a template error.</summary>
    public abstract string? Fragment(Template partial, ScriptObject globals, DiagnosticBag diagnostics);

    /// <summary>The variable a page's body is given to the layout as.</summary>
    public const string ContentVariable = "content";

    /// <summary>A Scriban context as both renderers set it up, with the site's functions beyond the built-ins.</summary>
    protected static (TemplateContext Context, ScriptObject Functions) NewContext(ITemplateLoader loader)
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = loader,
            LoopLimit = 100_000,
            // Scriban cuts any output past 1 MB by default, silently: the whole-guide print book is larger.
            LimitToString = 0,
            // Scriban re-indents an included partial to the column of its include; pages lose that
            // indentation again (HtmlIndentation), and without it an include renders straight into the
            // page's buffer (ReusingInclude) instead of into a string of its own that is then copied.
            // Off for both renderers: it is part of what the templates' text comes out as.
            AutoIndent = false,
        };
        var functions = new ScriptObject();
        TemplateFunctions.AddTo(functions);
        context.PushGlobal(functions);
        return (context, functions);
    }

    protected static void Report(ScriptRuntimeException e, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.TemplateError, TemplateSet.ToSpan(e.Span), e.OriginalMessage);
}
