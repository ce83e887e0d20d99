using System.Buffers;

namespace GuideGen.Rendering.Views;

/// <summary>
/// Topics share item and section ids; on a page of several topics (a training pack, a print book) each id,
/// and each reference to one, gets its topic as a prefix. Block sections lose their names too: in a pack,
/// "Recommendations" under every topic would be many landmarks of one name.
/// </summary>
/// <remarks>
/// Two passes over spans, each exactly what a regular expression did before (the tests keep them as the
/// oracle): <c>(&lt;section [^&gt;]*?) aria-label(?:ledby)?="[^"]*"</c> replaced by <c>$1</c>, then
/// <c>(id|aria-labelledby|aria-describedby)="([^"]+)"|href="#([^"]+)"</c> with the prefix put before the
/// value. Print books run this over every topic, so the passes write into buffers each thread keeps, and a
/// topic's section costs only what is made of it (one string, or its UTF-8 bytes).
/// </remarks>
public static class IdPrefixer
{
    /// <summary>The topic's blocks (UTF-8, as <see cref="TopicBlocks"/> keeps them), joined, without section names and with <paramref name="prefix"/> on every id and reference.</summary>
    public static string Prefix(IEnumerable<byte[]> utf8Html, string prefix) => Prefix(utf8Html, prefix, static text => text.ToString());

    /// <summary>Made from the prefixed HTML while it is in this thread's buffer, which is reused once this returns.</summary>
    public delegate T Finish<T>(ReadOnlySpan<char> prefixed);

    /// <summary>The same, handed to <paramref name="finish"/> (say, to encode it) instead of made into a string.</summary>
    public static T Prefix<T>(IEnumerable<byte[]> utf8Html, string prefix, Finish<T> finish)
    {
        var buffers = threadBuffers ??= new Buffers();
        buffers.Reset();
        // Joined first, decoded straight into this thread's buffer: the passes see the blocks as one
        // text, as the expressions saw their concatenation.
        foreach (var part in utf8Html)
        {
            var chars = System.Text.Encoding.UTF8.GetChars(part, buffers.Joined.GetSpan(System.Text.Encoding.UTF8.GetMaxCharCount(part.Length)));
            buffers.Joined.Advance(chars);
        }
        RemoveSectionNames(buffers.Joined.WrittenSpan, buffers.Unnamed);
        PrefixReferences(buffers.Unnamed.WrittenSpan, prefix, buffers.Prefixed);
        var result = finish(buffers.Prefixed.WrittenSpan);
        // A thread keeps buffers of ordinary topic size only, not the largest it ever needed.
        if (buffers.Prefixed.Capacity > MaxKeptChars) threadBuffers = null;
        return result;
    }

    private const int MaxKeptChars = 1024 * 1024;

    [ThreadStatic] private static Buffers? threadBuffers;

    private sealed class Buffers
    {
        public readonly ArrayBufferWriter<char> Joined = new(), Unnamed = new(), Prefixed = new();

        public void Reset()
        {
            Joined.ResetWrittenCount();
            Unnamed.ResetWrittenCount();
            Prefixed.ResetWrittenCount();
        }
    }

    private const string SectionStart = "<section ", SectionName = " aria-label";

    /// <summary>Drops the first aria-label or aria-labelledby attribute of every &lt;section&gt; start tag that has one.</summary>
    private static void RemoveSectionNames(ReadOnlySpan<char> html, IBufferWriter<char> output)
    {
        var copied = 0;
        for (var from = 0; IndexOf(html, SectionStart, from) is var start and >= 0;)
        {
            var attributes = start + SectionStart.Length;
            var tagEnd = html[attributes..].IndexOf('>') is var end and >= 0 ? attributes + end : html.Length;
            if (NameAttribute(html, attributes, tagEnd) is var (name, after))
            {
                output.Write(html[copied..name]);
                copied = from = after;
            }
            else from = start + 1;
        }
        output.Write(html[copied..]);
    }

    /// <summary>
    /// The first <c> aria-label="…"</c> or <c> aria-labelledby="…"</c> that starts before the tag's end (its value
    /// may run past it, as <c>[^"]*</c> did), as the range to remove; null when the tag has none.
    /// </summary>
    private static (int Start, int End)? NameAttribute(ReadOnlySpan<char> html, int from, int tagEnd)
    {
        for (var at = from; IndexOf(html[..tagEnd], SectionName, at) is var name and >= 0; at = name + 1)
        {
            var rest = html[(name + SectionName.Length)..];
            var open = rest.StartsWith("ledby=\"") ? "ledby=\"".Length : rest.StartsWith("=\"") ? "=\"".Length : -1;
            if (open < 0) continue;
            var valueStart = name + SectionName.Length + open;
            if (html[valueStart..].IndexOf('"') is var close and >= 0) return (name, valueStart + close + 1);
        }
        return null;
    }

    /// <summary>Attributes whose value is an id: every match ends in <c>="</c>, which is what the scan looks for.</summary>
    private static readonly string[] IdAttributes = ["id", "aria-labelledby", "aria-describedby"];

    /// <summary>Puts <c>prefix-</c> before every non-empty value of an id attribute, and of an href to a fragment (after its #).</summary>
    private static void PrefixReferences(ReadOnlySpan<char> html, string prefix, IBufferWriter<char> output)
    {
        var copied = 0;
        for (var from = 0; IndexOf(html, "=\"", from) is var equals and >= 0;)
        {
            from = equals + 1;
            // No two names end alike, so at most one can end here; a match never starts inside the previous
            // one, whose last character is a quote.
            var before = html[..equals];
            var valueStart = -1;
            if (before.EndsWith("href") && html[(equals + 2)..].StartsWith('#')) valueStart = equals + 3;
            else foreach (var attribute in IdAttributes) if (before.EndsWith(attribute)) valueStart = equals + 2;
            if (valueStart < 0) continue;
            var length = html[valueStart..].IndexOf('"');
            if (length <= 0) continue; // an empty value, or no closing quote: not a match
            output.Write(html[copied..valueStart]);
            output.Write(prefix.AsSpan());
            output.Write("-".AsSpan());
            copied = valueStart;
            from = valueStart + length + 1;
        }
        output.Write(html[copied..]);
    }

    private static int IndexOf(ReadOnlySpan<char> text, string value, int from) =>
        text[from..].IndexOf(value, StringComparison.Ordinal) is var at and >= 0 ? from + at : -1;
}
