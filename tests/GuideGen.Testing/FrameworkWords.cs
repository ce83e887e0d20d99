namespace GuideGen.Testing;

/// <summary>The bundled guide's framework words: a guide that does not set them in site.yml must never show them.</summary>
public static class FrameworkWords
{
    public static readonly IReadOnlyList<string> Bundled =
        ["CQC", "KLOE", "key line", "key question", "quality statement", "outstanding", "requires improvement", "inadequate", "inspector"];

    /// <summary>Each bundled framework word in <paramref name="text"/> (in any case).</summary>
    public static IEnumerable<string> In(string text) => Bundled.Where(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
}
