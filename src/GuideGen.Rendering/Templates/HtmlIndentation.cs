using System.Buffers;
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
    private static readonly System.Buffers.SearchValues<char> PreservingInitials =
        System.Buffers.SearchValues.Create(Preserving.SelectMany(n => new[] { char.ToLowerInvariant(n[0]), char.ToUpperInvariant(n[0]) }).ToArray());

    public static string Remove(ReadOnlySpan<char> html) => WithStripped(html, static kept => new string(kept));

    /// <summary>The same, encoded as UTF-8 straight from a pooled buffer: pages go to disk as bytes, so no string is made.</summary>
    public static byte[] RemoveToUtf8(ReadOnlySpan<char> html) => WithStripped(html, static kept =>
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(kept)];
        Encoding.UTF8.GetBytes(kept, bytes);
        return bytes;
    });

    private delegate T Finish<T>(ReadOnlySpan<char> kept);

    /// <summary>Strips <paramref name="html"/> into a pooled buffer and hands what is kept to <paramref name="finish"/>.</summary>
    private static T WithStripped<T>(ReadOnlySpan<char> html, Finish<T> finish)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(html.Length, 1));
        try
        {
            return finish(buffer.AsSpan(0, Strip(html, buffer)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <returns>How many characters were written to <paramref name="into"/>.</returns>
    private static int Strip(ReadOnlySpan<char> html, char[] into)
    {
        var written = 0;
        var i = 0;
        while (i < html.Length)
        {
            // Copy the run up to the next line break or tag start in one go.
            var next = html[i..].IndexOfAny('\n', '<');
            var end = next < 0 ? html.Length : i + next;
            html[i..end].CopyTo(into.AsSpan(written));
            written += end - i;
            i = end;
            if (i == html.Length) break;
            if (html[i] == '\n')
            {
                into[written++] = '\n';
                i++;
                while (i < html.Length && html[i] is ' ' or '\t' or '\r' or '\n') i++;
            }
            else if (PreservingElementAt(html, i) is { } element)
            {
                var close = html[i..].IndexOf("</" + element, StringComparison.OrdinalIgnoreCase);
                var stop = close < 0 ? html.Length : i + close;
                // Up to the closing tag, and past its "</" so that it is not taken for an opening one.
                var copyTo = close < 0 ? stop : stop + 2;
                html[i..copyTo].CopyTo(into.AsSpan(written));
                written += copyTo - i;
                i = copyTo;
            }
            else
            {
                into[written++] = '<';
                i++;
            }
        }
        return written;
    }

    private static string? PreservingElementAt(ReadOnlySpan<char> html, int at)
    {
        // Every tag of every page comes here: most are told apart by their first letter, without a comparison.
        if (at + 1 >= html.Length || !PreservingInitials.Contains(html[at + 1])) return null;
        foreach (var name in Preserving)
        {
            var after = at + 1 + name.Length;
            if (after <= html.Length && html.Slice(at + 1, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || html[after] is '>' or ' ' or '\t' or '\n' or '\r' or '/'))
                return name;
        }
        return null;
    }
}
