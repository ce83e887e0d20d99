using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace GuideGen.Rendering.Markdown;

/// <summary>
/// Parses a bare mention of another page, `@s1-safeguarding` or `@glossary#dols`, into a link whose
/// text is filled in with the target's title when links are resolved.
/// </summary>
public sealed class MentionInlineParser : InlineParser
{
    /// <summary>Key under which a mention link is marked, so the resolver knows to give it the target's title.</summary>
    public static readonly object MentionKey = new();

    public MentionInlineParser() => OpeningCharacters = ['@'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        // Only at the start of a word: "name@example.org" is not a mention.
        var previous = slice.PeekCharExtra(-1);
        if (previous != '\0' && !previous.IsWhitespace() && previous is not ('(' or '[' or '"' or '\''))
            return false;

        var start = slice.Start;
        var text = slice.Text;
        var end = start + 1;
        while (end <= slice.End && IsIdChar(text[end])) end++;
        if (end <= slice.End && text[end] == '#')
        {
            var anchorEnd = end + 1;
            while (anchorEnd <= slice.End && IsIdChar(text[anchorEnd])) anchorEnd++;
            if (anchorEnd > end + 1) end = anchorEnd;
        }
        while (end > start + 1 && text[end - 1] is '-' or '#') end--; // a trailing hyphen belongs to the sentence
        if (end == start + 1) return false;

        var target = text[(start + 1)..end];
        processor.GetSourcePosition(start, out var line, out var column);
        var link = new LinkInline("@" + target, "")
        {
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start), processor.GetSourcePosition(end - 1)),
            Line = line,
            Column = column,
            IsClosed = true,
        };
        link.SetData(MentionKey, true);
        processor.Inline = link;
        slice.Start = end;
        return true;
    }

    private static bool IsIdChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-';
}
