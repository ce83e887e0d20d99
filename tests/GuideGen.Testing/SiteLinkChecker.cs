using AngleSharp.Html.Parser;

namespace GuideGen.Testing;

/// <summary>Finds links in a built site that point at a missing file or a missing anchor.</summary>
public static class SiteLinkChecker
{
    public static IReadOnlyList<string> Check(string siteFolder)
    {
        var parser = new HtmlParser();
        var files = Directory.GetFiles(siteFolder, "*.html", SearchOption.AllDirectories);
        var ids = files.ToDictionary(
            f => Path.GetFullPath(f),
            f => parser.ParseDocument(File.ReadAllText(f)).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal));

        var broken = new List<string>();
        foreach (var file in files)
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var link in document.QuerySelectorAll("a[href], link[href], script[src]"))
            {
                var href = link.GetAttribute("href") ?? link.GetAttribute("src")!;
                if (href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var hash = href.IndexOf('#');
                var path = hash < 0 ? href : href[..hash];
                var anchor = hash < 0 ? null : href[(hash + 1)..];
                var target = path.Length == 0 ? Path.GetFullPath(file) : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(path)));
                var where = Path.GetRelativePath(siteFolder, file);
                if (!File.Exists(target)) broken.Add($"{where}: {href} (no such file)");
                else if (anchor is { Length: > 0 } && (!ids.TryGetValue(target, out var targetIds) || !targetIds.Contains(Uri.UnescapeDataString(anchor))))
                    broken.Add($"{where}: {href} (no such anchor)");
            }
        }
        return broken;
    }
}
