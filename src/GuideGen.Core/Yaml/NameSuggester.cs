namespace GuideGen.Core.Yaml;

/// <summary>Finds the nearest known name to a misspelt one, for "did you mean" hints.</summary>
public static class NameSuggester
{
    public static string? Suggest(string wrong, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(wrong.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance) (best, bestDistance) = (candidate, distance);
        }
        // Allow about one edit per three letters: close enough to be a typo, not a different word.
        return best is not null && bestDistance <= Math.Max(1, Math.Min(wrong.Length, best.Length) / 3) ? best : null;
    }

    public static string Hint(string wrong, IEnumerable<string> known) =>
        Suggest(wrong, known) is { } s ? $"; did you mean '{s}'?" : "";

    /// <summary>Levenshtein distance with transpositions counted as one edit.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
