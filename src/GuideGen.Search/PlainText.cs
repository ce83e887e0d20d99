using System.Globalization;
using Markdig;
using Markdig.Renderers;

namespace GuideGen.Search;

/// <summary>
/// Markdown as the plain text search shows and indexes: one line, with the markup taken out. Most items
/// are a single line of words and punctuation that Markdown leaves as it is, and these skip Markdig
/// (a parse and a renderer per item, most of the cost of building the search documents). A test checks
/// the shortcut against Markdig on generated text.
/// </summary>
public static class PlainText
{
    // Raw HTML is shown as text on the pages (it is escaped there), so it is plain text here too.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    public static string Of(string markdown) => Line(IsLiteral(markdown) ? markdown : Render(markdown));

    /// <summary>The plain text as Markdig's ToPlainText gives it: what <see cref="Of"/> must always equal.</summary>
    public static string ByMarkdig(string markdown) => Line(Markdown.ToPlainText(markdown, Pipeline));

    // Markdig's ToPlainText sets up a new renderer for every text (most of its cost for a short one);
    // each thread keeps one, set up the same way, and resets it before use, as Markdig's own ToHtml does.
    [ThreadStatic] private static ReusableRenderer? renderer;

    private static string Render(string markdown)
    {
        if (renderer is null)
        {
            renderer = new ReusableRenderer { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
            Pipeline.Setup(renderer);
        }
        renderer.Restart();
        renderer.Render(Markdown.Parse(markdown, Pipeline));
        renderer.Writer.Flush();
        return renderer.Writer.ToString()!;
    }

    private sealed class ReusableRenderer() : HtmlRenderer(new StringWriter())
    {
        /// <summary>Empties the output and the state a render leaves (line and indent), as Markdig's renderer cache does.</summary>
        public void Restart() => Reset();
    }

    private static string Line(string text) => text.Trim().ReplaceLineEndings(" ");

    /// <summary>
    /// Whether Markdown would give back the text unchanged: one line that starts with a letter (no block
    /// starts with one: not a list, heading, quote, code block or table row) and holds no character that
    /// starts inline markup (emphasis, code, links, autolinks, entities, escapes, table cells).
    /// </summary>
    public static bool IsLiteral(string text)
    {
        if (text.Length == 0 || !char.IsLetter(text[0])) return false;
        foreach (var c in text)
        {
            if (c < 128)
            {
                if (!LiteralAscii[c]) return false;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
                     or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator
                     or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
                return false;
        }
        return true;
    }

    private static readonly bool[] LiteralAscii = Enumerable.Range(0, 128)
        .Select(c => char.IsAsciiLetterOrDigit((char)c) || " .,;:'\"?()/%-+=#@$^{}".Contains((char)c)).ToArray();
}
