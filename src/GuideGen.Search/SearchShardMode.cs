namespace GuideGen.Search;

/// <summary>Whether the search index is split into shards the browser loads on demand.</summary>
public enum SearchShardMode
{
    /// <summary>Shards from <see cref="ShardedSearchWriter.AutoThreshold"/> documents up; one index file below.</summary>
    Auto,
    Always,
    Never,
}
