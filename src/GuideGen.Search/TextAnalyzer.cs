using System.Globalization;
using System.Text;

namespace GuideGen.Search;

/// <summary>
/// Splits text into terms exactly as the site's MiniSearch does: MiniSearch's default tokenizer
/// (split on line breaks, separators and punctuation), then fold accents, lower-case, drop stop words
/// and stem (PorterStemmer). The browser gets the same stop words from the search data and stems with
/// the same algorithm (stemmer.js), so both sides always agree.
/// </summary>
public static class TextAnalyzer
{
    /// <summary>Words too common to help find anything; dropped so that "all words must match" stays useful.</summary>
    public static readonly IReadOnlyList<string> StopWords =
    [
        "a", "about", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "do", "does", "for",
        "from", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on",
        "or", "our", "so", "than", "that", "the", "their", "them", "there", "they", "this", "to", "us",
        "was", "we", "were", "what", "when", "where", "which", "who", "will", "with", "you", "your",
        // The words of a question ("how often should care plans be reviewed"), which say nothing of its subject.
        "any", "could", "get", "many", "much", "often", "ok", "should", "would",
    ];

    private static readonly HashSet<string> StopWordSet = new(StopWords, StringComparer.Ordinal);

    /// <summary>
    /// Splits as MiniSearch's tokenizer, <c>text.split(/[\n\r\p{Z}\p{P}]+/u)</c>, does in JavaScript, empty
    /// first and last pieces included (they count in MiniSearch's field lengths), as spans of the text,
    /// without allocating. A loop over characters: a regular expression gives the same pieces but was the
    /// slowest part of indexing a large guide.
    /// </summary>
    public static PieceEnumerator Pieces(ReadOnlySpan<char> text) => new(text);

    public ref struct PieceEnumerator(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> text = text;
        private int next;
        private bool done;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly PieceEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (done) return false;
            var start = next;
            var i = start;
            while (i < text.Length && !IsSeparator(text[i])) i++;
            Current = text[start..i];
            if (i == text.Length) done = true;
            while (i < text.Length && IsSeparator(text[i])) i++;
            next = i;
            return true;
        }
    }

    private static readonly bool[] AsciiSeparators = Enumerable.Range(0, 128).Select(c => IsSeparatorCategory((char)c)).ToArray();

    private static bool IsSeparator(char c) => c < 128 ? AsciiSeparators[c] : IsSeparatorCategory(c);

    /// <summary>One character of MiniSearch's SPACE_OR_PUNCTUATION, /[\n\r\p{Z}\p{P}]+/u, as .NET's regular expressions read it.</summary>
    private static bool IsSeparatorCategory(char c) => c is '\n' or '\r' || CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
        or UnicodeCategory.OtherPunctuation;

    /// <summary>Folds one token to its indexed form, or null when it is not worth indexing.</summary>
    public static string? ProcessTerm(string token)
    {
        if (token.Length == 0) return null;
        if (Ascii.IsValid(token))
        {
            // Nothing to fold: by far the most common case, without normalising.
            var lower = token.ToLowerInvariant();
            return StopWordSet.Contains(lower) ? null : PorterStemmer.Stem(lower);
        }
        var folded = new StringBuilder(token.Length);
        foreach (var c in token.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            folded.Append(c);
        }
        var term = folded.ToString().ToLowerInvariant();
        return term.Length == 0 || StopWordSet.Contains(term) ? null : PorterStemmer.Stem(term);
    }
}
