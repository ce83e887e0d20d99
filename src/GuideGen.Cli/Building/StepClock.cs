using System.Diagnostics;

namespace GuideGen.Cli.Building;

/// <summary>
/// Runs a build's named steps and keeps how long each took (wall, processor, collector), in order.
/// An unexpected exception in a step is wrapped with the step's name.
/// </summary>
public sealed class StepClock(Action<StepTiming>? onStep = null)
{
    private readonly List<StepTiming> steps = [];

    public IReadOnlyList<StepTiming> Steps => steps;

    public T Run<T>(string name, Func<T> action)
    {
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var paused = GC.GetTotalPauseDuration();
        var fullCollections = GC.CollectionCount(2);
        var allocated = GC.GetTotalAllocatedBytes();
        try
        {
            return action();
        }
        catch (Exception e) when (e is not BuildStepException)
        {
            throw new BuildStepException(name, e);
        }
        finally
        {
            var timing = new StepTiming(name, watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, GC.GetTotalPauseDuration() - paused, GC.CollectionCount(2) - fullCollections, GC.GetTotalAllocatedBytes() - allocated);
            steps.Add(timing);
            onStep?.Invoke(timing);
        }
    }

    public void Run(string name, Action action) => Run<bool>(name, () => { action(); return true; });
}

/// <summary>An unexpected failure (a bug or an I/O error), wrapped with the step it happened in.</summary>
public sealed class BuildStepException(string step, Exception inner) : Exception($"{step}: {inner.Message}", inner)
{
    public string StepName { get; } = step;
}
