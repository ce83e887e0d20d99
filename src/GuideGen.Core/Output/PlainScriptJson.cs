using System.Buffers;
using System.Text.Json;

namespace GuideGen.Core.Output;

/// <summary>
/// The plain twin of <see cref="FusedScriptJson"/> (reference mode, <see cref="FastPaths"/>): the JSON is
/// written by System.Text.Json with <see cref="ScriptData.JsonOptions"/> into a buffer of its own, then
/// escaped for the script's JS string by <see cref="ScriptData.CallUtf8"/>.
/// <para>
/// No encoder of System.Text.Json alone gives these bytes: the JSON lies inside a single-quoted JS string
/// (<c>JSON.parse('…')</c>), so it is escaped twice, and the second escaping works on the first one's
/// output (JSON's <c>\"</c> becomes <c>\\"</c>, its <c>\n</c> becomes <c>\\n</c>); <c>'</c> becomes
/// <c>\'</c>, <c>&lt;</c> becomes <c>\x3c</c>, U+2028 and U+2029 become <c>\u2028</c> and <c>\u2029</c>.
/// That second escaping is <see cref="ScriptData.Escape"/>, which every other data script goes through.
/// </para>
/// </summary>
internal sealed class PlainScriptJson(Utf8JsonWriter json) : ScriptJsonText
{
    public static byte[] Script(string comment, string functionName, Action<ScriptJsonText> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, ScriptData.JsonOptions))
        {
            json.WriteStartObject();
            write(new PlainScriptJson(json));
            json.WriteEndObject();
        }
        return ScriptData.CallUtf8(comment, functionName, buffer.WrittenSpan);
    }

    public override void WriteStartObject() => json.WriteStartObject();

    public override void WriteStartObject(string name) => json.WriteStartObject(name);

    public override void WriteEndObject() => json.WriteEndObject();

    public override void WriteStartArray(string name) => json.WriteStartArray(name);

    public override void WriteStartArray() => json.WriteStartArray();

    public override void WriteEndArray() => json.WriteEndArray();

    public override void WriteString(string name, ReadOnlySpan<byte> utf8Value) => json.WriteString(name, utf8Value);

    public override void WriteString(string name, string value) => json.WriteString(name, value);

    public override void WriteStringValue(string value) => json.WriteStringValue(value);
}
