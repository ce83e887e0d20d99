using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GuideGen.Core.Model;

/// <summary>Ids and anchors: lower-case ASCII letters and digits joined by single hyphens.</summary>
public static partial class Slug
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ValidPattern();

    public static bool IsValid(string id) => id.Length <= 80 && ValidPattern().IsMatch(id);

    /// <summary>Derives a slug from text: accents folded, everything else that is not a letter or digit becomes a hyphen.</summary>
    public static string From(string text)
    {
        var sb = new StringBuilder(text.Length);
        var hyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (hyphen && sb.Length > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                hyphen = false;
            }
            else hyphen = true;
        }
        return sb.ToString();
    }
}
