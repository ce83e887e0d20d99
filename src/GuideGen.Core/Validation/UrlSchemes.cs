namespace GuideGen.Core.Validation;

/// <summary>
/// Which link addresses a guide may contain. Browsers ignore tabs, newlines and case in a scheme
/// ("Java&#9;Script:"), so the scheme is read the way a browser reads it before it is judged.
/// </summary>
public static class UrlSchemes
{
    private static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.Ordinal) { "https", "http", "mailto", "tel" };

    /// <summary>The lower-case scheme of an address, or null for an address without one (relative, #anchor, @id).</summary>
    public static string? SchemeOf(string url)
    {
        var chars = url.Where(c => c > ' ' && c != '\u007f').ToArray();
        var colon = Array.IndexOf(chars, ':');
        if (colon <= 0 || !char.IsAsciiLetter(chars[0])) return null;
        for (var i = 1; i < colon; i++)
            if (!char.IsAsciiLetterOrDigit(chars[i]) && chars[i] is not ('+' or '-' or '.')) return null;
        return new string(chars, 0, colon).ToLowerInvariant();
    }

    /// <summary>Whether a link may point there: a web, mail or phone address (never javascript:, vbscript:, data: or file:).</summary>
    public static bool IsAllowed(string? scheme) => scheme is not null && Allowed.Contains(scheme);

    /// <summary>The message for an address whose scheme is not allowed.</summary>
    public static string Refusal(string url, string scheme) => scheme is "javascript" or "vbscript" or "data"
        ? $"the address '{url}' uses {scheme}:, which can run script or hide content; link to a web page (https://…) or a page of the guide (@id)"
        : $"the address '{url}' uses {scheme}:, which a guide may not link to; use https://, http://, mailto: or tel:, or @id for a page of the guide";
}
