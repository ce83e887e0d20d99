using GuideGen.Core.Diagnostics;

namespace GuideGen.Cli.Building;

/// <summary>
/// The last check before anything is written: every output path is a plain relative path that stays
/// inside the output folder. Ids and codes are validated long before (slugs, GG2101; KLOE codes,
/// GG2202), so a failure here means a name slipped through; it is reported (GG9002), never written.
/// </summary>
public static class OutputPaths
{
    /// <summary>Every file's path checked; each unsafe one reported.</summary>
    public static bool Check(IEnumerable<OutputFile> files, BuildOptions options, DiagnosticBag diagnostics) =>
        files.Aggregate(true, (ok, file) => Check(file.Path, options, diagnostics) && ok);

    public static bool Check(string path, BuildOptions options, DiagnosticBag diagnostics)
    {
        if (IsSafe(path)) return true;
        diagnostics.Error(DiagnosticCodes.OutputPathEscapes, new SourceSpan(options.Output ?? BuildOptions.DefaultOutputFolder, 1, 1),
            $"the page '{path}' would be written outside the output folder; nothing was written");
        return false;
    }

    /// <summary>Relative, '/'-separated, with no empty, "." or ".." segment and no character a file system treats specially.</summary>
    public static bool IsSafe(string path) =>
        path.Length > 0 &&
        !Path.IsPathRooted(path) &&
        path.IndexOfAny(['\\', ':', '\0']) < 0 &&
        path.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");
}
