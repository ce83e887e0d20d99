using GuideGen.Core.Output;
using GuideGen.Core.Diagnostics;
using GuideGen.Core.Yaml;

namespace GuideGen.Rendering.Output;

/// <summary>Turns `@id` and `@id#anchor` into relative links, reporting those that lead nowhere.</summary>
public sealed class LinkResolver(IReadOnlyDictionary<string, LinkTarget> targets, DiagnosticBag diagnostics)
{
    /// <summary>Resolves an `@` link for the page at <paramref name="currentPath"/>; null (and a diagnostic) when it leads nowhere.</summary>
    public (string Href, LinkTarget Target)? Resolve(string link, SourceSpan span, string currentPath)
    {
        var hash = link.IndexOf('#');
        var id = hash < 0 ? link.TrimStart('@') : link[1..hash];
        var anchor = hash < 0 ? null : link[(hash + 1)..];
        if (!link.StartsWith('@') || !targets.TryGetValue(id, out var target))
        {
            diagnostics.Error(DiagnosticCodes.UnknownLinkTarget, span, $"the link {link} names no page{NameSuggester.Hint(id, targets.Keys)}");
            return null;
        }
        if (anchor is not null && !target.Anchors.Contains(anchor))
        {
            diagnostics.Error(DiagnosticCodes.UnknownAnchor, span,
                $"the page @{id} has no anchor '#{anchor}'{NameSuggester.Hint(anchor, target.Anchors)}");
            return null;
        }
        return (SitePaths.Relative(currentPath, target.Path, anchor), target);
    }
}
