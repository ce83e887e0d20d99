using GuideGen.Core.Diagnostics;
using GuideGen.Core.Validation;
using GuideGen.Core.Yaml;
using GuideGen.Rendering.Output;

namespace GuideGen.Rendering.Validation;

/// <summary>
/// The link rules (GG3001–GG3005). They are applied where links are made (Markdown, audiences,
/// checklist sources, what's new), because only there is a link's text parsed as Markdown parses it;
/// when other errors stop a build first, <see cref="LinkPrecheck"/> applies them anyway, so that all
/// problems come in one run.
/// </summary>
public static class LinkRules
{
    /// <summary>The page an `@id` or `@id#anchor` link leads to; null, with GG3001 or GG3002, when it leads nowhere.</summary>
    public static LinkTarget? Target(string link, string id, string? anchor, SourceSpan span, IReadOnlyDictionary<string, LinkTarget> targets, DiagnosticBag diagnostics)
    {
        var found = link.StartsWith('@') ? targets.GetValueOrDefault(id) : null;
        if (found is not { } target)
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
        return target;
    }

    /// <summary>
    /// Checks a Markdown link's address that is not an `@` link: a scheme that is not allowed is GG3004,
    /// an image on the web GG3005 (a warning: the site loads only its own files), a path to a file GG3003.
    /// </summary>
    /// <returns>False when the address must never reach the page.</returns>
    public static bool Address(string url, bool isImage, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (UrlSchemes.SchemeOf(url) is { } scheme)
        {
            if (!UrlSchemes.IsAllowed(scheme))
            {
                diagnostics.Error(DiagnosticCodes.UnsafeLinkScheme, span, UrlSchemes.Refusal(url, scheme));
                return false;
            }
            // The site is read offline and its policy allows only its own files: a web image would never show.
            if (isImage && scheme is "http" or "https")
                diagnostics.Warning(DiagnosticCodes.RemoteImage, span,
                    $"the image '{url}' is on the web; the guide works offline and loads only its own files, so it would not show – describe it in words or link to it instead");
            return true;
        }
        if (url.StartsWith('#')) return true;
        diagnostics.Error(DiagnosticCodes.RelativeLink, span,
            $"the link '{url}' points at a file; link to pages of the guide with @id (for example @s1-safeguarding) or give a full web address");
        return true;
    }

    /// <summary>An address Markdig made a link of by itself (an autolink): only its scheme is checked (GG3004).</summary>
    /// <returns>False when the address must never reach the page.</returns>
    public static bool AutolinkAddress(string url, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (UrlSchemes.SchemeOf(url) is not { } scheme || UrlSchemes.IsAllowed(scheme)) return true;
        diagnostics.Error(DiagnosticCodes.UnsafeLinkScheme, span, UrlSchemes.Refusal(url, scheme));
        return false;
    }
}
