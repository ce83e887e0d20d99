using System.Diagnostics;
using System.Text.Json;

namespace GuideGen.Testing;

/// <summary>
/// The Nu HTML Checker (npm package vnu-jar, pinned in package.json) run on the machine's Java.
/// scripts/test.sh installs both when they are missing.
/// </summary>
public static class NuHtmlChecker
{
    public static string Jar => Path.Combine(Repository.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>Every error in every HTML file under a folder, as "page(line,col): message", paths relative to the folder.</summary>
    public static IReadOnlyList<string> Errors(string folder)
    {
        if (!File.Exists(Jar)) throw new InvalidOperationException($"{Jar} is missing: run npm ci (scripts/test.sh does)");
        var pages = Directory.GetFiles(folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var info = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-Xss4m", "-jar", Jar, "--errors-only", "--format", "json" }.Concat(pages)) info.ArgumentList.Add(arg);
        Process process;
        try { process = Process.Start(info)!; }
        catch (System.ComponentModel.Win32Exception e) { throw new InvalidOperationException("java is missing: install default-jre-headless (scripts/test.sh does)", e); }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            // The JSON report goes to standard error; anything else there (a Java failure) is reported as it is.
            var json = stderr.TrimStart().StartsWith('{') ? stderr : stdout.Result;
            if (!json.TrimStart().StartsWith('{')) throw new InvalidOperationException($"vnu.jar printed no report (exit {process.ExitCode}):\n{stderr}\n{stdout.Result}");
            using var report = JsonDocument.Parse(json);
            return report.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() != "info")
                .Select(m => Describe(m, folder))
                .ToList();
        }
    }

    private static string Describe(JsonElement message, string folder)
    {
        var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
        var path = url.StartsWith("file:", StringComparison.Ordinal) ? Path.GetRelativePath(folder, new Uri(url).LocalPath).Replace('\\', '/') : url;
        var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
        var column = message.TryGetProperty("firstColumn", out var c) ? c.GetInt32() : message.TryGetProperty("lastColumn", out var lc) ? lc.GetInt32() : 0;
        var extract = message.TryGetProperty("extract", out var e) ? " near «" + e.GetString()!.ReplaceLineEndings(" ").Trim() + "»" : "";
        return $"{path}({line},{column}): {message.GetProperty("type").GetString()}: {message.GetProperty("message").GetString()}{extract}";
    }
}
