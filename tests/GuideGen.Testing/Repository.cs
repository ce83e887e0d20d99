namespace GuideGen.Testing;

/// <summary>Paths inside the repository, found from the test assembly's location.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");
    public static string TestSites => Path.Combine(Root, "tests", "sites");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GuideGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find GuideGen.sln above " + AppContext.BaseDirectory);
    }
}
