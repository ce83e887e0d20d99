using System.Text.Json;
using GuideGen.Core.Model;
using GuideGen.Core.Output;

namespace GuideGen.Search;

/// <summary>
/// Writes the search data as a classic script, assets/search-index.js, that sets window.GuideGenSearchData.
/// </summary>
public static class SearchDataWriter
{
    public const int FormatVersion = 1;

    public static byte[] Write(Guide guide, IReadOnlyList<SearchDocument> documents)
    {
        var index = new MiniSearchIndex();
        index.AddAll(documents);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ScriptData.JsonOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WritePropertyName("config");
            WriteConfig(json, guide);
            json.WritePropertyName("index");
            index.WriteTo(json);
            json.WriteEndObject();
        }

        return ScriptData.AssignmentUtf8("GuideGen search data: MiniSearch serialized index and search settings.", "GuideGenSearchData", buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <param name="topics">Whether to list every topic's label; a sharded index carries them in its document shards instead.</param>
    internal static void WriteConfig(Utf8JsonWriter json, Guide guide, bool topics = true)
    {
        json.WriteStartObject();
        WriteStrings(json, "fields", MiniSearchIndex.Fields);
        WriteStrings(json, "storeFields", MiniSearchIndex.StoreFields);
        WriteStrings(json, "stopWords", TextAnalyzer.StopWords);

        json.WriteStartArray("kinds");
        foreach (var (id, label) in ContentKinds.Labelled(guide.Config.Vocabulary)) WritePair(json, id, label);
        json.WriteEndArray();
        json.WriteStartArray("keyQuestions");
        foreach (var kq in guide.Config.KeyQuestions) WritePair(json, kq.Id, kq.Title);
        json.WriteEndArray();
        json.WriteString("keyQuestionsWord", guide.Config.Vocabulary.KeyQuestions);
        json.WriteStartArray("topics");
        foreach (var topic in topics ? guide.Topics : []) WritePair(json, topic.Id, topic.Label);
        json.WriteEndArray();
        json.WriteStartArray("serviceTypes");
        foreach (var type in guide.Config.ServiceTypes) WritePair(json, type.Code, type.ShortLabel ?? type.Label);
        json.WriteEndArray();
        json.WriteString("allServices", guide.Config.AllServices);

        json.WriteStartArray("synonyms");
        foreach (var group in SynonymGroups.From(guide))
        {
            json.WriteStartArray();
            foreach (var word in group) json.WriteStringValue(word);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    internal static void WritePair(Utf8JsonWriter json, string id, string label)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("label", label);
        json.WriteEndObject();
    }

    internal static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
