using System.Text;

namespace GuideGen.Rendering.Templates;

/// <summary>
/// Removes the indentation and blank lines that templates leave in a page: a tenth of a topic page's
/// bytes, and no change to what is shown, because HTML collapses a run of white space that follows a
/// line break into the line break. Text inside <c>pre</c> and <c>textarea</c>, where white space is
/// kept, is copied as it is.
/// </summary>
public static class HtmlIndentation
{
    private static readonly string[] Preserving = ["pre", "textarea"];

    public static string Remove(string html)
    {
        var result = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '\n')
            {
                result.Append('\n');
                i++;
                while (i < html.Length && html[i] is ' ' or '\t' or '\r' or '\n') i++;
            }
            else if (c == '<' && PreservingElementAt(html, i) is { } element)
            {
                var close = html.IndexOf("</" + element, i, StringComparison.OrdinalIgnoreCase);
                var end = close < 0 ? html.Length : close;
                result.Append(html, i, end - i);
                i = end;
                if (close >= 0) { result.Append(html, i, 2); i += 2; }   // step past "</" so the closing tag is not taken for an opening one
            }
            else
            {
                result.Append(c);
                i++;
            }
        }
        return result.ToString();
    }

    private static string? PreservingElementAt(string html, int at)
    {
        foreach (var name in Preserving)
        {
            var after = at + 1 + name.Length;
            if (after <= html.Length && string.Compare(html, at + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after == html.Length || html[after] is '>' or ' ' or '\t' or '\n' or '\r' or '/'))
                return name;
        }
        return null;
    }
}
