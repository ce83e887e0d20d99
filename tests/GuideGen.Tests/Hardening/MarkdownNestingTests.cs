using CsCheck;
using GuideGen.Core.Loading;

namespace GuideGen.Tests.Hardening;

/// <summary>
/// The nesting scan runs over every text value of a guide, so it skips characters that count for
/// nothing a vector at a time; it must find exactly what the plain character-by-character scan it
/// replaced found (kept below as <see cref="CharacterByCharacter"/>), on any text.
/// </summary>
public class MarkdownNestingTests
{
    private const string Alphabet = "ab \n\n\\[]()*_>-+1.\t\r";

    [Fact]
    public void The_skipping_scan_finds_what_the_character_by_character_scan_found()
    {
        var piece = Gen.OneOf(
            Gen.Char[Alphabet].Array[0, 40].Select(c => new string(c)),
            Gen.Int[1, 40].Select(n => new string('[', n)), Gen.Int[1, 40].Select(n => new string('(', n)),
            Gen.Int[1, 40].Select(n => string.Concat(Enumerable.Repeat("> ", n))), Gen.Int[1, 40].Select(n => string.Concat(Enumerable.Repeat("- ", n))),
            Gen.Int[1, 20].Select(n => string.Concat(Enumerable.Repeat(" *a", n))));
        piece.Array[0, 12].Select(p => string.Concat(p)).Sample(text =>
            MarkdownNesting.FindTooDeep(text).ShouldBe(CharacterByCharacter.FindTooDeep(text), text.ReplaceLineEndings("\\n")), iter: 20_000);
    }

    [Theory]
    [InlineData(40, '[')]
    [InlineData(40, '(')]
    public void Deep_runs_are_found_where_they_pass_the_limit(int count, char opener)
    {
        var text = "Some text first\nthen " + new string(opener, count);
        MarkdownNesting.FindTooDeep(text).ShouldBe((1, 5 + MarkdownNesting.MaxDepth));
    }

    /// <summary>The scan as it was before it skipped characters: the reference.</summary>
    private static class CharacterByCharacter
    {
    /// <summary>Levels of nesting allowed; CommonMark itself stops matching link parentheses at 32.</summary>
    private const int MaxDepth = 32;

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
}
