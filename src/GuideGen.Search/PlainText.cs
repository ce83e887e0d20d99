using System.Globalization;
using Markdig;
using Markdig.Renderers;

namespace GuideGen.Search;

/// <summary>
/// Markdown as the plain text search shows and indexes: one line, with the markup taken out. Most items
/// are paragraphs of words and punctuation that Markdown leaves as they are, and these skip Markdig
/// (a parse and a renderer per item, most of the cost of building the search documents). A test checks
/// the shortcut against Markdig on generated text.
/// </summary>
public static class PlainText
{
    // Raw HTML is shown as text on the pages (it is escaped there), so it is plain text here too.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    public static string Of(string markdown) => Line(Literal(markdown) ?? Render(markdown));

    /// <summary>Whether Markdown would give back the words unchanged, only the line breaks and spaces around lines differing.</summary>
    public static bool IsLiteral(string markdown) => Literal(markdown) is not null;

    // Each thread joins the lines of literal paragraphs in one builder, reused.
    [ThreadStatic] private static System.Text.StringBuilder? lines;

    /// <summary>
    /// The plain text of Markdown that is only paragraphs of literal text, as Markdig gives it after Line()
    /// (its lines without the spaces around them, joined by one space), or null for anything else. A line of literal text starts
    /// with a letter, which starts no block (list, heading, quote, fence, table, HTML), and holds no character
    /// that starts inline markup (emphasis, code, links, autolinks, entities, escapes, table cells); the first
    /// line of a paragraph must not be indented four spaces, which would make it code.
    /// </summary>
    private static string? Literal(string markdown)
    {
        if (markdown.IndexOf('\n') < 0) return IsLiteralLine(markdown.AsSpan().TrimStart(' '), markdown.Length - markdown.TrimStart(' ').Length) ? markdown : null;
        var text = lines ??= new System.Text.StringBuilder();
        text.Clear();
        var paragraphStart = true;
        foreach (var range in markdown.AsSpan().Split('\n'))
        {
            var line = markdown.AsSpan(range).TrimEnd(' ');
            var content = line.TrimStart(' ');
            if (content.IsEmpty) { paragraphStart = true; continue; }
            if (!IsLiteralLine(content, paragraphStart ? line.Length - content.Length : 0)) return null;
            if (text.Length > 0) text.Append(' '); // Markdig keeps a line break, which Line() turns into a space
            text.Append(content);
            paragraphStart = false;
        }
        return text.ToString();
    }

    private static bool IsLiteralLine(ReadOnlySpan<char> content, int indent)
    {
        if (indent >= 4 || content.IsEmpty || !char.IsLetter(content[0])) return false;
        foreach (var c in content)
        {
            if (c < 128)
            {
                if (!LiteralAscii[c]) return false;
            }
            else if (!IsInertBeyondAscii(c)) return false;
        }
        return true;
    }

    /// <summary>Whether a character beyond ASCII is one Markdown passes through as it is (see <see cref="Core.Text.MarkdownCharacters"/>).</summary>
    public static bool IsInertBeyondAscii(char c) => Core.Text.MarkdownCharacters.IsInertBeyondAscii(c);

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

    private static readonly bool[] LiteralAscii = Enumerable.Range(0, 128)
        .Select(c => char.IsAsciiLetterOrDigit((char)c) || " .,;:'\"?()/%-+=#@$^{}".Contains((char)c)).ToArray();
}
