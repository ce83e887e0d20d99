using GuideGen.Core.Diagnostics;

namespace GuideGen.Cli.Building;

/// <summary>What a build did: its diagnostics, the files it made, and how long each step took.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<StepTiming> Steps,
    int TopicCount)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}

public sealed record StepTiming(string Name, TimeSpan Elapsed);
