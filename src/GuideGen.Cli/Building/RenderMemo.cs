using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;

namespace GuideGen.Cli.Building;

/// <summary>
/// Rendered pages kept between builds of one process (the preview server). A page is keyed by its
/// output path; it is rendered again only when the hash of everything it is rendered from – the
/// templates' fingerprint, the template name, the page frame, its view model and the site view –
/// differs from last time. View models are plain immutable records, so their JSON is a faithful key.
/// </summary>
public sealed class RenderMemo
{
    private sealed record Entry(byte[] Key, string Html);

    private static readonly JsonSerializerOptions KeyOptions = new() { IncludeFields = false, MaxDepth = 256 };
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private int rendered;

    /// <summary>Pages rendered (not reused) since the last call.</summary>
    public int TakeRenderedCount() => Interlocked.Exchange(ref rendered, 0);

    /// <summary>The key of a render's inputs; one key can serve several slots rendered from the same inputs.</summary>
    public static byte[] KeyOf(object inputs) => SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(inputs, KeyOptions));

    public string? GetOrRender(string slot, object inputs, Func<string?> render) => GetOrRender(slot, KeyOf(inputs), render);

    public string? GetOrRender(string slot, byte[] key, Func<string?> render)
    {
        if (entries.TryGetValue(slot, out var entry) && entry.Key.AsSpan().SequenceEqual(key)) return entry.Html;
        Interlocked.Increment(ref rendered);
        var html = render();
        if (html is not null) entries[slot] = new Entry(key, html);
        else entries.TryRemove(slot, out _);
        return html;
    }
}
