using System.Diagnostics;
using GuideGen.Cli.Building;
using GuideGen.Core.Diagnostics;

namespace GuideGen.Cli.Commands;

/// <summary>`guidegen build` and `guidegen check`: run the build and report what it found.</summary>
public static class BuildCommand
{
    /// <param name="progress">Print each step as it finishes: on by default when the output is a terminal, quiet when it is a file or pipe.</param>
    public static int Run(BuildOptions options, bool verbose, TextWriter stdout, TextWriter stderr, bool json = false, bool? progress = null)
    {
        var watch = Stopwatch.StartNew();
        var live = !json && (progress ?? (!Console.IsOutputRedirected && ReferenceEquals(stdout, Console.Out)));
        var result = new BuildPipeline(options, null, live ? step => stdout.WriteLine($"  {step.Name,-22} {step.Elapsed.TotalMilliseconds,7:F0} ms") : null).Build();
        if (json)
        {
            WriteJson(result, stdout);
            return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
        }

        foreach (var diagnostic in result.Diagnostics) stderr.WriteLine(diagnostic);
        if (verbose && !live)
        {
            foreach (var step in result.Steps) stdout.WriteLine($"  {step.Name,-22} {step.Elapsed.TotalMilliseconds,7:F0} ms  (processor {step.Cpu.TotalMilliseconds:F0} ms" +
                                                             (step.GcPause > TimeSpan.Zero ? $", collector paused {step.GcPause.TotalMilliseconds:F0} ms, {step.FullCollections} full" : "") +
                                                             (step.Allocated >= 1024 * 1024 ? $", allocated {step.Allocated / (1024 * 1024):N0} MB" : "") + ")");
            // What the garbage collector cost: on a large guide it is a good share of the time.
            stdout.WriteLine($"  {"garbage collection",-22} {GC.GetTotalPauseDuration().TotalMilliseconds,7:F0} ms paused  " +
                             $"({GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2; {GC.GetTotalAllocatedBytes() / (1024 * 1024):N0} MB allocated)");
        }

        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count - errors;
        if (!result.Succeeded)
        {
            stderr.WriteLine($"{(options.CheckOnly ? "Check" : "Build")} failed: {Plural(errors, "error")}, {Plural(warnings, "warning")}." +
                             (options.CheckOnly ? "" : " Nothing was written; the previous site is unchanged."));
            return ExitCodes.ContentErrors;
        }

        var seconds = watch.Elapsed.TotalSeconds;
        stdout.WriteLine(options.CheckOnly
            ? $"Checked {Plural(result.TopicCount, "topic")} and {Plural(result.Files.Count, "output file")}: no errors, {Plural(warnings, "warning")} ({seconds:F1} s)."
            : $"Built {Plural(result.TopicCount, "topic")} into {options.FullOutput} ({Plural(result.Files.Count, "file")}, {Plural(warnings, "warning")}, {seconds:F1} s).");
        if (!options.CheckOnly) stdout.WriteLine($"Open {Path.Combine(options.FullOutput, "index.html")} in a browser.");
        return ExitCodes.Success;
    }

    /// <summary>The diagnostics as JSON, for tools and CI: one object with counts and a list.</summary>
    private static void WriteJson(BuildResult result, TextWriter stdout)
    {
        using var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteBoolean("succeeded", result.Succeeded);
            json.WriteNumber("errors", result.Diagnostics.Count(d => d.Severity == Severity.Error));
            json.WriteNumber("warnings", result.Diagnostics.Count(d => d.Severity == Severity.Warning));
            json.WriteStartArray("diagnostics");
            foreach (var d in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("path", d.Span.Path);
                json.WriteNumber("line", d.Span.Line);
                json.WriteNumber("column", d.Span.Column);
                json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("code", d.Code);
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
