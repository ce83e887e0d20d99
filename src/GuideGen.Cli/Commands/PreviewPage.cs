using System.Text.RegularExpressions;

namespace GuideGen.Cli.Commands;

/// <summary>
/// What `guidegen serve` changes in a page it serves (the built files never have it): the reload
/// script, as a file of the preview server, and `connect-src 'self'` in the page's
/// Content-Security-Policy so that script may ask the server for the build status. Nothing else is
/// loosened: no inline script, no other origin.
/// </summary>
public static partial class PreviewPage
{
    [GeneratedRegex("""(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")""", RegexOptions.IgnoreCase)]
    private static partial Regex PolicyMeta();

    public static string Prepare(string html, string reloadScriptUrl)
    {
        html = PolicyMeta().Replace(html, m => m.Groups[1].Value + WithConnect(m.Groups[2].Value) + m.Groups[3].Value, 1);
        var at = html.LastIndexOf("</body>", StringComparison.Ordinal);
        return at < 0 ? html : html[..at] + $"<script src=\"{reloadScriptUrl}\"></script>\n" + html[at..];
    }

    private static string WithConnect(string policy)
    {
        // A policy that already names connect-src keeps its sources and gains 'self'.
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var index = directives.FindIndex(d => d.StartsWith("connect-src", StringComparison.OrdinalIgnoreCase));
        if (index < 0) directives.Add("connect-src 'self'");
        else if (!directives[index].Contains("'self'", StringComparison.Ordinal)) directives[index] += " 'self'";
        return string.Join("; ", directives);
    }
}
