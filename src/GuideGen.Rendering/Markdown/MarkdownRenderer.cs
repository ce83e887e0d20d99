using GuideGen.Core.Diagnostics;
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
/// written and reporting links that lead nowhere. Raw HTML is escaped, never passed through.
/// </summary>
public sealed class MarkdownRenderer(LinkResolver links, DiagnosticBag diagnostics)
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseGuideLinks()
        .Use<ScrollableTablesExtension>()
        .DisableHtml()
        .Build();

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
        if (TryParse(source.Text) is not { } document)
        {
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, source.Position(0, 0), "the Markdown is nested too deeply for the Markdown parser; simplify its quotes, lists or links");
            return "";
        }
        foreach (var link in document.Descendants<LinkInline>()) Resolve(link, source, currentPath);
        glossary?.Link(document);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = inline && document is [ParagraphBlock] };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString().TrimEnd('\n');
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

        if (url.StartsWith('#') || HasScheme(url)) return;
        diagnostics.Error(DiagnosticCodes.RelativeLink, span,
            $"the link '{url}' points at a file; link to pages of the guide with @id (for example @s1-safeguarding) or give a full web address");
    }

    private static bool HasScheme(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase);
}
