namespace GuideGen.Cli.Building;

/// <summary>
/// A test-only hook. With GUIDEGEN_TEST_PAUSE_IN_WRITE set, the output writer announces each step on
/// stderr ("guidegen-test-pause: step") and then pauses: for that many milliseconds when the value is a
/// number, or until a line arrives on stdin when it is "stdin", so a test can kill the process at an
/// exact step and check that the previous site survived. Unset (always, outside tests) it does nothing.
/// </summary>
public static class WritePauses
{
    public const string Variable = "GUIDEGEN_TEST_PAUSE_IN_WRITE";
    public const string Marker = "guidegen-test-pause: ";
    public const string WaitForStdin = "stdin";

    private static readonly string? Setting = Environment.GetEnvironmentVariable(Variable);
    private static readonly Lock Gate = new();

    public static void At(string step)
    {
        if (Setting is null) return;
        lock (Gate) // one step at a time, also when files are written in parallel
        {
            Console.Error.WriteLine(Marker + step);
            Console.Error.Flush();
            if (Setting == WaitForStdin) Console.In.ReadLine();
            else if (int.TryParse(Setting, out var milliseconds)) Thread.Sleep(milliseconds);
        }
    }
}
