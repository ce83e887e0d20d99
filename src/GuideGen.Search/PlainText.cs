using System.Globalization;
using Markdig;

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

    public static string Of(string markdown) => IsLiteral(markdown) ? Line(markdown) : ByMarkdig(markdown);

    /// <summary>The plain text as Markdig gives it, shortcut or not: what <see cref="Of"/> must always equal.</summary>
    public static string ByMarkdig(string markdown) => Line(Markdown.ToPlainText(markdown, Pipeline));

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
