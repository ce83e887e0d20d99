using System.Text;

namespace GuideGen.Rendering.Markdown;

/// <summary>
/// The HTML of Markdown that is only words: paragraphs of lines that start with a letter, end without
/// a space and hold nothing Markdown (or the guide's @-links) gives a meaning to. Most recommendations,
/// signs and examples are such text, and parsing each with Markdig was most of building the page
/// views of a large guide. Glossary terms in such text are linked here too (<see cref="GlossaryLinker.LinkLines"/>),
/// as the linker would on Markdig's tree: a guide's running text is full of its terms. The result is
/// exactly Markdig's, as property tests require; anything else (null) goes through Markdig.
/// </summary>
internal static class LiteralMarkdown
{
    // Characters that never start or change anything in CommonMark or in this pipeline's extensions
    // when they stand inside a line: no emphasis, code, links, entities, escapes, HTML, tables or @-links.
    private static readonly bool[] Plain = Enumerable.Range(0, 128)
        .Select(c => char.IsAsciiLetterOrDigit((char)c) || " .,;:'\"?()/%-+=#$^{}".Contains((char)c)).ToArray();

    [ThreadStatic] private static StringBuilder? builder;
    [ThreadStatic] private static List<LiteralLine>? lineList;
    [ThreadStatic] private static List<GlossaryLinker.TermLink>? linkList;

    /// <summary>One line of a literal paragraph: where it starts in the text, its length, and its paragraph's number.</summary>
    internal readonly record struct LiteralLine(int Start, int Length, int Paragraph);

    /// <param name="inline">As <see cref="MarkdownRenderer.Render"/>: a single paragraph loses its paragraph tags.</param>
    /// <param name="glossary">The page's linker, whose terms are linked (and marked used) as Markdig's path would.</param>
    public static string? Html(string markdown, bool inline, GlossaryLinker? glossary = null)
    {
        var lines = lineList ??= [];
        if (!TryReadLines(markdown, lines)) return null;
        var links = linkList ??= [];
        links.Clear();
        if (glossary is not null && !glossary.LinkLines(markdown, lines, links)) return null;
        return Write(markdown, lines, links, inline);
    }

    // The lines of the text's paragraphs; false when any line is not plain words or there are no lines.
    private static bool TryReadLines(string markdown, List<LiteralLine> lines)
    {
        lines.Clear();
        var paragraph = -1;
        var inParagraph = false;
        var start = 0;
        while (start < markdown.Length)
        {
            var end = markdown.IndexOf('\n', start);
            if (end < 0) end = markdown.Length;
            var line = markdown.AsSpan(start, end - start);
            if (line.IsEmpty) inParagraph = false;
            else
            {
                if (!IsPlainLine(line)) return false;
                if (!inParagraph) paragraph++;
                inParagraph = true;
                lines.Add(new LiteralLine(start, line.Length, paragraph));
            }
            start = end + 1;
        }
        return lines.Count > 0;
    }

    private static string Write(string markdown, List<LiteralLine> lines, List<GlossaryLinker.TermLink> links, bool inline)
    {
        var html = builder ??= new StringBuilder();
        html.Clear();
        var next = 0; // the next link, in text order
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i == 0 || lines[i - 1].Paragraph != line.Paragraph)
            {
                if (i > 0) html.Append("</p>\n");
                html.Append("<p>");
            }
            else html.Append('\n'); // a soft line break
            var at = line.Start;
            var end = line.Start + line.Length;
            for (; next < links.Count && links[next].Start < end; next++)
            {
                var link = links[next];
                Escaped(html, markdown.AsSpan(at, link.Start - at));
                html.Append("<a href=\"").Append(link.Href).Append("\" class=\"glossary-term\" aria-describedby=\"tip-").Append(link.Id).Append("\">");
                Escaped(html, markdown.AsSpan(link.Start, link.Length));
                html.Append("</a>");
                at = link.Start + link.Length;
            }
            Escaped(html, markdown.AsSpan(at, end - at));
        }
        html.Append("</p>");
        var single = lines[^1].Paragraph == 0;
        return inline && single ? html.ToString(3, html.Length - 7) : html.ToString();
    }

    // Of the plain characters only the double quote is escaped in Markdig's HTML.
    private static void Escaped(StringBuilder html, ReadOnlySpan<char> text)
    {
        while (text.IndexOf('"') is var quote and >= 0)
        {
            html.Append(text[..quote]).Append("&quot;");
            text = text[(quote + 1)..];
        }
        html.Append(text);
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
