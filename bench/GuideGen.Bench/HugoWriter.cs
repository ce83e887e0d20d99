using System.Text;

namespace GuideGen.Bench;

/// <summary>
/// Writes the same synthetic text as a plain Hugo site: one Markdown page per topic under a section
/// per KLOE, with a small layout (head, section menu, content, previous/next) so Hugo does the
/// comparable work of a templated page per topic plus section lists.
/// </summary>
public static class HugoWriter
{
    /// <param name="grown">The text of the grown corpus (<see cref="GrownText"/>): glossary terms, emphasis, lists, links between topics.</param>
    public static void Write(SyntheticGuide guide, string target, bool grown = false)
    {
        SyntheticGuide.FreshFolder(target);
        SyntheticGuide.WriteFile(target, "hugo.toml", """
            baseURL = "http://example.org/"
            title = "Synthetic good practice guide"
            languageCode = "en-gb"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
            """);
        SyntheticGuide.WriteFile(target, "layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }} – {{ site.Title }}</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head>
            <body><header><a href="{{ relURL "/" }}">{{ site.Title }}</a>
            <nav><ul>{{ range site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav></header>
            <main>{{ block "main" . }}{{ end }}</main></body></html>
            """);
        SyntheticGuide.WriteFile(target, "layouts/_default/single.html", """
            {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>{{ .TableOfContents }}{{ .Content }}</article>
            <nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>{{ end }}
            """);
        SyntheticGuide.WriteFile(target, "layouts/_default/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}
            """);
        foreach (var (kq, intro) in guide.KeyQuestionIntros())
            SyntheticGuide.WriteFile(target, $"content/{kq}/_index.md", $"---\ntitle: \"{kq}\"\n---\n\n{intro}\n");
        foreach (var topic in grown ? guide.GrownTopics() : guide.Topics())
            SyntheticGuide.WriteFile(target, $"content/{KeyQuestionOf(topic.Kloe)}/t{topic.Number:D5}.md",
                GrownText.HugoLinks(Markdown(topic), n => $"/{KeyQuestionOf(SyntheticGuide.Kloes[n % SyntheticGuide.Kloes.Length])}/t{n:D5}/"));
    }

    private static string KeyQuestionOf(string kloe) => kloe[0] switch
    {
        'S' => "safe", 'E' => "effective", 'C' => "caring", 'R' => "responsive", _ => "well-led",
    };

    private static string Markdown(SyntheticTopic topic)
    {
        var text = new StringBuilder();
        text.Append($"---\ntitle: \"{topic.Title}\"\nkloe: {topic.Kloe}\nweight: {topic.Number}\nsummary: \"{topic.Summary}\"\n---\n\n");
        text.Append(topic.Intro[0]).Append("\n\n").Append(topic.Intro[1]).Append("\n\n## Recommendations\n\n");
        foreach (var (service, recommendation) in topic.Recommendations) text.Append($"- **{service}** {recommendation}\n");
        text.Append("\n## Practical examples\n\n");
        foreach (var (service, title, example) in topic.Examples) text.Append($"### {title} ({service})\n\n{example}\n\n");
        text.Append("## Telling signs\n\n### In a good service\n\n");
        foreach (var sign in topic.GoodSigns) text.Append($"> {sign}\n\n");
        text.Append("### In a poor service\n\n");
        foreach (var sign in topic.PoorSigns) text.Append($"> {sign}\n\n");
        text.Append("## What to avoid\n\n");
        foreach (var (service, avoid) in topic.Avoid) text.Append($"- **{service}** {avoid}\n");
        return text.ToString();
    }
}
