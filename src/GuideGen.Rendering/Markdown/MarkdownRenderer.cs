using GuideGen.Core.Diagnostics;
using GuideGen.Core.Model;
using GuideGen.Core.Validation;
using GuideGen.Rendering.Output;
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
        // Text that is only words comes out as it went in; unless a glossary term in it is to be linked.
        // For speed only: in reference mode (FastPaths) Markdig parses every fragment.
        if (Core.FastPaths.Enabled && LiteralMarkdown.Html(source.Text, inline) is { } literal && glossary?.WouldLinkIn(source.Text) != true) return literal;
        if (TryParse(source.Text) is not { } document)
        {
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, source.Position(0, 0), "the Markdown is nested too deeply for the Markdown parser; simplify its quotes, lists or links");
            return "";
        }
        foreach (var link in document.Descendants<LinkInline>()) Resolve(link, source, currentPath);
        foreach (var link in document.Descendants<AutolinkInline>()) RefuseScript(link, link.Url, source);
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

        if (UrlSchemes.SchemeOf(url) is { } scheme)
        {
            if (!UrlSchemes.IsAllowed(scheme)) Refuse(link, url, scheme, span);
            // The site is read offline and its policy allows only its own files: a web image would never show.
            else if (link.IsImage && scheme is "http" or "https")
                diagnostics.Warning(DiagnosticCodes.RemoteImage, span,
                    $"the image '{url}' is on the web; the guide works offline and loads only its own files, so it would not show – describe it in words or link to it instead");
            return;
        }
        if (url.StartsWith('#')) return;
        diagnostics.Error(DiagnosticCodes.RelativeLink, span,
            $"the link '{url}' points at a file; link to pages of the guide with @id (for example @s1-safeguarding) or give a full web address");
    }

    private void RefuseScript(Inline link, string url, MarkdownSource source)
    {
        if (UrlSchemes.SchemeOf(url) is { } scheme && !UrlSchemes.IsAllowed(scheme))
            Refuse(link, url, scheme, source.Position(link.Line, link.Column));
    }

    private void Refuse(Inline link, string url, string scheme, Core.Diagnostics.SourceSpan span)
    {
        diagnostics.Error(DiagnosticCodes.UnsafeLinkScheme, span, UrlSchemes.Refusal(url, scheme));
        // The build fails anyway; never let the address reach the page even in a partial render.
        if (link is LinkInline inline) inline.Url = "#";
        else if (link is AutolinkInline auto) auto.Url = "#";
    }
}
