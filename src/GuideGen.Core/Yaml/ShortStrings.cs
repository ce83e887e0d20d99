namespace GuideGen.Core.Yaml;

/// <summary>
/// One string for each short text a thread reads again and again: mapping keys, service codes, item ids
/// such as <c>rec-0</c>, which every topic file repeats. A large guide's model held over a million strings,
/// half of them such copies, and each full collection traced and moved every one. A small table per
/// thread, each slot keeping the last text that hashed to it: no locks, and a miss only makes a string.
/// Strings are never compared by reference, so sharing them changes nothing else.
/// </summary>
internal static class ShortStrings
{
    public const int MaxLength = 16;

    private const int Slots = 1024; // a power of two

    [ThreadStatic] private static string?[]? table;

    public static string Of(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength) return text.ToString();
        if (text.IsEmpty) return "";
        var slots = table ??= new string?[Slots];
        ref var slot = ref slots[Hash(text) & (Slots - 1)];
        if (slot is { } known && text.SequenceEqual(known)) return known;
        return slot = text.ToString();
    }

    private static int Hash(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u; // FNV-1a
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return (int)(hash ^ (hash >> 15));
    }
}
