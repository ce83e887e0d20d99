using System.Text.RegularExpressions;
using GuideGen.Core.Model;

namespace GuideGen.Rendering.Markdown;

/// <summary>The glossary's terms and aliases as one matcher, built once per build.</summary>
public sealed class GlossaryTerms
{
    public sealed record Entry(string Id, string Meaning);

    private readonly Regex? pattern;
    private readonly TermScanner? scanner; // the same matches as the pattern, found faster
    private readonly Dictionary<string, Entry> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Entry> byAbbreviation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> byNameLookup;
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> byAbbreviationLookup;

    public GlossaryTerms(Glossary? glossary, Func<string, string> plainText)
    {
        byNameLookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        byAbbreviationLookup = byAbbreviation.GetAlternateLookup<ReadOnlySpan<char>>();
        if (glossary is null) return;
        var names = new List<string>();
        foreach (var entry in glossary.Entries)
        {
            var value = new Entry(entry.Id, plainText(entry.Term.Meaning));
            IdsArePlain &= entry.Id.Length > 0 && entry.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
            foreach (var name in (entry.Term.Aliases ?? []).Prepend(entry.Term.Term))
            {
                // Abbreviations (all capitals) match only in capitals: "RI" is not "ri" in "Ribbon".
                var target = IsAbbreviation(name) ? byAbbreviation : byName;
                if (target.TryAdd(name, value)) names.Add(name);
            }
        }
        if (names.Count == 0) return;
        var ordered = names.OrderByDescending(n => n.Length).ToList();
        var alternatives = ordered.Select(n => IsAbbreviation(n) ? Regex.Escape(n) : "(?i:" + Regex.Escape(n) + ")");
        scanner = TermScanner.For(ordered.Select(n => (n, IsAbbreviation(n))).ToList());
        pattern = new Regex(@"(?<![\p{L}\p{N}-])(?:" + string.Join("|", alternatives) + @")(?![\p{L}\p{N}-])", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    public bool IsEmpty => pattern is null;

    /// <summary>Whether every entry's id goes into a link's address and attributes as it is (a slug: letters, digits, hyphens).</summary>
    public bool IdsArePlain { get; private set; } = true;

    /// <summary>Every term and alias in text[start..start+length], left to right, with the entry it names.</summary>
    public IEnumerable<(Entry Entry, int Index, int Length)> Matches(string text, int start, int length)
    {
        if (pattern is null) yield break;
        // For speed only: in reference mode (FastPaths) the pattern finds every match.
        if (scanner is not null && Core.FastPaths.Enabled && TermScanner.CanRead(text.AsSpan(start, length)))
        {
            var end = start + length;
            for (var (index, matched) = scanner.Next(text, start, start, end); index >= 0; (index, matched) = scanner.Next(text, index + matched, start, end))
                if (EntryNamed(text.AsSpan(index, matched)) is { } entry) yield return (entry, index, matched);
            yield break;
        }
        // The pattern's look-arounds see only this part of the text, as if it stood alone.
        for (var match = pattern.Match(text, start, length); match.Success; match = match.NextMatch())
            if (EntryNamed(match.ValueSpan) is { } entry) yield return (entry, match.Index, match.Length);
    }

    // As written in capitals an abbreviation's entry; otherwise the entry of the name in any case.
    private Entry? EntryNamed(ReadOnlySpan<char> matched) =>
        byAbbreviationLookup.TryGetValue(matched, out var abbreviation) ? abbreviation
        : byNameLookup.TryGetValue(matched, out var named) ? named : null;

    private static bool IsAbbreviation(string name) => name.Length <= 6 && name.Any(char.IsUpper) && !name.Any(char.IsLower);
}
