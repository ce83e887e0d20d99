using System.Text;

namespace GuideGen.Rendering.Views;

/// <summary>
/// A topic's blocks as its page rendered them (block id → HTML, trimmed, in the order of the topic's
/// sections), kept for the training packs, the print books and the pack builder's data, which are
/// made after every page. Kept as UTF-8, half the size of the rendered strings: at 10,000 topics they
/// are hundreds of megabytes held through three steps, and what the collector has to carry along.
/// </summary>
public sealed class TopicBlocks
{
    private readonly (string Id, byte[] Html)[] blocks;

    /// <param name="rendered">Block id → HTML as rendered; each is trimmed.</param>
    public TopicBlocks(IEnumerable<(string Id, string Html)> rendered) =>
        blocks = rendered.Select(b => (b.Id, Utf8(b.Html.AsSpan().Trim()))).ToArray();

    private static byte[] Utf8(ReadOnlySpan<char> html)
    {
        var bytes = GC.AllocateUninitializedArray<byte>(Encoding.UTF8.GetByteCount(html));
        Encoding.UTF8.GetBytes(html, bytes);
        return bytes;
    }

    public IEnumerable<(string Id, byte[] Html)> All => blocks;

    /// <summary>The blocks with these ids, in the order asked; an id the topic has no block for gives nothing.</summary>
    public IEnumerable<byte[]> Select(IEnumerable<string> ids) =>
        ids.Select(id => Array.Find(blocks, b => b.Id == id).Html ?? []);
}
