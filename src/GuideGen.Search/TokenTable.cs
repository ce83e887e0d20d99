namespace GuideGen.Search;

/// <summary>
/// Raw tokens already seen, found by their characters without allocating a string, each with two numbers.
/// Indexing looks up every token of every document here, so it is a small open-addressing table with
/// a cheap hash (FNV-1a), about twice as fast as a Dictionary looked up through a span.
/// </summary>
internal sealed class TokenTable
{
    private string?[] keys = new string?[1024];
    private int[] hashes = new int[1024];
    private (int Raw, int Term)[] values = new (int, int)[1024];

    public int Count { get; private set; }

    public static int Hash(ReadOnlySpan<char> token)
    {
        var hash = 2166136261u;
        foreach (var c in token) hash = (hash ^ c) * 16777619u;
        return (int)hash;
    }

    public bool TryGet(ReadOnlySpan<char> token, int hash, out (int Raw, int Term) value)
    {
        var mask = keys.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            if (keys[slot] is not { } key) { value = default; return false; }
            if (hashes[slot] == hash && token.SequenceEqual(key)) { value = values[slot]; return true; }
        }
    }

    /// <summary>Adds a token that <see cref="TryGet"/> did not find.</summary>
    public void Add(string token, int hash, (int Raw, int Term) value)
    {
        if (2 * (Count + 1) > keys.Length) Grow();
        Insert(token, hash, value);
        Count++;
    }

    private void Insert(string token, int hash, (int Raw, int Term) value)
    {
        var mask = keys.Length - 1;
        var slot = hash & mask;
        while (keys[slot] is not null) slot = (slot + 1) & mask;
        (keys[slot], hashes[slot], values[slot]) = (token, hash, value);
    }

    private void Grow()
    {
        var (oldKeys, oldHashes, oldValues) = (keys, hashes, values);
        keys = new string?[oldKeys.Length * 2];
        hashes = new int[keys.Length];
        values = new (int, int)[keys.Length];
        for (var i = 0; i < oldKeys.Length; i++)
            if (oldKeys[i] is { } key) Insert(key, oldHashes[i], oldValues[i]);
    }
}
