namespace GuideGen.Core;

/// <summary>
/// Whether the fast paths that exist only for speed are taken, or their plain twins: YAML read by
/// YamlDotNet's parser alone, data scripts written by System.Text.Json, templates rendered by Scriban's
/// own <c>include</c> with no reuse, and every Markdown fragment parsed by Markdig. Both give the very
/// same bytes (docs/developing.md, "Fast paths and their plain twins"); the plain twins are the
/// reference the fast paths are held to, and a fast path can be deleted by deleting its branch at its seam.
/// <para>
/// <c>GUIDEGEN_REFERENCE=1</c> in the environment selects the plain twins. A build (or a test) may
/// choose for itself with <see cref="UseReference"/>: the choice flows through the async context to
/// every step of that build, as <see cref="Parallelism"/> does, so two builds in one process never see
/// each other's.
/// </summary>
public static class FastPaths
{
    /// <summary>The environment variable that, set to 1, selects the plain twins where no scope chooses.</summary>
    public const string ReferenceVariable = "GUIDEGEN_REFERENCE";

    private static readonly AsyncLocal<bool?> Reference = new();

    private static readonly bool ReferenceByDefault = Environment.GetEnvironmentVariable(ReferenceVariable) == "1";

    /// <summary>True when the fast paths are taken; false in reference mode (the plain twins).</summary>
    public static bool Enabled => !(Reference.Value ?? ReferenceByDefault);

    /// <summary>Selects the plain twins (true) or the fast paths (false) until the returned scope is disposed.</summary>
    /// <param name="reference">Null for what the environment says (<see cref="ReferenceVariable"/>).</param>
    public static IDisposable UseReference(bool? reference)
    {
        var previous = Reference.Value;
        Reference.Value = reference;
        return new Scope(previous);
    }

    private sealed class Scope(bool? previous) : IDisposable
    {
        public void Dispose() => Reference.Value = previous;
    }
}
