using GuideGen.Core.Diagnostics;
using GuideGen.Core.Model;
using GuideGen.Core.Validation;
using GuideGen.Rendering.Output;
using GuideGen.Rendering.Validation;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GuideGen.Rendering.Markdown;

/// <summary>
/// Renders Markdown fragments to HTML, resolving `@id` links to relative URLs for the page being
/// written and reporting links that lead nowhere or to a script. Raw HTML is kept only when the site's
/// allow-list permits it (<see cref="RawHtmlSanitizer"/>); everything else is shown escaped.
/// </summary>
public sealed class MarkdownRenderer(LinkResolver links, DiagnosticBag diagnostics, RawHtmlPolicy htmlPolicy)
{
    private readonly RawHtmlSanitizer sanitizer = new(htmlPolicy, diagnostics);

    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseGuideLinks()
        .Use<ScrollableTablesExtension>()
        .UseSafeRawHtml()
        .Build();

    /// <summary>Markdig's HTML for text with no links and no glossary terms: what <see cref="LiteralMarkdown"/> must always equal.</summary>
    internal static string ByMarkdig(string markdown, bool inline) =>
        ToHtml(Markdig.Markdown.Parse(markdown, Pipeline), inline);

    private static string ToHtml(MarkdownDocument document, bool inline)
    {
        var renderer = ReusableRenderer.ForThisThread();
        renderer.ImplicitParagraph = inline && document is [ParagraphBlock];
        renderer.Render(document);
        renderer.Writer.Flush();
        return renderer.Writer.ToString()!.TrimEnd('\n');
    }

    /// <summary>Parses and renders a little of everything once, so that the first pages do not wait for the parser's code to be compiled.</summary>
    public static void WarmUp() => ByMarkdig("# A heading\n\nSome *text* with a [link](#here), `code` and @mention.\n\n- an item\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", inline: false);

    /// <summary>The anchors that a page body's headings will get.</summary>
    public static IReadOnlyList<string> HeadingIds(string markdown) =>
        TryParse(markdown) is { } document
            ? document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToList()
            : []; // Render reports the problem

    /// <summary>
    /// Markdig throws when elements nest beyond its depth limit. The loader refuses such text first
    /// (<see cref="Core.Loading.MarkdownNesting"/>); this catches whatever that cheap scan lets through.
    /// </summary>
    private static MarkdownDocument? TryParse(string markdown)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <param name="currentPath">The output path of the page the fragment goes on, to make relative links.</param>
    /// <param name="inline">Leave out the paragraph tags of a one-paragraph fragment (list items, table cells).</param>
    public string Render(MarkdownSource source, string currentPath, bool inline = false, GlossaryLinker? glossary = null)
    {
        // Text that is only words comes out as it went in, with its glossary terms linked.
        // For speed only: in reference mode (FastPaths) Markdig parses every fragment.
        if (Core.FastPaths.Enabled && LiteralMarkdown.Html(source.Text, inline, glossary) is { } literal) return literal;
        if (TryParse(source.Text) is not { } document)
        {
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, source.Position(0, 0), "the Markdown is nested too deeply for the Markdown parser; simplify its quotes, lists or links");
            return "";
        }
        foreach (var link in document.Descendants<LinkInline>()) Resolve(link, source, currentPath);
        foreach (var link in document.Descendants<AutolinkInline>()) RefuseScript(link, source);
        sanitizer.Sanitize(document, source);
        glossary?.Link(document);
        return ToHtml(document, inline);
    }

    /// <summary>
    /// One HTML renderer per thread, set up once and reset before each use (as Markdig's own ToHtml
    /// does): a guide renders tens of thousands of fragments, and a new renderer, with its dozens of
    /// object renderers, for each was a large share of building page views.
    /// </summary>
    private sealed class ReusableRenderer() : HtmlRenderer(new StringWriter())
    {
        [ThreadStatic] private static ReusableRenderer? current;

        public static ReusableRenderer ForThisThread()
        {
            if (current is null)
            {
                current = new ReusableRenderer();
                Pipeline.Setup(current);
            }
            current.Reset(); // empties the output and the line state a render leaves
            return current;
        }
    }

    private void Resolve(LinkInline link, MarkdownSource source, string currentPath)
    {
        var url = link.Url ?? "";
        var span = source.Position(link.Line, link.Column);
        if (url.StartsWith('@'))
        {
            if (links.Resolve(url, span, currentPath) is not { } resolved) return;
            link.Url = resolved.Href;
            if (link.GetData(MentionInlineParser.MentionKey) is true && link.FirstChild is null)
                link.AppendChild(new LiteralInline(resolved.Target.Title));
            return;
        }

        // The rules are the link rules' (Validation/LinkRules); a refused address never reaches the page, even in a partial render.
        if (!LinkRules.Address(url, link.IsImage, span, diagnostics)) link.Url = "#";
    }

    private void RefuseScript(AutolinkInline link, MarkdownSource source)
    {
        if (!LinkRules.AutolinkAddress(link.Url, source.Position(link.Line, link.Column), diagnostics)) link.Url = "#";
    }
}
