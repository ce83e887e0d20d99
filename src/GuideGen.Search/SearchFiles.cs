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
    public static IReadOnlyList<SearchFile> Write(Guide guide, IReadOnlyList<SearchDocument> documents, SearchShardMode mode)
    {
        var sharded = mode == SearchShardMode.Always || (mode == SearchShardMode.Auto && documents.Count >= ShardedSearchWriter.AutoThreshold);
        return sharded ? ShardedSearchWriter.Write(guide, documents) : [new SearchFile(SitePaths.SearchData, SearchDataWriter.Write(guide, documents))];
    }
}
