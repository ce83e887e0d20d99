namespace GuideGen.Search;

/// <summary>
/// Raw tokens already seen, found by their characters without allocating a string, each with two numbers.
/// Indexing looks up every token of every document here, so it is a small open-addressing table with
/// a cheap hash (FNV-1a), about twice as fast as a Dictionary looked up through a span.
/// </summary>
internal sealed class TokenTable
{
    // One entry per slot, its hash and numbers beside the key: a lookup reads one place, not three arrays.
    private Entry[] entries = new Entry[1024];

    private struct Entry
    {
        public string? Key;
        public int Hash;
        public (int Raw, int Term) Value;
    }

    public int Count { get; private set; }

    public static int Hash(ReadOnlySpan<char> token)
    {
        var hash = 2166136261u;
        foreach (var c in token) hash = (hash ^ c) * 16777619u;
        return (int)hash;
    }

    public bool TryGet(ReadOnlySpan<char> token, int hash, out (int Raw, int Term) value)
    {
        var entries = this.entries;
        var mask = entries.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            ref var entry = ref entries[slot];
            if (entry.Key is not { } key) { value = default; return false; }
            if (entry.Hash == hash && token.SequenceEqual(key)) { value = entry.Value; return true; }
        }
    }

    /// <summary>Adds a token that <see cref="TryGet"/> did not find.</summary>
    public void Add(string token, int hash, (int Raw, int Term) value)
    {
        if (2 * (Count + 1) > entries.Length) Grow();
        Insert(entries, token, hash, value);
        Count++;
    }

    private static void Insert(Entry[] entries, string token, int hash, (int Raw, int Term) value)
    {
        var mask = entries.Length - 1;
        var slot = hash & mask;
        while (entries[slot].Key is not null) slot = (slot + 1) & mask;
        entries[slot] = new Entry { Key = token, Hash = hash, Value = value };
    }

    private void Grow()
    {
        var old = entries;
        entries = new Entry[old.Length * 2];
        foreach (var entry in old)
            if (entry.Key is { } key) Insert(entries, key, entry.Hash, entry.Value);
    }
}
