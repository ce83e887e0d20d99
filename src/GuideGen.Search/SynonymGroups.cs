using GuideGen.Core.Model;

namespace GuideGen.Search;

/// <summary>
/// The words search treats as one: the groups in content/synonyms.yml, and each glossary term with its
/// aliases. Groups that share a word are merged, so "MCA" finds the same as "Mental Capacity Act 2005".
/// </summary>
public static class SynonymGroups
{
    public static IReadOnlyList<IReadOnlyList<string>> From(Guide guide)
    {
        var groups = guide.Synonyms.Select(g => g.ToList())
            .Concat((guide.Glossary?.Entries ?? []).Where(e => e.Term.Aliases is { Count: > 0 }).Select(e => e.Term.Aliases!.Prepend(e.Term.Term).ToList()))
            .ToList();

        // Merge groups that share a (case-insensitive) word, keeping the first spelling seen.
        var merged = new List<List<string>>();
        foreach (var group in groups)
        {
            var overlapping = merged.Where(m => m.Intersect(group, StringComparer.OrdinalIgnoreCase).Any()).ToList();
            var target = new List<string>();
            foreach (var m in overlapping) { target.AddRange(m); merged.Remove(m); }
            target.AddRange(group);
            merged.Add(target.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        }
        return merged;
    }
}
