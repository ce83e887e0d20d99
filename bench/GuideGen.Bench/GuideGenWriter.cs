using System.Text;

namespace GuideGen.Bench;

/// <summary>Writes a synthetic guide in GuideGen's own format: site.yml, templates/, content/.</summary>
public static class GuideGenWriter
{
    public static void Write(SyntheticGuide guide, string target)
    {
        SyntheticGuide.FreshFolder(target);
        var repository = guide.RepositoryRoot;
        // The bundled site.yml, without the home page's audience links (the synthetic guide has no pages).
        var siteYml = File.ReadAllText(Path.Combine(repository, "site.yml"));
        var audiences = siteYml.IndexOf("\naudiences:", StringComparison.Ordinal);
        var next = siteYml.IndexOf("\nkey_questions:", StringComparison.Ordinal);
        if (audiences >= 0 && next > audiences) siteYml = siteYml[..audiences] + siteYml[next..];
        File.WriteAllText(Path.Combine(target, "site.yml"), siteYml);
        CopyFolder(Path.Combine(repository, "templates"), Path.Combine(target, "templates"));

        foreach (var (kq, intro) in guide.KeyQuestionIntros())
            SyntheticGuide.WriteFile(target, $"content/key-questions/{kq}.yml", $"summary: Synthetic {kq} key question.\nintro: |\n  {intro}\n");
        foreach (var topic in guide.Topics())
            SyntheticGuide.WriteFile(target, $"content/topics/t{topic.Number:D5}.yml", Yaml(topic));
    }

    /// <summary>
    /// The bundled guide as it stands (site.yml, templates, all its content: glossary, synonyms,
    /// pages, checklists, packs), grown by the synthetic topics in content/topics/generated/, their
    /// text made like the guide's own by <see cref="GrownText"/>.
    /// </summary>
    public static void WriteGrown(SyntheticGuide guide, string target)
    {
        SyntheticGuide.FreshFolder(target);
        var repository = guide.RepositoryRoot;
        File.Copy(Path.Combine(repository, "site.yml"), Path.Combine(target, "site.yml"));
        CopyFolder(Path.Combine(repository, "templates"), Path.Combine(target, "templates"));
        CopyFolder(Path.Combine(repository, "content"), Path.Combine(target, "content"));
        foreach (var topic in guide.GrownTopics())
            SyntheticGuide.WriteFile(target, $"content/topics/generated/{GrownText.TopicId(topic.Number)}.yml", Yaml(topic));
    }

    private static string Yaml(SyntheticTopic topic)
    {
        var text = new StringBuilder();
        text.Append($"title: {topic.Title}\nkloe: {topic.Kloe}\norder: {topic.Number}\n");
        text.Append($"summary: {topic.Summary}\nquality_statements: [safeguarding]\n");
        text.Append($"intro: |\n{Indented(topic.Intro[0])}\n\n{Indented(topic.Intro[1])}\n");
        Block(text, "recommendations", topic.Recommendations.Select(r => $"service: {r.Service}\ntext: {r.Text}"));
        Block(text, "examples", topic.Examples.Select(e => $"service: {e.Service}\ntitle: {e.Title}\ntext: |\n{Indented(e.Text)}"));
        text.Append("telling_signs:\n");
        Block(text, "good", topic.GoodSigns.Select(s => $"speaker: person\ntext: {s}"), "  ");
        Block(text, "poor", topic.PoorSigns.Select(s => $"speaker: family\ntext: {s}"), "  ");
        Block(text, "avoid", topic.Avoid.Select(a => $"service: {a.Service}\ntext: {a.Text}"));
        return text.ToString();
    }

    // A block scalar's lines, two spaces in; empty lines stay empty.
    private static string Indented(string text) => string.Join('\n', text.Split('\n').Select(l => l.Length == 0 ? "" : "  " + l));

    private static void Block(StringBuilder text, string name, IEnumerable<string> items, string indent = "")
    {
        text.Append(indent).Append(name).Append(":\n");
        var n = 0;
        foreach (var body in items)
        {
            text.Append(indent).Append($"  - id: {name[..3]}-{n++}\n");
            foreach (var line in body.Split('\n'))
                if (line.Length == 0) text.Append('\n'); // as editors save it: no spaces on an empty line
                else text.Append(indent).Append("    ").Append(line).Append('\n');
        }
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
