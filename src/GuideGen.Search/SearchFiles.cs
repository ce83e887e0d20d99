using GuideGen.Core.Model;
using GuideGen.Core.Output;

namespace GuideGen.Search;

/// <summary>One file of search data, relative to the site root, as the UTF-8 bytes to write.</summary>
public sealed record SearchFile(string Path, byte[] Content)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Content);
}

/// <summary>Chooses between the single MiniSearch index and the sharded index, and writes the files.</summary>
public static class SearchFiles
{
    /// <summary>The files in ordinal order of path.</summary>
    public static IReadOnlyList<SearchFile> Write(Guide guide, IReadOnlyList<SearchDocument> documents, SearchShardMode mode) =>
        InPathOrder(write => Write(guide, documents, mode, write));

    /// <summary>What a writer that hands files over from several threads makes, gathered in ordinal order of path.</summary>
    internal static IReadOnlyList<SearchFile> InPathOrder(Action<Action<SearchFile>> writeAll)
    {
        var files = new List<SearchFile>();
        writeAll(file => { lock (files) files.Add(file); });
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Hands each file to <paramref name="write"/> as soon as it is made, from several threads.</summary>
    public static void Write(Guide guide, IReadOnlyList<SearchDocument> documents, SearchShardMode mode, Action<SearchFile> write) =>
        Write(guide, [documents], mode, write);

    /// <summary>How many parts (topics, mostly) a build turns into search documents at a time; see <see cref="Write(Guide, SearchDocumentBuilder, SearchShardMode, Action{SearchFile})"/>.</summary>
    public const int PartsPerBatch = 256;

    /// <summary>
    /// The search data of the documents <paramref name="builder"/> makes, made and handed over a batch at a
    /// time: a sharded index writes each batch's document shards and keeps only its terms, so that the text
    /// of a large guide (hundreds of megabytes) is let go while young instead of being held to the end.
    /// </summary>
    public static void Write(Guide guide, SearchDocumentBuilder builder, SearchShardMode mode, Action<SearchFile> write) =>
        Write(guide, builder.Batches(PartsPerBatch), mode, write);

    private static void Write(Guide guide, IEnumerable<IReadOnlyList<SearchDocument>> batches, SearchShardMode mode, Action<SearchFile> write)
    {
        // Batches are held only until it is clear which kind of index they go into.
        using var next = batches.GetEnumerator();
        var held = new List<IReadOnlyList<SearchDocument>>();
        var count = 0;
        while ((mode == SearchShardMode.Never || (mode == SearchShardMode.Auto && count < ShardedSearchWriter.AutoThreshold)) && next.MoveNext())
        {
            held.Add(next.Current);
            count += next.Current.Count;
        }
        var sharded = mode == SearchShardMode.Always || (mode == SearchShardMode.Auto && count >= ShardedSearchWriter.AutoThreshold);
        if (sharded) ShardedSearchWriter.Write(guide, held.Concat(Rest(next)), write);
        else write(new SearchFile(SitePaths.SearchData, SearchDataWriter.Write(guide, held.SelectMany(b => b).ToList())));
    }

    private static IEnumerable<T> Rest<T>(IEnumerator<T> next)
    {
        while (next.MoveNext()) yield return next.Current;
    }
}
