using System.Text.RegularExpressions;

namespace GuideGen.Bench;

/// <summary>
/// Turns a synthetic topic into text like the bundled guide's own: glossary terms and their aliases in
/// running text (about one word in twelve), and Markdown where authors use it: emphasis in some
/// recommendations, links and mentions of other topics in some examples, short lists in others.
/// The same seed gives the same text on every machine. Links are written as GuideGen's `@id` links;
/// <see cref="HugoLinks"/> turns them into the plain links Hugo reads.
/// </summary>
public sealed partial class GrownText(IReadOnlyList<string> glossaryNames, int topicCount, int seed = 20261207)
{
    private readonly Random random = new(seed);

    [GeneratedRegex(@"(?m)^\s*-?\s*term:\s*(.+?)\s*$")]
    private static partial Regex TermLine();

    [GeneratedRegex(@"(?m)^\s*aliases:\s*\[(.*)\]\s*$")]
    private static partial Regex AliasLine();

    [GeneratedRegex(@"\]\(@(t\d{5})\)|@(t\d{5})")]
    private static partial Regex GuideLink();

    /// <summary>Every term and alias of a glossary.yml, in file order.</summary>
    public static IReadOnlyList<string> NamesIn(string glossaryYml)
    {
        var text = File.ReadAllText(glossaryYml);
        return TermLine().Matches(text).Select(m => m.Groups[1].Value.Trim('"', '\''))
            .Concat(AliasLine().Matches(text).SelectMany(m => m.Groups[1].Value.Split(',')).Select(a => a.Trim().Trim('"', '\'')))
            .Where(n => n.Length > 0)
            .ToList();
    }

    public static string TopicId(int number) => $"t{number:D5}";

    public SyntheticTopic Grow(SyntheticTopic topic) => topic with
    {
        Summary = Terms(topic.Summary),
        Intro = [Emphasise(Terms(topic.Intro[0])), Terms(topic.Intro[1])],
        Recommendations = topic.Recommendations.Select(r => (r.Service, random.Next(4) == 0 ? Emphasise(Terms(r.Text)) : Terms(r.Text))).ToList(),
        Examples = topic.Examples.Select(e => (e.Service, e.Title, Example(Terms(e.Text)))).ToList(),
        GoodSigns = topic.GoodSigns.Select(Terms).ToList(),
        PoorSigns = topic.PoorSigns.Select(Terms).ToList(),
        Avoid = topic.Avoid.Select(a => (a.Service, Terms(a.Text))).ToList(),
    };

    /// <summary>The same text for Hugo: `[text](@t00042)` and `@t00042` become links to the page's path.</summary>
    public static string HugoLinks(string markdown, Func<int, string> pathOf) =>
        GuideLink().Replace(markdown, m => m.Groups[1].Success
            ? $"]({pathOf(int.Parse(m.Groups[1].Value[1..]))})"
            : $"[{m.Groups[2].Value}]({pathOf(int.Parse(m.Groups[2].Value[1..]))})");

    // Replaces about one word in twelve with a glossary term, keeping the sentence's length in words.
    private string Terms(string sentence)
    {
        var words = sentence.Split(' ');
        for (var i = 1; i < words.Length - 1; i++)
            if (random.Next(12) == 0) words[i] = glossaryNames[random.Next(glossaryNames.Count)];
        return string.Join(' ', words);
    }

    private string Emphasise(string text)
    {
        var words = text.Split(' ');
        if (words.Length < 4) return text;
        var at = random.Next(1, words.Length - 2);
        var mark = random.Next(2) == 0 ? "**" : "*";
        words[at] = mark + words[at].TrimEnd('.', ',') + mark + (words[at].EndsWith('.') ? "." : "");
        return string.Join(' ', words);
    }

    // One example in four links to another topic, one in four ends with a short list.
    private string Example(string text)
    {
        var other = TopicId(random.Next(topicCount));
        text = random.Next(4) switch
        {
            0 => text.TrimEnd('.') + $", as in [a similar example](@{other}).",
            1 => text + $" See also @{other}.",
            _ => text,
        };
        if (random.Next(4) == 0)
        {
            var words = text.Split(' ');
            text += "\n\n" + string.Join('\n', Enumerable.Range(0, 3).Select(i => "- " + string.Join(' ', words.Skip(i * 4).Take(4)).TrimEnd('.', ',')));
        }
        return text;
    }
}
