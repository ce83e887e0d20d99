using System.Text;
using System.Text.RegularExpressions;

namespace GuideGen.Bench;

/// <summary>
/// Writes a deterministic synthetic guide shaped like the bundled one: per topic about 12
/// recommendations, 7 examples, 7 telling signs, 7 what-to-avoid items and about 1,500 words, with
/// words drawn (seeded) from the bundled guide's own vocabulary so term statistics look real.
/// </summary>
public sealed partial class SyntheticGuide(string repositoryRoot, int topics, int seed = 20261123)
{
    [GeneratedRegex(@"[a-z]{3,}")]
    private static partial Regex Word();

    public void Write(string target)
    {
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        Directory.CreateDirectory(target);
        // The bundled site.yml, without the home page's audience links (the synthetic guide has no pages).
        var siteYml = File.ReadAllText(Path.Combine(repositoryRoot, "site.yml"));
        var audiences = siteYml.IndexOf("\naudiences:", StringComparison.Ordinal);
        var next = siteYml.IndexOf("\nkey_questions:", StringComparison.Ordinal);
        if (audiences >= 0 && next > audiences) siteYml = siteYml[..audiences] + siteYml[next..];
        File.WriteAllText(Path.Combine(target, "site.yml"), siteYml);
        CopyFolder(Path.Combine(repositoryRoot, "templates"), Path.Combine(target, "templates"));

        var vocabulary = Vocabulary();
        var random = new Random(seed);
        var kloes = new[] { "S1", "S2", "S3", "S4", "S5", "S6", "E1", "E2", "E3", "E4", "E5", "E6", "E7", "C1", "C2", "C3", "R1", "R2", "R3", "W1", "W2", "W3", "W4", "W5" };
        foreach (var kq in new[] { "safe", "effective", "caring", "responsive", "well-led" })
            Write(target, $"content/key-questions/{kq}.yml", $"summary: Synthetic {kq} key question.\nintro: |\n  {Sentence(random, vocabulary, 40)}\n");

        for (var i = 0; i < topics; i++)
        {
            var kloe = kloes[i % kloes.Length];
            var text = new StringBuilder();
            text.Append($"title: {Capitalise(Sentence(random, vocabulary, 3).TrimEnd('.'))}\nkloe: {kloe}\norder: {i}\n");
            text.Append($"summary: {Sentence(random, vocabulary, 14)}\nquality_statements: [safeguarding]\n");
            text.Append($"intro: |\n  {Sentence(random, vocabulary, 60)}\n\n  {Sentence(random, vocabulary, 50)}\n");
            Block(text, "recommendations", 12, n => $"    service: {Service(random)}\n    text: {Sentence(random, vocabulary, 25)}\n");
            Block(text, "examples", 7, n => $"    service: {Service(random)}\n    title: {Capitalise(Sentence(random, vocabulary, 4).TrimEnd('.'))}\n    text: |\n      {Sentence(random, vocabulary, 70)}\n");
            text.Append("telling_signs:\n");
            Block(text, "  good", 4, n => $"    speaker: person\n    text: {Sentence(random, vocabulary, 15)}\n", "  ");
            Block(text, "  poor", 3, n => $"    speaker: family\n    text: {Sentence(random, vocabulary, 15)}\n", "  ");
            Block(text, "avoid", 7, n => $"    service: {Service(random)}\n    text: {Sentence(random, vocabulary, 18)}\n");
            Write(target, $"content/topics/t{i:D5}.yml", text.ToString());
        }
    }

    private static void Block(StringBuilder text, string name, int count, Func<int, string> item, string indent = "")
    {
        text.Append(name).Append(":\n");
        for (var n = 0; n < count; n++)
        {
            var body = item(n);
            text.Append(indent).Append($"  - id: {name.Trim()[..3]}-{n}\n");
            foreach (var line in body.Split('\n', StringSplitOptions.RemoveEmptyEntries)) text.Append(indent).Append(line).Append('\n');
        }
    }

    private static string Service(Random random) => random.Next(10) switch { < 8 => "A", 8 => "R", _ => "C" };

    private static string Sentence(Random random, IReadOnlyList<string> words, int length)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            if (i > 0) sb.Append(' ');
            // Zipf-like: common words much more often than rare ones, like real text.
            var index = (int)(Math.Pow(random.NextDouble(), 2.5) * words.Count);
            sb.Append(words[Math.Min(index, words.Count - 1)]);
        }
        return sb.Append('.').ToString();
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The bundled guide's words, most frequent first.</summary>
    private List<string> Vocabulary() =>
        Directory.EnumerateFiles(Path.Combine(repositoryRoot, "content"), "*.yml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(f => Word().Matches(File.ReadAllText(f).ToLowerInvariant()).Select(m => m.Value))
            .Where(w => w is not ("service" or "text" or "title" or "speaker" or "kloe" or "summary" or "intro"))
            .GroupBy(w => w)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
