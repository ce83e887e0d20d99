using System.Text;

namespace GuideGen.Rendering.Markdown;

/// <summary>
/// The HTML of Markdown that is only words: paragraphs of lines that start with a letter, end without
/// a space and hold nothing Markdown (or the guide's @-links) gives a meaning to. Most recommendations,
/// signs and examples are such text, and parsing each with Markdig was most of building the page
/// views of a large guide. The result is exactly Markdig's, as a property test requires; anything
/// else (null) goes through Markdig.
/// </summary>
internal static class LiteralMarkdown
{
    // Characters that never start or change anything in CommonMark or in this pipeline's extensions
    // when they stand inside a line: no emphasis, code, links, entities, escapes, HTML, tables or @-links.
    private static readonly bool[] Plain = Enumerable.Range(0, 128)
        .Select(c => char.IsAsciiLetterOrDigit((char)c) || " .,;:'\"?()/%-+=#$^{}".Contains((char)c)).ToArray();

    [ThreadStatic] private static StringBuilder? builder;

    /// <param name="inline">As <see cref="MarkdownRenderer.Render"/>: a single paragraph loses its paragraph tags.</param>
    public static string? Html(string markdown, bool inline)
    {
        var html = builder ??= new StringBuilder();
        html.Clear();
        var paragraphs = 0;
        var inParagraph = false;
        var text = markdown.AsSpan();
        while (!text.IsEmpty)
        {
            var end = text.IndexOf('\n');
            var line = end < 0 ? text : text[..end];
            text = end < 0 ? default : text[(end + 1)..];
            if (line.IsEmpty)
            {
                if (inParagraph) html.Append("</p>\n");
                inParagraph = false;
                continue;
            }
            if (!IsPlainLine(line)) return null;
            if (inParagraph) html.Append('\n'); // a soft line break
            else
            {
                html.Append("<p>");
                inParagraph = true;
                paragraphs++;
            }
            foreach (var c in line)
                if (c == '"') html.Append("&quot;");
                else html.Append(c);
        }
        if (paragraphs == 0) return null;
        if (inParagraph) html.Append("</p>");
        else html.Length--; // the last paragraph's line break
        return inline && paragraphs == 1 ? html.ToString(3, html.Length - 7) : html.ToString();
    }

    private static bool IsPlainLine(ReadOnlySpan<char> line)
    {
        if (!char.IsLetter(line[0]) || line[^1] == ' ') return false;
        foreach (var c in line)
        {
            if (c < 128)
            {
                if (!Plain[c]) return false;
            }
            else if (!Core.Text.MarkdownCharacters.IsInertBeyondAscii(c)) return false;
        }
        return true;
    }
}
