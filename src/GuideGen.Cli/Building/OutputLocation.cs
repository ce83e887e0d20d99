using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;

namespace GuideGen.Cli.Building;

/// <summary>Refuses output folders whose replacement would destroy the guide's own files.</summary>
public static class OutputLocation
{
    public static void Check(BuildOptions options, DiagnosticBag diagnostics)
    {
        var root = Normalise(options.FullRoot);
        var output = Normalise(options.FullOutput);
        string[] protectedFolders = [ContentLoader.ContentFolder, BuildPipeline.TemplatesFolder];

        string? problem = null;
        if (output == root) problem = "the output folder is the guide's own folder";
        else if (IsInside(root, output)) problem = "the output folder contains the guide's folder";
        else if (protectedFolders.Any(f => output == Normalise(Path.Combine(root, f)) || IsInside(output, Normalise(Path.Combine(root, f)))))
            problem = "the output folder is or is inside content/ or templates/";

        if (problem is not null)
            diagnostics.Error(DiagnosticCodes.OutputOverlapsInput, new SourceSpan(options.Output ?? BuildOptions.DefaultOutputFolder, 1, 1),
                $"{problem}; building there would replace it. Choose another --output folder");
    }

    private static string Normalise(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsInside(string inner, string outer) =>
        inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
