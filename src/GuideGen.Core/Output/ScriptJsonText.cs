namespace GuideGen.Core.Output;

/// <summary>
/// Writes the JSON object of a data script that calls a function (a training pack's topic, a search
/// shard): objects, string properties and arrays of strings, which is all these scripts use.
/// <para>
/// Two ways to the same bytes. The fast path (<see cref="FusedScriptJson"/>) writes each string escaped
/// for JSON and for the JS string it lies in at once, into a buffer its thread keeps. Its plain twin
/// (<see cref="PlainScriptJson"/>, reference mode: <see cref="FastPaths"/>) writes the JSON with
/// System.Text.Json and then escapes it for the script as every other data script is
/// (<see cref="ScriptData.CallUtf8"/>).
/// </para>
/// </summary>
public abstract class ScriptJsonText
{
    private protected ScriptJsonText()
    {
    }

    /// <summary>The script that calls <paramref name="functionName"/> with the JSON object <paramref name="write"/> fills in.</summary>
    public static byte[] Call(string comment, string functionName, Action<ScriptJsonText> write) =>
        FastPaths.Enabled ? FusedScriptJson.Script(comment, functionName, write) : PlainScriptJson.Script(comment, functionName, write);

    public abstract void WriteStartObject();

    public abstract void WriteStartObject(string name);

    public abstract void WriteEndObject();

    public abstract void WriteStartArray(string name);

    public abstract void WriteStartArray();

    public abstract void WriteEndArray();

    public abstract void WriteString(string name, ReadOnlySpan<byte> utf8Value);

    public abstract void WriteString(string name, string value);

    public abstract void WriteStringValue(string value);
}
