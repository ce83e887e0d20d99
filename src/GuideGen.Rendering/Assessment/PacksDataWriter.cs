using System.Text.Json;
using GuideGen.Core.Model;
using GuideGen.Core.Output;

namespace GuideGen.Rendering.Assessment;

/// <summary>
/// Writes assets/packs-data.js for the training pack builder: every topic's blocks as rendered HTML
/// (the same partials the topic pages use), grouped by key question, for the builder to assemble.
/// </summary>
public static class PacksDataWriter
{

    /// <returns>The script as UTF-8, escaped straight from the JSON's bytes (it holds every topic's blocks: tens of megabytes in a large guide).</returns>
    public static byte[] Write(Guide guide, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> blocks)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ScriptData.JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("namespace", guide.Config.StorageNamespace);
            json.WriteString("allServices", guide.Config.ServiceTypes[0].Code);
            json.WriteStartArray("serviceTypes");
            foreach (var type in guide.Config.ServiceTypes.Skip(1)) { json.WriteStartObject(); json.WriteString("code", type.Code); json.WriteString("label", type.Label); json.WriteEndObject(); }
            json.WriteEndArray();
            json.WriteStartArray("blocks");
            foreach (var block in TopicSections.All) { json.WriteStartObject(); json.WriteString("id", block.Id); json.WriteString("title", block.Label); json.WriteEndObject(); }
            json.WriteEndArray();
            json.WriteStartArray("keyQuestions");
            foreach (var kq in guide.KeyQuestions)
            {
                json.WriteStartObject();
                json.WriteString("id", kq.Id);
                json.WriteString("title", kq.Definition.Title);
                json.WriteStartArray("topics");
                foreach (var topic in kq.Topics)
                {
                    json.WriteStartObject();
                    json.WriteString("id", topic.Id);
                    json.WriteString("code", topic.Kloe.Code);
                    json.WriteString("title", topic.File.Title);
                    json.WriteString("href", SitePaths.Relative(SitePaths.PackBuilder, SitePaths.Topic(topic.Id)));
                    json.WriteStartObject("blocks");
                    foreach (var (id, html) in blocks[topic.Id]) json.WriteString(id, html);
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return ScriptData.AssignmentUtf8("GuideGen training pack data.", "GuideGenPacksData", buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }
}
