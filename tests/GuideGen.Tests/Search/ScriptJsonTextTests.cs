using System.Text;
using System.Text.Json;
using GuideGen.Core.Output;

namespace GuideGen.Tests.Search;

/// <summary>
/// <see cref="FusedScriptJson"/> (the fast path of <see cref="ScriptJsonText"/>) escapes each string once for
/// JSON and the JS string together; the oracle is the two-step way (Utf8JsonWriter, then
/// <see cref="ScriptData.CallUtf8"/>), which must give the same bytes, as must the plain twin, <see cref="PlainScriptJson"/>.
/// </summary>
public class ScriptJsonTextTests
{
    /// <summary>Every ASCII character, and characters that JSON or JS treat specially beyond it.</summary>
    private static readonly string[] Characters =
    [
        .. Enumerable.Range(0, 128).Select(c => ((char)c).ToString()),
        "é", "€", "😀", "\u2028", "\u2029", "\u00AD", "\u200D", "\uFEFF", "\u0085", "\u0378", "\uE000", "\u00A0", "ſ", "<p class=\"x\">", "</script>",
    ];

    [Fact]
    public void Gives_the_bytes_of_json_then_script_escaping_on_5000_documents()
    {
        var random = new Random(20261205);
        for (var n = 0; n < 5000; n++)
        {
            var values = Enumerable.Range(0, random.Next(0, 6)).Select(_ => Text(random)).ToList();
            var names = values.Select((_, i) => "k" + i + Text(random, 3)).ToList();
            void Write(ScriptJsonText json)
            {
                json.WriteString("id", values.FirstOrDefault() ?? "");
                json.WriteStartObject("blocks");
                for (var i = 0; i < values.Count; i++) json.WriteString(names[i], Encoding.UTF8.GetBytes(values[i]));
                json.WriteEndObject();
                json.WriteStartArray("rows");
                foreach (var value in values)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(value);
                    json.WriteStringValue(value.ToUpperInvariant());
                    json.WriteEndArray();
                    json.WriteStartObject();
                    json.WriteString("label", value);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            var fused = FusedScriptJson.Script("Test data.", "take", Write);
            var plain = PlainScriptJson.Script("Test data.", "take", Write);

            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, ScriptData.JsonOptions))
            {
                json.WriteStartObject();
                json.WriteString("id", values.FirstOrDefault() ?? "");
                json.WriteStartObject("blocks");
                for (var i = 0; i < values.Count; i++) json.WriteString(names[i], Encoding.UTF8.GetBytes(values[i]));
                json.WriteEndObject();
                json.WriteStartArray("rows");
                foreach (var value in values)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(value);
                    json.WriteStringValue(value.ToUpperInvariant());
                    json.WriteEndArray();
                    json.WriteStartObject();
                    json.WriteString("label", value);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            var twoStep = ScriptData.CallUtf8("Test data.", "take", buffer.ToArray());

            Encoding.UTF8.GetString(fused).ShouldBe(Encoding.UTF8.GetString(twoStep), string.Join(" | ", values));
            fused.ShouldBe(twoStep);
            plain.ShouldBe(twoStep);
        }
    }

    private static string Text(Random random, int most = 60) =>
        string.Concat(Enumerable.Range(0, random.Next(0, most)).Select(_ => Characters[random.Next(Characters.Length)]));
}
