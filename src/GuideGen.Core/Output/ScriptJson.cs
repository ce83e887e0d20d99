using System.Buffers;
using System.Text.Json;

namespace GuideGen.Core.Output;

/// <summary>
/// Writes the JSON object of a data script into a buffer and writer that its thread keeps. Training packs
/// and search shards are hundreds of scripts written in parallel; a fresh stream for each grew through
/// several arrays (and its writer through more) before the one copy that the script needs.
/// </summary>
public static class ScriptJson
{
    /// <summary>Makes the script from the JSON, copying it: the buffer is reused as soon as this returns.</summary>
    public delegate byte[] Wrap(ReadOnlySpan<byte> json);

    /// <summary>The JSON object written by <paramref name="write"/>, as <paramref name="wrap"/> makes it into a script (<see cref="ScriptData.AssignmentUtf8"/>, <see cref="ScriptData.CallUtf8"/>).</summary>
    public static byte[] Object(Action<Utf8JsonWriter> write, Wrap wrap)
    {
        if (!FastPaths.Enabled) return Plain(write, wrap);
        var buffer = threadBuffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        var json = threadWriter ??= new Utf8JsonWriter(buffer, ScriptData.JsonOptions);
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartObject();
        write(json);
        json.WriteEndObject();
        json.Flush();
        var script = wrap(buffer.WrittenSpan);
        // A thread keeps a buffer of ordinary script size only, not the largest it ever needed.
        if (buffer.Capacity > MaxKeptBytes) (threadBuffer, threadWriter) = (null, null);
        return script;
    }

    /// <summary>The plain twin (reference mode, <see cref="FastPaths"/>): a fresh buffer and writer for each script.</summary>
    private static byte[] Plain(Action<Utf8JsonWriter> write, Wrap wrap)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, ScriptData.JsonOptions))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }
        return wrap(buffer.WrittenSpan);
    }

    private const int MaxKeptBytes = 1024 * 1024;

    [ThreadStatic] private static ArrayBufferWriter<byte>? threadBuffer;
    [ThreadStatic] private static Utf8JsonWriter? threadWriter;
}
