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
    public static void Write(Guide guide, IReadOnlyList<SearchDocument> documents, SearchShardMode mode, Action<SearchFile> write)
    {
        var sharded = mode == SearchShardMode.Always || (mode == SearchShardMode.Auto && documents.Count >= ShardedSearchWriter.AutoThreshold);
        if (sharded) ShardedSearchWriter.Write(guide, documents, write);
        else write(new SearchFile(SitePaths.SearchData, SearchDataWriter.Write(guide, documents)));
    }
}
