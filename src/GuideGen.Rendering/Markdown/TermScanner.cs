using System.Globalization;

namespace GuideGen.Rendering.Markdown;

/// <summary>
/// Finds glossary names in text as <see cref="GlossaryTerms"/>' pattern does, without the pattern:
/// a guide's running text is full of its terms, and the pattern, one alternative per name and most
/// of them case-insensitive, tried nearly every word of every page. Here each word start is looked up
/// once by its first word, and only the names beginning with that word are compared.
/// <para>
/// It serves only names it can compare exactly: ASCII names that begin with a letter or digit. And it
/// declines (null) text holding a character that some case rule folds onto an ASCII letter (the Kelvin
/// sign, the long s, the dotted and dotless i): the pattern decides those. Its plain twin is the pattern
/// itself, which reference mode (<see cref="Core.FastPaths"/>) always uses; a property test holds the
/// two to the same matches.
/// </para>
/// </summary>
internal sealed class TermScanner
{
    private readonly Dictionary<string, (string Name, bool ExactCase)[]> byFirstWord;
    private readonly Dictionary<string, (string Name, bool ExactCase)[]>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private TermScanner(Dictionary<string, (string Name, bool ExactCase)[]> byFirstWord)
    {
        this.byFirstWord = byFirstWord;
        lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <param name="names">The names in the pattern's order of alternatives (longest first), with whether each matches only in its own case.</param>
    /// <returns>Null when a name is one this scanner cannot compare exactly.</returns>
    public static TermScanner? For(IReadOnlyList<(string Name, bool ExactCase)> names)
    {
        if (names.Any(n => n.Name.Length == 0 || !char.IsAsciiLetterOrDigit(n.Name[0]) || !n.Name.All(char.IsAscii))) return null;
        // Names with the same first word, case aside, share a bucket; each bucket keeps the pattern's order.
        var buckets = names.GroupBy(n => FirstWord(n.Name), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        return new TermScanner(buckets);
    }

    /// <summary>Whether the scanner can read this text; when not, the pattern must.</summary>
    public static bool CanRead(ReadOnlySpan<char> text)
    {
        // Only characters outside ASCII can fold onto ASCII letters; text that has none is the common case.
        var at = text.IndexOfAnyExceptInRange('\0', '\u007f');
        if (at < 0) return true;
        foreach (var c in text[at..])
            if (c is '\u212A' or '\u017F' or '\u0130' or '\u0131' || (c > '\u007f' && (char.ToLowerInvariant(c) < 128 || char.ToUpperInvariant(c) < 128))) return false;
        return true;
    }

    /// <summary>The next name at or after <paramref name="from"/>, in text[start..end] read as if it stood alone; (-1, 0) when none.</summary>
    public (int Index, int Length) Next(string text, int from, int start, int end)
    {
        var span = text.AsSpan();
        for (var p = from; p < end; p++)
        {
            if (!char.IsAsciiLetterOrDigit(span[p]) && !IsWordCharacter(span[p])) continue;
            // Only the start of a word can begin a name: nothing of a word or a hyphen just before it.
            if (p > start && IsWordCharacter(span[p - 1])) continue;
            var wordEnd = p + 1;
            while (wordEnd < end && char.IsAsciiLetterOrDigit(span[wordEnd])) wordEnd++;
            if (wordEnd < end && IsWordCharacter(span[wordEnd]) && span[wordEnd] != '-')
            {
                // A word that goes on beyond ASCII is no name's first word.
                p = wordEnd;
                continue;
            }
            if (lookup.TryGetValue(span[p..wordEnd], out var candidates))
                foreach (var (name, exactCase) in candidates)
                    if (Matches(span, p, end, name, exactCase)) return (p, name.Length);
            p = wordEnd - 1;
        }
        return (-1, 0);
    }

    private static bool Matches(ReadOnlySpan<char> text, int at, int end, string name, bool exactCase)
    {
        if (end - at < name.Length) return false;
        var part = text.Slice(at, name.Length);
        if (exactCase ? !part.SequenceEqual(name) : !part.Equals(name, StringComparison.OrdinalIgnoreCase)) return false;
        return at + name.Length == end || !IsWordCharacter(text[at + name.Length]);
    }

    // What the pattern's look-arounds refuse on either side of a name: a letter, a digit or a hyphen.
    private static bool IsWordCharacter(char c) => c < 128
        ? char.IsAsciiLetterOrDigit(c) || c == '-'
        : CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private static string FirstWord(string name)
    {
        var end = 1;
        while (end < name.Length && char.IsAsciiLetterOrDigit(name[end])) end++;
        return name[..end];
    }
}
