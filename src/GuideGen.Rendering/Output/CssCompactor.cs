using System.Text;

namespace GuideGen.Rendering.Output;

/// <summary>
/// Stylesheets leave the build without their comments and with each run of whitespace cut to one
/// space: the comments say why a rule is there and belong in templates/, while every reader on a slow
/// shared drive pays for their bytes (the page-weight budget counts them). Quoted strings and url()
/// values are copied exactly, so a `content: "/*"` or a space inside a string is kept.
/// </summary>
public static class CssCompactor
{
    public static byte[] Compact(byte[] css)
    {
        var text = Encoding.UTF8.GetString(css);
        var output = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 1;
                // A comment is not whitespace (`.a/**/.b` is `.a.b`), but it does keep two words apart.
                if (!pendingSpace && output.Length > 0 && i + 1 < text.Length && IsWordChar(output[^1]) && IsWordChar(text[i + 1])) output.Append(' ');
                continue;
            }
            if (char.IsWhiteSpace(c)) { pendingSpace = true; continue; }
            if (pendingSpace && output.Length > 0 && NeedsSpace(output[^1], c)) output.Append(' ');
            pendingSpace = false;
            if (c is '"' or '\'')
            {
                var start = i;
                for (i++; i < text.Length && text[i] != c; i++)
                    if (text[i] == '\\') i++;
                output.Append(text, start, Math.Min(i, text.Length - 1) - start + 1);
                continue;
            }
            output.Append(c);
        }
        return Encoding.UTF8.GetBytes(output.ToString());
    }

    /// <summary>Whitespace matters between two words or values (`1px solid`, `a b`), not beside punctuation that ends or starts a rule.</summary>
    private static bool NeedsSpace(char before, char next) => !IsTight(before) && !IsTight(next);

    // Not ':' (a space before it may separate a descendant selector from a pseudo-class: `a :focus`)
    // and not ',' or '(' or ')' (kept as written, which is always valid): only braces and semicolons.
    private static bool IsTight(char c) => c is '{' or '}' or ';';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '%';
}
