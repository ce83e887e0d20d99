namespace GuideGen.Core.Loading;

/// <summary>
/// A cheap scan of Markdown text, before any parser sees it, for nesting no guide needs: block quotes
/// or lists stacked many levels deep, and runs of unclosed brackets, parentheses or emphasis. Markdig
/// refuses the first by throwing at 128 levels, and the second can take it minutes (each unclosed
/// `(` of a link is scanned to the end of the text), so both are reported as GG1007 instead. Every text
/// value is scanned, not only Markdown fields: a title nested this deep is no more sensible.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>Levels of nesting allowed; CommonMark itself stops matching link parentheses at 32.</summary>
    public const int MaxDepth = 32;

    private static readonly System.Buffers.SearchValues<char> Counted = System.Buffers.SearchValues.Create("\n\\[]()*_");

    /// <summary>The 0-based line and column where the text first nests deeper than <see cref="MaxDepth"/>, or null.</summary>
    public static (int Line, int Column)? FindTooDeep(string text)
    {
        if (text.Length <= MaxDepth) return null; // too short to nest that deep
        int brackets = 0, parentheses = 0, emphasis = 0, line = 0, lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (i == lineStart)
            {
                var (depth, end) = BlockDepth(text, i);
                if (depth > MaxDepth) return (line, end - lineStart);
                if (IsBlank(text, end)) brackets = parentheses = emphasis = 0; // a blank line ends the paragraph
            }
            // Every text value of a guide is scanned: characters that count for nothing are skipped a vector at a time.
            if (text.AsSpan(i).IndexOfAny(Counted) is var next && next < 0) return null;
            i += next;
            var c = text[i];
            switch (c)
            {
                case '\n':
                    line++;
                    lineStart = i + 1;
                    continue;
                case '\\':
                    i++; // an escaped character opens nothing (a backslash before a newline is a line break: keep counting lines)
                    if (i < text.Length && text[i] == '\n') { line++; lineStart = i + 1; }
                    continue;
                case '[': brackets++; break;
                case ']': brackets = Math.Max(0, brackets - 1); break;
                case '(': parentheses++; break;
                case ')': parentheses = Math.Max(0, parentheses - 1); break;
                case '*' or '_':
                {
                    // A run of delimiters is one opener or closer: it opens when text follows it, closes when text precedes it.
                    var end = i;
                    while (end < text.Length && text[end] == c) end++;
                    var before = i == 0 ? ' ' : text[i - 1];
                    var after = end < text.Length ? text[end] : ' ';
                    if (char.IsWhiteSpace(before) && !char.IsWhiteSpace(after)) emphasis++;
                    else if (!char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after))) emphasis = Math.Max(0, emphasis - 1);
                    i = end - 1;
                    break;
                }
                default: continue;
            }
            if (brackets > MaxDepth || parentheses > MaxDepth || emphasis > MaxDepth) return (line, i - lineStart);
        }
        return null;
    }

    /// <summary>How many containers a line opens (quote markers, list markers, two columns of indent each) and where its text starts.</summary>
    private static (int Depth, int End) BlockDepth(string text, int start)
    {
        int depth = 0, columns = 0, i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ') { columns++; i++; }
            else if (c == '\t') { columns += 4; i++; }
            else if (c == '>') { depth++; i++; }
            else if (c is '-' or '+' or '*' && i + 1 < text.Length && text[i + 1] is ' ' or '\t') { depth++; i += 2; }
            else if (char.IsAsciiDigit(c) && ListNumberEnd(text, i) is { } end) { depth++; i = end; }
            else break;
        }
        return (depth + columns / 2, i);
    }

    /// <summary>The end of an ordered list marker ("12. " or "3) ") starting at <paramref name="i"/>, or null.</summary>
    private static int? ListNumberEnd(string text, int i)
    {
        var j = i;
        while (j < text.Length && j - i < 9 && char.IsAsciiDigit(text[j])) j++;
        return j + 1 < text.Length && text[j] is '.' or ')' && text[j + 1] is ' ' or '\t' ? j + 2 : null;
    }

    private static bool IsBlank(string text, int i) => i >= text.Length || text[i] is '\n' or '\r';
}
