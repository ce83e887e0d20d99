using GuideGen.Core.Diagnostics;

namespace GuideGen.Cli.Building;

/// <summary>What a build did: its diagnostics, the paths of the files it made (relative to the output folder), and how long each step took.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> Files,
    IReadOnlyList<StepTiming> Steps,
    int TopicCount,
    bool WarningsAsErrors = false)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error && !(WarningsAsErrors && d.Severity == Severity.Warning));
}

/// <param name="Cpu">Processor time of the whole process during the step: on a busy machine a truer measure of work than wall time.</param>
/// <param name="GcPause">Time the garbage collector paused the build during the step.</param>
/// <param name="FullCollections">Full (generation 2) collections during the step: each one walks every object still held.</param>
/// <param name="Allocated">Bytes allocated during the step, by every thread: what drives the collector.</param>
public sealed record StepTiming(string Name, TimeSpan Elapsed, TimeSpan Cpu, TimeSpan GcPause, int FullCollections, long Allocated);
