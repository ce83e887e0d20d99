using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace GuideGen.Rendering.Markdown;

/// <summary>
/// Wraps each table in a focusable, labelled region that scrolls sideways on narrow screens, so a wide
/// table never makes the whole page scroll and keyboard users can still reach every column.
/// </summary>
public sealed class ScrollableTablesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.Contains<HtmlTableRenderer>())
            html.ObjectRenderers.Replace<HtmlTableRenderer>(new ScrollableTableRenderer());
    }

    /// <summary>A name for the region from the table's column headings, which tell tables on one page apart.</summary>
    private static string LabelOf(Table table)
    {
        var header = table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader);
        var headings = header?.OfType<TableCell>()
            .Select(cell => string.Concat(cell.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString())).Trim())
            .Where(text => text.Length > 0)
            .ToList() ?? [];
        return headings.Count == 0 ? "Table" : "Table: " + string.Join(", ", headings);
    }

    private sealed class ScrollableTableRenderer : HtmlTableRenderer
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            renderer.EnsureLine();
            renderer.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"");
            renderer.WriteEscape(LabelOf(table));
            renderer.WriteLine("\">");
            base.Write(renderer, table);
            renderer.WriteLine("</div>");
        }
    }
}
