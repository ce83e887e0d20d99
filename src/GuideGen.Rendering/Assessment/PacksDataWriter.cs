using System.Text.Json;
using GuideGen.Core.Model;
using GuideGen.Core.Output;

namespace GuideGen.Rendering.Assessment;

/// <summary>
/// Writes the training pack builder's data: assets/packs-data.js lists the key questions and topics,
/// and each topic's blocks as rendered HTML (the same partials the topic pages use) are in a script of
/// their own, assets/packs/&lt;topic&gt;.js, which the builder adds when that topic is picked. One file
/// with every topic's blocks was tens of megabytes in a large guide, all read before the page could work.
/// </summary>
public static class PacksDataWriter
{
    /// <summary>The global function that a topic's script calls with its blocks.</summary>
    public const string TopicFunction = "GuideGenPacksTopic";

    /// <summary>Hands <paramref name="write"/> the index, then one script per topic (path, bytes), from several threads.</summary>
    public static void Write(Guide guide, IReadOnlyDictionary<string, Views.TopicBlocks> blocks, Action<string, byte[]> write)
    {
        write(SitePaths.PacksData, Index(guide));
        var topics = guide.Topics.ToList();
        Core.Parallelism.For(topics.Count, i => write(SitePaths.PacksTopic(topics[i].Id), TopicScript(topics[i], blocks[topics[i].Id])));
    }

    private static byte[] Index(Guide guide) => ScriptJson.Object(json =>
    {
        json.WriteString("namespace", guide.Config.StorageNamespace);
        json.WriteString("allServices", guide.Config.AllServices);
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
                json.WriteString("script", SitePaths.Relative(SitePaths.PackBuilder, SitePaths.PacksTopic(topic.Id)));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }, json => ScriptData.AssignmentUtf8("GuideGen training pack data: key questions and topics.", "GuideGenPacksData", json));

    /// <summary>Written straight in its escaped form (<see cref="ScriptJsonText"/>): these scripts are most of the HTML of the guide once more.</summary>
    private static byte[] TopicScript(Topic topic, Views.TopicBlocks blocks) => ScriptJsonText.Call("GuideGen training pack data: one topic's blocks.", TopicFunction, json =>
    {
        json.WriteString("id", topic.Id);
        json.WriteStartObject("blocks");
        foreach (var (id, html) in blocks.All) json.WriteString(id, html);
        json.WriteEndObject();
    });
}
