using System.Text;

namespace GuideGen.Rendering.Output;

/// <summary>
/// A page rendered with stand-ins for large parts that are put in only when it is encoded for disk.
/// Print books hold every topic: rendering them with the topics' HTML in place made the template
/// engine, the layout and the indentation pass each copy the whole guide several times over, for
/// each book, which cost more than all other pages together. With stand-ins each topic's part is
/// encoded once and copied into every book that holds it.
/// </summary>
public static class SplicedPage
{
    // A noncharacter, with a key made afresh in each process: content written before the build cannot
    // know it, so no text of the guide can pass for a stand-in.
    private const char Fence = '\uFFFF';
    private static readonly string Key = Guid.NewGuid().ToString("N");

    /// <summary>What the page template is given in place of part <paramref name="index"/>.</summary>
    public static string StandIn(int index) => $"{Fence}{Key}{index}{Fence}";

    /// <summary>The page as UTF-8 with every stand-in replaced by its part (already UTF-8).</summary>
    public static byte[] Splice(string page, IReadOnlyList<byte[]> parts)
    {
        var pieces = Pieces(page, parts);
        var size = pieces.Sum(p => p.Part < 0 ? Encoding.UTF8.GetByteCount(page.AsSpan(p.Start, p.Length)) : parts[p.Part].Length);
        var bytes = GC.AllocateUninitializedArray<byte>(size);
        var written = 0;
        foreach (var (start, length, part) in pieces)
            written += part < 0 ? Encoding.UTF8.GetBytes(page.AsSpan(start, length), bytes.AsSpan(written)) : Copy(parts[part], bytes, written);
        return bytes;
    }

    /// <summary>The same bytes, written to <paramref name="output"/> piece by piece: a book holding a large guide is never whole in memory.</summary>
    public static void SpliceTo(string page, IReadOnlyList<byte[]> parts, Stream output)
    {
        foreach (var (start, length, part) in Pieces(page, parts))
        {
            if (part >= 0)
            {
                output.Write(parts[part]);
                continue;
            }
            var text = page.AsSpan(start, length);
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
            try
            {
                output.Write(buffer, 0, Encoding.UTF8.GetBytes(text, buffer));
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Text runs (Part = -1) and parts, in order.</summary>
    private static List<(int Start, int Length, int Part)> Pieces(string page, IReadOnlyList<byte[]> parts)
    {
        var pieces = new List<(int Start, int Length, int Part)>();
        var at = 0;
        var text = 0; // where the current text run began
        while (page.IndexOf(Fence, at) is var open and >= 0)
        {
            var close = page.IndexOf(Fence, open + 1);
            if (close < 0) break;
            var inside = page.AsSpan(open + 1, close - open - 1);
            if (!inside.StartsWith(Key, StringComparison.Ordinal)
                || !int.TryParse(inside[Key.Length..], System.Globalization.NumberStyles.None, null, out var part) || part >= parts.Count)
            {
                at = open + 1; // not a stand-in: the fence stays text
                continue;
            }
            pieces.Add((text, open - text, -1));
            pieces.Add((0, 0, part));
            at = text = close + 1;
        }
        pieces.Add((text, page.Length - text, -1));
        return pieces;
    }

    private static int Copy(byte[] part, byte[] into, int at)
    {
        part.CopyTo(into, at);
        return part.Length;
    }
}
