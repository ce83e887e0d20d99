namespace GuideGen.Core.Yaml;

/// <summary>
/// A mapping's entries as the fast readers (<see cref="LineTreeReader"/>, <see cref="ScannerTreeReader"/>)
/// collect them, refusing a key written twice: that is an error only the full reader reports. A short
/// mapping is searched; a long one gets a set, so a hostile file of many keys stays linear.
/// </summary>
internal sealed class UniqueEntries
{
    private const int SearchedUpTo = 16;
    private readonly List<YEntry> entries = [];
    private HashSet<string>? seen;

    public IReadOnlyList<YEntry> Entries => entries;

    /// <summary>False, and nothing added, when the key is already there.</summary>
    public bool TryAdd(YScalar key, YNode value)
    {
        if (entries.Count >= SearchedUpTo) seen ??= entries.Select(e => e.Key.Value).ToHashSet(StringComparer.Ordinal);
        if (seen is not null ? !seen.Add(key.Value) : Contains(key.Value)) return false;
        entries.Add(new YEntry(key, value));
        return true;
    }

    private bool Contains(string key)
    {
        foreach (var entry in entries)
            if (entry.Key.Value == key) return true;
        return false;
    }
}
