using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GuideGen.Search;

/// <summary>
/// Splits text into terms exactly as the site's MiniSearch does: MiniSearch's default tokenizer
/// (split on line breaks, separators and punctuation), then fold accents, lower-case and drop stop
/// words. The browser gets the same stop words from the search data, so both sides always agree.
/// </summary>
public static partial class TextAnalyzer
{
    /// <summary>MiniSearch's SPACE_OR_PUNCTUATION: /[\n\r\p{Z}\p{P}]+/u.</summary>
    [GeneratedRegex(@"[\n\r\p{Z}\p{P}]+")]
    private static partial Regex SpaceOrPunctuation();

    /// <summary>Words too common to help find anything; dropped so that "all words must match" stays useful.</summary>
    public static readonly IReadOnlyList<string> StopWords =
    [
        "a", "about", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "do", "does", "for",
        "from", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on",
        "or", "our", "so", "than", "that", "the", "their", "them", "there", "they", "this", "to", "us",
        "was", "we", "were", "what", "when", "where", "which", "who", "will", "with", "you", "your",
    ];

    private static readonly HashSet<string> StopWordSet = new(StopWords, StringComparer.Ordinal);

    public static string[] Tokenize(string text) => SpaceOrPunctuation().Split(text);

    /// <summary>Folds one token to its indexed form, or null when it is not worth indexing.</summary>
    public static string? ProcessTerm(string token)
    {
        if (token.Length == 0) return null;
        if (Ascii.IsValid(token))
        {
            // Nothing to fold: by far the most common case, without normalising.
            var lower = token.ToLowerInvariant();
            return StopWordSet.Contains(lower) ? null : lower;
        }
        var folded = new StringBuilder(token.Length);
        foreach (var c in token.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            folded.Append(c);
        }
        var term = folded.ToString().ToLowerInvariant();
        return term.Length == 0 || StopWordSet.Contains(term) ? null : term;
    }
}
