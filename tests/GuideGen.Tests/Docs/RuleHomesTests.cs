using System.Text.RegularExpressions;
using GuideGen.Core.Diagnostics;
using GuideGen.Testing;

namespace GuideGen.Tests.Docs;

/// <summary>
/// docs/developing.md's "Where each rule lives" table finds any rule's home in one hop: it names every
/// diagnostic code, each code's row names every source file that raises it, and each file it names does.
/// </summary>
public class RuleHomesTests
{
    private static readonly IReadOnlyDictionary<string, string> CodeNames = typeof(DiagnosticCodes)
        .GetFields().Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name);

    /// <summary>Each row of the table: the codes it covers, and the files it names.</summary>
    private static List<(IReadOnlySet<string> Codes, IReadOnlySet<string> Files)> Rows()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "docs", "developing.md"));
        var start = text.IndexOf("### Where each rule lives", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, "docs/developing.md has no 'Where each rule lives' section");
        var end = text.IndexOf("\n\n", text.IndexOf("\n|", start, StringComparison.Ordinal), StringComparison.Ordinal);
        var rows = new List<(IReadOnlySet<string>, IReadOnlySet<string>)>();
        foreach (var line in text[start..end].Split('\n').Where(l => l.StartsWith("| GG", StringComparison.Ordinal)))
        {
            var cells = line.Split('|');
            var codes = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match m in Regex.Matches(cells[1], @"GG(\d{4})(?:–GG(\d{4}))?"))
            {
                var from = int.Parse(m.Groups[1].Value);
                var to = m.Groups[2].Success ? int.Parse(m.Groups[2].Value) : from;
                foreach (var code in CodeNames.Keys.Where(c => int.Parse(c[2..]) is var n && n >= from && n <= to)) codes.Add(code);
            }
            var files = Regex.Matches(cells[3], @"`([A-Za-z/]+)/([A-Za-z]+\.cs)`").Select(m => m.Groups[1].Value + "/" + m.Groups[2].Value).ToHashSet(StringComparer.Ordinal);
            // "Core/Validation/ (ContentValidator.cs calls …)": file names given after a folder belong to it.
            foreach (var folder in Regex.Matches(cells[3], @"`([A-Za-z]+/[A-Za-z]+)/` \(([^)]*)\)").Cast<Match>())
                foreach (Match name in Regex.Matches(folder.Groups[2].Value, @"`([A-Za-z]+\.cs)`"))
                    files.Add(folder.Groups[1].Value + "/" + name.Groups[1].Value);
            rows.Add((codes, files));
        }
        return rows;
    }

    /// <summary>Source files (relative to src/GuideGen.) that raise each code.</summary>
    private static Dictionary<string, HashSet<string>> Raisers()
    {
        var raisers = CodeNames.Keys.ToDictionary(c => c, _ => new HashSet<string>(StringComparer.Ordinal));
        var src = Path.Combine(Repository.Root, "src");
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(src, file).Replace('\\', '/');
            if (relative.Contains("/obj/") || relative.Contains("/bin/") || relative.EndsWith("DiagnosticCodes.cs", StringComparison.Ordinal)) continue;
            var text = File.ReadAllText(file);
            foreach (var (code, name) in CodeNames)
                if (Regex.IsMatch(text, $@"DiagnosticCodes\.{name}\b")) raisers[code].Add(ProjectRelative(relative));
        }
        return raisers;
    }

    /// <summary>"GuideGen.Core/Loading/GuideFiles.cs" → "Core/Loading/GuideFiles.cs", as the table writes it.</summary>
    private static string ProjectRelative(string relative)
    {
        var slash = relative.IndexOf('/');
        return relative[..slash].Replace("GuideGen.", "") + relative[slash..];
    }

    [Fact]
    public void Every_code_has_a_row()
    {
        var listed = Rows().SelectMany(r => r.Codes).ToHashSet();
        CodeNames.Keys.Where(c => !listed.Contains(c)).Order().ShouldBeEmpty("codes missing from the table");
    }

    [Fact]
    public void Each_row_names_every_file_that_raises_its_codes_and_only_those()
    {
        var raisers = Raisers();
        var problems = new List<string>();
        foreach (var (codes, files) in Rows())
        {
            var raising = codes.SelectMany(c => raisers[c]).ToHashSet();
            problems.AddRange(raising.Where(f => !files.Contains(f)).Select(f => $"{string.Join(",", codes.Order())}: {f} raises one but is not named"));
            problems.AddRange(files.Where(f => !raising.Contains(f)).Select(f => $"{string.Join(",", codes.Order())}: {f} is named but raises none"));
        }
        problems.ShouldBeEmpty();
    }
}
