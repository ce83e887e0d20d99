namespace GuideGen.Core;

/// <summary>
/// How many threads a build may use for its parallel steps (parsing, page views, rendering, search
/// analysis, writing). Set once per build by the orchestrator; it flows to every step of that build
/// (and only that build) through the async context, so two builds in one process – tests, the preview
/// server – never see each other's setting. Output never depends on it: every parallel step writes
/// into slots by index and is merged in a fixed order (a test compares one thread with many).
/// </summary>
public static class Parallelism
{
    private static readonly AsyncLocal<ParallelOptions?> Current = new();

    public static ParallelOptions Options => Current.Value ?? Default;

    private static readonly ParallelOptions Default = new();

    /// <summary>Limits the parallel steps that follow, until the returned scope is disposed.</summary>
    /// <param name="maxThreads">Null or 0 for as many as the machine has.</param>
    public static IDisposable Use(int? maxThreads)
    {
        var previous = Current.Value;
        Current.Value = maxThreads is > 0 ? new ParallelOptions { MaxDegreeOfParallelism = maxThreads.Value } : null;
        return new Scope(previous);
    }

    private sealed class Scope(ParallelOptions? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }

    public static void For(int count, Action<int> body) => Parallel.For(0, count, Options, body);
}
