using GuideGen.Core.Output;
using GuideGen.Core.Diagnostics;
using GuideGen.Rendering.Validation;

namespace GuideGen.Rendering.Output;

/// <summary>Turns `@id` and `@id#anchor` into relative links, reporting those that lead nowhere (<see cref="LinkRules.Target"/>).</summary>
public sealed class LinkResolver(IReadOnlyDictionary<string, LinkTarget> targets, DiagnosticBag diagnostics)
{
    /// <summary>Resolves an `@` link for the page at <paramref name="currentPath"/>; null (and a diagnostic) when it leads nowhere.</summary>
    public (string Href, LinkTarget Target)? Resolve(string link, SourceSpan span, string currentPath)
    {
        var hash = link.IndexOf('#');
        var id = hash < 0 ? link.TrimStart('@') : link[1..hash];
        var anchor = hash < 0 ? null : link[(hash + 1)..];
        var target = LinkRules.Target(link, id, anchor, span, targets, diagnostics);
        recording?.Add(new LinkLookup(id, anchor, target));
        if (target is null) return null;
        return (SitePaths.Relative(currentPath, target.Path, anchor), target);
    }

    // Per thread, so that views built in parallel each see only their own links.
    [ThreadStatic] private static List<LinkLookup>? recording;

    /// <summary>
    /// Runs <paramref name="work"/> and also returns the links it resolved on this thread: what a view
    /// kept for a later build (<see cref="Views.ViewMemo"/>) depends on besides its own inputs.
    /// </summary>
    public static (T Result, IReadOnlyList<LinkLookup> Lookups) Record<T>(Func<T> work)
    {
        var outer = recording;
        var lookups = new List<LinkLookup>();
        recording = lookups;
        try
        {
            var result = work();
            outer?.AddRange(lookups);
            return (result, lookups);
        }
        finally
        {
            recording = outer;
        }
    }
}

/// <summary>One `@` link as it was resolved: what it found (null when it led nowhere).</summary>
public sealed record LinkLookup(string Id, string? Anchor, LinkTarget? Found)
{
    /// <summary>Whether the link would resolve the same way, to the same page and title, among <paramref name="targets"/>.</summary>
    public bool HoldsIn(IReadOnlyDictionary<string, LinkTarget> targets) =>
        Found is not null && targets.TryGetValue(Id, out var now) && now.Path == Found.Path && now.Title == Found.Title
        && (Anchor is null || now.Anchors.Contains(Anchor));
}
