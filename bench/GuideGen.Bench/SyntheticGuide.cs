using System.Text;
using System.Text.RegularExpressions;

namespace GuideGen.Bench;

/// <summary>One synthetic topic: the same text is written as a GuideGen topic and as a Hugo page.</summary>
public sealed record SyntheticTopic(
    int Number, string Kloe, string Title, string Summary, IReadOnlyList<string> Intro,
    IReadOnlyList<(string Service, string Text)> Recommendations,
    IReadOnlyList<(string Service, string Title, string Text)> Examples,
    IReadOnlyList<string> GoodSigns, IReadOnlyList<string> PoorSigns,
    IReadOnlyList<(string Service, string Text)> Avoid);

/// <summary>
/// A deterministic synthetic guide shaped like the bundled one: per topic about 12 recommendations,
/// 7 examples, 7 telling signs, 7 what-to-avoid items and about 1,500 words, with words drawn (seeded)
/// from the bundled guide's own vocabulary so term statistics look real.
/// </summary>
public sealed partial class SyntheticGuide(string repositoryRoot, int topics, int seed = 20261123)
{
    public static readonly string[] Kloes = ["S1", "S2", "S3", "S4", "S5", "S6", "E1", "E2", "E3", "E4", "E5", "E6", "E7", "C1", "C2", "C3", "R1", "R2", "R3", "W1", "W2", "W3", "W4", "W5"];
    public static readonly string[] KeyQuestions = ["safe", "effective", "caring", "responsive", "well-led"];

    [GeneratedRegex(@"[a-z]{3,}")]
    private static partial Regex Word();

    public string RepositoryRoot => repositoryRoot;

    /// <summary>The topics, the same for the same seed and count on every machine.</summary>
    public IEnumerable<SyntheticTopic> Topics()
    {
        var vocabulary = Vocabulary();
        var random = new Random(seed);
        string S(int length) => Sentence(random, vocabulary, length);
        string T(int length) => Capitalise(S(length).TrimEnd('.'));
        for (var i = 0; i < topics; i++)
        {
            yield return new SyntheticTopic(
                i, Kloes[i % Kloes.Length], T(3), S(14), [S(60), S(50)],
                Enumerable.Range(0, 12).Select(_ => (Service(random), S(25))).ToList(),
                Enumerable.Range(0, 7).Select(_ => (Service(random), T(4), S(70))).ToList(),
                Enumerable.Range(0, 4).Select(_ => S(15)).ToList(),
                Enumerable.Range(0, 3).Select(_ => S(15)).ToList(),
                Enumerable.Range(0, 7).Select(_ => (Service(random), S(18))).ToList());
        }
    }

    /// <summary>The same topics with text like the bundled guide's: its glossary's terms, Markdown links, emphasis and lists.</summary>
    public IEnumerable<SyntheticTopic> GrownTopics()
    {
        var grown = new GrownText(GrownText.NamesIn(Path.Combine(repositoryRoot, "content", "glossary.yml")), topics);
        return Topics().Select(grown.Grow);
    }

    /// <summary>Key question introductions, from their own seeded stream so topics stay the same.</summary>
    public IEnumerable<(string Id, string Intro)> KeyQuestionIntros()
    {
        var vocabulary = Vocabulary();
        var random = new Random(seed + 1);
        return KeyQuestions.Select(kq => (kq, Sentence(random, vocabulary, 40))).ToList();
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

    private List<string>? vocabulary;

    /// <summary>The bundled guide's words, most frequent first.</summary>
    private List<string> Vocabulary() => vocabulary ??=
        Directory.EnumerateFiles(Path.Combine(repositoryRoot, "content"), "*.yml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(f => Word().Matches(File.ReadAllText(f).ToLowerInvariant()).Select(m => m.Value))
            .Where(w => w is not ("service" or "text" or "title" or "speaker" or "kloe" or "summary" or "intro"))
            .GroupBy(w => w)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();

    internal static void WriteFile(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    internal static void FreshFolder(string target)
    {
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        Directory.CreateDirectory(target);
    }
}
