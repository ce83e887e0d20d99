using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using GuideGen.Rendering.Views;

namespace GuideGen.Cli.Building;

/// <summary>
/// Rendered pages kept between builds of one process (the preview server). A page is keyed by its
/// output path; it is rendered again only when what it is rendered from – the templates' fingerprint,
/// the site view, the template name, the page frame and its view model – differs from last time.
/// View models are plain immutable records, so their JSON is a faithful key. Hashing that JSON for
/// every page is itself a cost in a large guide, so a job that is the very same object as last time
/// (a view kept by <see cref="ViewMemo"/>) with the same shared key is known unchanged without it.
/// </summary>
public sealed class RenderMemo
{
    private sealed record Entry(RenderJob Job, byte[] Shared, byte[] Key, object Value);

    private static readonly JsonSerializerOptions KeyOptions = new() { IncludeFields = false, MaxDepth = 256 };
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private int rendered;

    /// <summary>Pages rendered (not reused) since the last call.</summary>
    public int TakeRenderedCount() => Interlocked.Exchange(ref rendered, 0);

    /// <summary>The hash of a render's inputs.</summary>
    public static byte[] KeyOf(object inputs) => SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(inputs, KeyOptions));

    /// <param name="slot">What is rendered: a page's path, or a part of a page.</param>
    /// <param name="shared">The key of what every render of this build shares (templates, site view).</param>
    /// <param name="render">Renders the slot; null when it failed (nothing is kept then).</param>
    public T? GetOrRender<T>(string slot, RenderJob job, byte[] shared, Func<T?> render) where T : class
    {
        var sameShared = entries.TryGetValue(slot, out var entry) && entry.Shared.AsSpan().SequenceEqual(shared);
        if (sameShared && ReferenceEquals(entry!.Job, job)) return (T)entry.Value;

        var key = KeyOf(new { job.Template, job.Page, job.Model });
        if (sameShared && entry!.Key.AsSpan().SequenceEqual(key))
        {
            entries[slot] = entry with { Job = job };
            return (T)entry.Value;
        }
        Interlocked.Increment(ref rendered);
        var value = render();
        if (value is not null) entries[slot] = new Entry(job, shared, key, value);
        else entries.TryRemove(slot, out _);
        return value;
    }
}
