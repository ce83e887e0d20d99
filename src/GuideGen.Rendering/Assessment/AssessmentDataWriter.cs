using System.Text.Json;
using GuideGen.Core.Diagnostics;
using GuideGen.Core.Model;
using GuideGen.Core.Output;
using GuideGen.Rendering.Markdown;
using GuideGen.Rendering.Output;

namespace GuideGen.Rendering.Assessment;

/// <summary>
/// Writes everything the self-assessment page needs as one classic script (assets/assessment-data.js):
/// the checklists with their items and links into the guide, the quality statements with the items
/// and topics that evidence them, and the answer scales, bands and rating rules from site.yml.
/// Checklist `sources` links are resolved (and reported if broken) here.
/// </summary>
public sealed class AssessmentDataWriter(Guide guide, LinkResolver links, MarkdownRenderer markdown)
{
    public const int FormatVersion = 1;

    public string Write()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ScriptData.JsonOptions))
        {
            var config = guide.Config;
            var assessment = config.Assessment!;
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteString("namespace", config.StorageNamespace);
            json.WriteString("title", config.Title);
            json.WriteString("edition", config.Edition);
            json.WriteStartObject("words");
            foreach (var (key, text) in config.Vocabulary.ByKey()) json.WriteString(key, text);
            json.WriteEndObject();
            WriteList(json, "ratings", assessment.Ratings, (j, r) => { j.WriteString("id", r.Id); j.WriteString("label", r.Label); j.WriteString("symbol", r.Symbol); });
            json.WriteStartObject("answers");
            foreach (var (name, answers) in new[] { ("statement", assessment.StatementAnswers), ("warning", assessment.WarningAnswers), ("check", assessment.CheckAnswers) })
                WriteList(json, name, answers, (j, a) => { j.WriteString("id", a.Id); j.WriteString("label", a.Label); j.WriteNumber("points", a.Points); if (a.FailsCritical) j.WriteBoolean("failsCritical", true); });
            json.WriteEndObject();
            WriteList(json, "kloeBands", assessment.KloeBands, (j, b) => { j.WriteString("rating", b.Rating); j.WriteNumber("from", b.From); });
            WriteList(json, "statementBands", assessment.StatementBands ?? [], (j, b) => { j.WriteString("rating", b.Rating); j.WriteNumber("from", b.From); });
            WriteList(json, "overallRules", assessment.OverallRules, WriteRule);
            WriteOptional(json, "criticalBasis", assessment.CriticalBasis);
            WriteList(json, "statementLimits", assessment.StatementLimits ?? [], (j, l) => { j.WriteNumber("score", l.Score); j.WriteString("rating", l.Rating); j.WriteString("reason", l.Reason); WriteOptional(j, "basis", l.Basis); });
            WriteList(json, "serviceTypes", config.ServiceTypes, (j, s) => { j.WriteString("code", s.Code); j.WriteString("label", s.Label); });
            json.WriteString("allServices", config.AllServices);
            WriteList(json, "keyQuestions", guide.KeyQuestions, WriteKeyQuestion);
            json.WriteEndObject();
        }

        return ScriptData.Assignment("GuideGen self-assessment data.", "GuideGenAssessmentData", buffer.ToArray());
    }

    private void WriteKeyQuestion(Utf8JsonWriter json, KeyQuestion kq)
    {
        json.WriteString("id", kq.Id);
        json.WriteString("letter", kq.Definition.Letter);
        json.WriteString("title", kq.Definition.Title);
        var checklists = guide.Checklists.Where(c => c.Kloe.KeyQuestion == kq.Id).ToList();
        WriteList(json, "kloes", checklists, WriteChecklist);
        var statements = (guide.Config.QualityStatements ?? []).Where(q => q.KeyQuestion == kq.Id).ToList();
        WriteList(json, "statements", statements, WriteStatement);
    }

    private void WriteChecklist(Utf8JsonWriter json, Checklist checklist)
    {
        json.WriteString("code", checklist.Kloe.Code);
        json.WriteString("title", checklist.Kloe.Title);
        json.WriteString("question", checklist.Kloe.Question);
        json.WriteString("introHtml", checklist.File.Intro is { } intro
            ? markdown.Render(MarkdownSource.FromYaml(intro, checklist.File.SpanOf(nameof(ChecklistFile.Intro)), checklist.File.IsBlockText(nameof(ChecklistFile.Intro))), SitePaths.Assessment)
            : "");
        json.WriteStartArray("topics");
        foreach (var topic in guide.Topics.Where(t => t.Kloe.Code == checklist.Kloe.Code))
            WriteLink(json, SitePaths.Relative(SitePaths.Assessment, SitePaths.Topic(topic.Id)), topic.Label);
        json.WriteEndArray();
        WriteList(json, "items", checklist.File.Items, (j, item) => WriteItem(j, checklist, item));
    }

    private void WriteItem(Utf8JsonWriter json, Checklist checklist, ChecklistItem item)
    {
        json.WriteString("id", ItemKey(checklist.Kloe.Code, item.Id));
        json.WriteString("kind", item.Kind);
        if (item.Level is not null) json.WriteString("level", item.Level);
        json.WriteString("service", item.Service);
        json.WriteString("text", item.Text);
        json.WriteStartArray("sources");
        foreach (var source in item.Sources ?? [])
            if (links.Resolve(source, item.SpanOf(nameof(item.Sources)), SitePaths.Assessment) is { } resolved)
                WriteLink(json, resolved.Href, SourceLabel(source, resolved.Target.Title));
        json.WriteEndArray();
        json.WriteStartArray("statements");
        foreach (var statement in item.QualityStatements ?? []) json.WriteStringValue(statement);
        json.WriteEndArray();
        if (item.Caps is { } caps)
            WriteList(json, "caps", caps, (j, cap) => { j.WriteString("scope", cap.Scope); j.WriteString("rating", cap.Rating); WriteOptional(j, "reason", cap.Reason); WriteOptional(j, "basis", cap.Basis); });
        if (item.Critical is { } critical)
        {
            json.WriteStartObject("critical");
            json.WriteString("rating", critical.Rating);
            json.WriteString("reason", critical.Reason);
            WriteOptional(json, "basis", critical.Basis);
            json.WriteEndObject();
        }
    }

    private void WriteStatement(Utf8JsonWriter json, QualityStatementDefinition statement)
    {
        json.WriteString("id", statement.Id);
        json.WriteString("title", statement.Title);
        WriteOptional(json, "meaning", statement.Meaning);
        WriteOptional(json, "personSays", statement.PersonSays);
        json.WriteStartArray("items");
        foreach (var checklist in guide.Checklists)
            foreach (var item in checklist.File.Items.Where(i => i.QualityStatements?.Contains(statement.Id) == true))
                json.WriteStringValue(ItemKey(checklist.Kloe.Code, item.Id));
        json.WriteEndArray();
        json.WriteStartArray("topics");
        foreach (var topic in guide.Topics.Where(t => t.File.QualityStatements?.Contains(statement.Id) == true))
            WriteLink(json, SitePaths.Relative(SitePaths.Assessment, SitePaths.Topic(topic.Id)), topic.Label);
        json.WriteEndArray();
    }

    private static void WriteRule(Utf8JsonWriter json, OverallRule rule)
    {
        json.WriteString("rating", rule.Rating);
        json.WriteString("reason", rule.Reason);
        WriteList(json, "when", rule.When ?? [], static (j, c) =>
        {
            j.WriteString("rated", c.Rated);
            if (c.OrWorse == true) j.WriteBoolean("orWorse", true);
            if (c.OrBetter == true) j.WriteBoolean("orBetter", true);
            if (c.AtLeast is { } least) j.WriteNumber("atLeast", least);
            if (c.AtMost is { } most) j.WriteNumber("atMost", most);
        });
    }

    /// <summary>"S1 Safeguarding: recommendation 3" — which item of which topic a statement comes from.</summary>
    private string SourceLabel(string source, string title)
    {
        var hash = source.IndexOf('#');
        var topic = guide.Topics.FirstOrDefault(t => "@" + t.Id == (hash < 0 ? source : source[..hash]));
        if (topic is null || hash < 0) return title;
        var anchor = source[(hash + 1)..];
        var file = topic.File;
        string? Position<T>(IReadOnlyList<T>? list, string noun) where T : ITopicItem =>
            list?.Select((item, i) => (item, i)).Where(p => p.item.Id == anchor).Select(p => $"{noun} {p.i + 1}").FirstOrDefault();
        var what = Position(file.Recommendations, "recommendation") ?? Position(file.Avoid, "what to avoid")
            ?? file.Examples?.Where(e => e.Id == anchor).Select(e => "example: " + e.Title).FirstOrDefault() ?? "section";
        return $"{topic.Label}, {what}";
    }

    /// <summary>The key under which an item's answer is saved: KLOE code and item id, e.g. "S1/staff-recognise-abuse".</summary>
    public static string ItemKey(string kloe, string itemId) => $"{kloe}/{itemId}";

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static void WriteLink(Utf8JsonWriter json, string href, string label)
    {
        json.WriteStartObject();
        json.WriteString("href", href);
        json.WriteString("label", label);
        json.WriteEndObject();
    }

    private static void WriteList<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(json, item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
