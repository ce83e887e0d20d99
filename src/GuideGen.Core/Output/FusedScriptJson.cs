using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;

namespace GuideGen.Core.Output;

/// <summary>
/// Writes a data script's JSON straight in the form it takes inside the script's JS string: each string is
/// escaped for JSON and for the single-quoted JS string in one pass. Writing the JSON first and escaping all
/// of it again read and wrote every byte twice more; the training pack data of a large guide is hundreds of
/// megabytes of HTML, dense with the quotes and angle brackets that both escapings touch.
/// The bytes are those of <see cref="System.Text.Json.Utf8JsonWriter"/> with <see cref="ScriptData.JsonOptions"/>
/// followed by <see cref="ScriptData.CallUtf8"/> (property-tested): printable ASCII and line breaks are escaped
/// here, and any other run of bytes is escaped by the same encoder and the same script escaping as before.
/// Only what data scripts use: objects, string properties and arrays of strings. The fast path of
/// <see cref="ScriptJsonText"/>; its plain twin is <see cref="PlainScriptJson"/>.
/// </summary>
internal sealed class FusedScriptJson : ScriptJsonText
{
    private readonly ArrayBufferWriter<byte> output;
    /// <summary>For each open object or array: whether it has an item yet (so the next needs a comma).</summary>
    private readonly List<bool> hasItems = [];

    private FusedScriptJson(ArrayBufferWriter<byte> output) => this.output = output;

    /// <summary>The script that calls <paramref name="functionName"/> with the JSON object <paramref name="write"/> fills in.</summary>
    public static byte[] Script(string comment, string functionName, Action<ScriptJsonText> write) =>
        Script(ScriptData.Head(comment, ScriptData.CallOpening(functionName)), write, ScriptData.Tail(ScriptData.CallClosing));

    private static byte[] Script(byte[] head, Action<ScriptJsonText> write, byte[] tail)
    {
        var buffer = threadBuffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        buffer.Write(head);
        var json = new FusedScriptJson(buffer);
        json.WriteStartObject();
        write(json);
        json.WriteEndObject();
        buffer.Write(tail);
        var script = GC.AllocateUninitializedArray<byte>(buffer.WrittenCount);
        buffer.WrittenSpan.CopyTo(script);
        // A thread keeps a buffer of ordinary script size only, not the largest it ever needed.
        if (buffer.Capacity > MaxKeptBytes) threadBuffer = null;
        return script;
    }

    private const int MaxKeptBytes = 1024 * 1024;
    [ThreadStatic] private static ArrayBufferWriter<byte>? threadBuffer;

    public override void WriteStartObject()
    {
        Separate();
        Put((byte)'{');
        hasItems.Add(false);
    }

    public override void WriteStartObject(string name)
    {
        WritePropertyName(name);
        Put((byte)'{');
        hasItems.Add(false);
    }

    public override void WriteEndObject() => Close((byte)'}');

    public override void WriteStartArray(string name)
    {
        WritePropertyName(name);
        Put((byte)'[');
        hasItems.Add(false);
    }

    public override void WriteStartArray()
    {
        Separate();
        Put((byte)'[');
        hasItems.Add(false);
    }

    public override void WriteEndArray() => Close((byte)']');

    public override void WriteString(string name, ReadOnlySpan<byte> utf8Value)
    {
        WritePropertyName(name);
        String(utf8Value);
    }

    public override void WriteString(string name, string value)
    {
        WritePropertyName(name);
        String(value);
    }

    public override void WriteStringValue(string value)
    {
        Separate();
        String(value);
    }

    private void WritePropertyName(string name)
    {
        Separate();
        String(name);
        Put((byte)':');
    }

    private void Separate()
    {
        if (hasItems.Count == 0) return;
        if (hasItems[^1]) Put((byte)',');
        hasItems[^1] = true;
    }

    private void Close(byte bracket)
    {
        Put(bracket);
        hasItems.RemoveAt(hasItems.Count - 1);
    }

    private void Put(byte b)
    {
        output.GetSpan(1)[0] = b;
        output.Advance(1);
    }

    private void Put(ReadOnlySpan<byte> bytes) => output.Write(bytes);

    private void String(string value)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(value.Length));
        try
        {
            String(bytes.AsSpan(0, Encoding.UTF8.GetBytes(value, bytes)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>A JSON string, quotes included, escaped once more for the JS string it lies in.</summary>
    private void String(ReadOnlySpan<byte> utf8)
    {
        Put((byte)'"');
        var rest = utf8;
        while (true)
        {
            var next = rest.IndexOfAny(Special);
            if (next < 0)
            {
                Put(rest);
                break;
            }
            Put(rest[..next]);
            rest = rest[next..];
            switch (rest[0])
            {
                // JSON's escape, then the JS string's: \" becomes \\", \\ becomes \\\\, a line break \n becomes \\n.
                case (byte)'"': Put(@"\\"""u8); break;
                case (byte)'\\': Put(@"\\\\"u8); break;
                case (byte)'\n': Put(@"\\n"u8); break;
                // Not escaped in JSON; escaped in the JS string as ScriptData does.
                case (byte)'\'': Put(@"\'"u8); break;
                case (byte)'<': Put(@"\x3c"u8); break;
                default:
                    // Beyond ASCII, or a control character: the whole run goes the way it went before. A run
                    // ends at an ASCII byte, so it never splits a character's UTF-8 sequence.
                    var length = rest.IndexOfAnyInRange((byte)0x20, (byte)0x7E);
                    Escaped(rest[..(length < 0 ? rest.Length : length)]);
                    rest = rest[(length < 0 ? rest.Length : length)..];
                    continue;
            }
            rest = rest[1..];
        }
        Put((byte)'"');
    }

    /// <summary>Escaped by the JSON encoder of <see cref="ScriptData.JsonOptions"/>, then by <see cref="ScriptData.Escape"/>.</summary>
    private void Escaped(ReadOnlySpan<byte> run)
    {
        // The JSON encoder writes at most \uXXXX (6 bytes) for each byte it reads.
        var json = ArrayPool<byte>.Shared.Rent(run.Length * 6);
        try
        {
            if (JavaScriptEncoder.UnsafeRelaxedJsonEscaping.EncodeUtf8(run, json, out _, out var written) != OperationStatus.Done)
                throw new ArgumentException("Text for a data script is not valid UTF-8."); // as Utf8JsonWriter would
            var encoded = json.AsSpan(0, written);
            var length = ScriptData.Escape(encoded, [], measure: true);
            ScriptData.Escape(encoded, output.GetSpan(length), measure: false);
            output.Advance(length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(json);
        }
    }

    /// <summary>Bytes the fast path does not copy as they are: what JSON or the JS string escapes, and every byte outside printable ASCII.</summary>
    private static readonly SearchValues<byte> Special = SearchValues.Create(
        Enumerable.Range(0, 256).Where(b => b < 0x20 || b > 0x7E || b is '"' or '\\' or '\'' or '<').Select(b => (byte)b).ToArray());
}
