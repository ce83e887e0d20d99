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

    public static string Remove(ReadOnlySpan<char> html) => WithStripped(html, static kept => new string(kept));

    /// <summary>The same, encoded as UTF-8 straight from a pooled buffer: pages go to disk as bytes, so no string is made.</summary>
    public static byte[] RemoveToUtf8(ReadOnlySpan<char> html) => WithStripped(html, static kept =>
    {
        var bytes = GC.AllocateUninitializedArray<byte>(Encoding.UTF8.GetByteCount(kept));
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
        // Where the next pre or textarea starts (html.Length when there is none): found a vector at a time,
        // so the copying stops at line breaks only, not at every tag of the page.
        var preserving = -1;
        while (i < html.Length)
        {
            if (preserving < i) preserving = NextPreservingElement(html, i);
            var lineBreak = html[i..].IndexOf('\n');
            var end = lineBreak < 0 ? html.Length : i + lineBreak;
            var keptAsIs = preserving < end;
            if (keptAsIs)
            {
                // Up to the closing tag, and past its "</" so that it is not taken for an opening one.
                var element = PreservingElementAt(html, preserving)!;
                var close = html[preserving..].IndexOf("</" + element, StringComparison.OrdinalIgnoreCase);
                end = close < 0 ? html.Length : preserving + close + 2;
            }
            html[i..end].CopyTo(into.AsSpan(written));
            written += end - i;
            i = end;
            if (keptAsIs) continue;
            if (i == html.Length) break;
            into[written++] = '\n';
            i++;
            while (i < html.Length && html[i] is ' ' or '\t' or '\r' or '\n') i++;
        }
        return written;
    }

    private static readonly SearchValues<string> PreservingStarts = SearchValues.Create(Preserving.Select(name => "<" + name).ToArray(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The start of the first pre or textarea element at or after <paramref name="from"/> (not a longer name such as "preview"), or the length.</summary>
    private static int NextPreservingElement(ReadOnlySpan<char> html, int from)
    {
        while (from < html.Length)
        {
            var found = html[from..].IndexOfAny(PreservingStarts);
            if (found < 0) break;
            if (PreservingElementAt(html, from + found) is not null) return from + found;
            from += found + 1;
        }
        return html.Length;
    }

    private static string? PreservingElementAt(ReadOnlySpan<char> html, int at)
    {
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
