using System.Reflection;
using GuideGen.Rendering.Templates;

namespace GuideGen.Cli.Building;

/// <summary>
/// The files guidegen carries inside itself as embedded resources (listed in GuideGen.Cli.csproj), so the
/// installed tool needs nothing beside it: the default templates with their assets (templates/…), and the
/// bundled guide that `guidegen new site` writes out (guide/site.yml, guide/content/…).
/// </summary>
public static class BuiltInFiles
{
    public const string TemplatesPrefix = "templates/";
    public const string GuidePrefix = "guide/";

    /// <summary>How diagnostics name a built-in template, so it is never mistaken for a file of the site.</summary>
    public const string TemplatesDisplayFolder = "(built-in)/templates";

    private static readonly Assembly Assembly = typeof(BuiltInFiles).Assembly;

    /// <summary>The default templates and assets, used by sites without a templates/ folder of their own.</summary>
    public static TemplateSource Templates { get; } = TemplateSource.FromFiles(TemplatesDisplayFolder, Under(TemplatesPrefix));

    /// <summary>The embedded files whose names start with <paramref name="prefix"/>, by the path after it ('/' separated).</summary>
    public static IReadOnlyDictionary<string, Func<byte[]>> Under(string prefix) =>
        Assembly.GetManifestResourceNames()
            // MSBuild writes %(RecursiveDir) with the build machine's separator.
            .Select(name => (Name: name, Path: name.Replace('\\', '/')))
            .Where(r => r.Path.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(r => r.Path[prefix.Length..], r => (Func<byte[]>)(() => Read(r.Name)), StringComparer.Ordinal);

    private static byte[] Read(string resourceName)
    {
        using var stream = Assembly.GetManifestResourceStream(resourceName)
                           ?? throw new InvalidOperationException($"the built-in file {resourceName} is missing from guidegen");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
