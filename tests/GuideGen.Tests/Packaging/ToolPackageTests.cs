using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using GuideGen.Testing;

namespace GuideGen.Tests.Packaging;

/// <summary>
/// The tool as a user gets it: `dotnet pack`, `dotnet tool install` from the local package alone, then the
/// installed guidegen run in a folder outside the repository to create and build the bundled guide, with
/// no Node.js on PATH and no node_modules above it. Slow (a Release build and an install), so one test.
/// </summary>
public class ToolPackageTests
{
    [Fact]
    public void Packed_tool_installs_from_the_local_package_and_builds_the_bundled_guide_without_node()
    {
        using var temp = new TempFolder("guidegen-pack");
        var packages = temp.Combine("nupkg");
        var tools = temp.Combine("tools");
        var nugetConfig = temp.Combine("nuget.config");
        // The install may look only at the local package folder: no feed, no network, nothing but what was packed.
        File.WriteAllText(nugetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);

        // A build of its own (--artifacts-path), so the repository's bin/ and obj/ are left alone.
        Dotnet(temp.Path, "pack", Path.Combine(Repository.Root, "src", "GuideGen.Cli"), "--configuration", "Release",
            "--output", packages, "--artifacts-path", temp.Combine("artifacts"));
        // The package the tool is installed by, and the two it points to: precompiled for Linux x64, portable for the rest.
        Directory.GetFiles(packages, "guidegen.*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(["guidegen.0.1.0.nupkg", "guidegen.any.0.1.0.nupkg", "guidegen.linux-x64.0.1.0.nupkg"]);
        PackedAssemblies(Path.Combine(packages, "guidegen.any.0.1.0.nupkg")).ShouldAllBe(a => !a.Precompiled, "the portable package must run on any system");
        PackedAssemblies(Path.Combine(packages, "guidegen.linux-x64.0.1.0.nupkg")).Where(a => a.Name.StartsWith("GuideGen.", StringComparison.Ordinal))
            .ShouldAllBe(a => a.Precompiled);
        Dotnet(temp.Path, "tool", "install", "guidegen", "--tool-path", tools, "--configfile", nugetConfig);
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && RuntimeInformation.OSArchitecture == Architecture.X64)
            IsPrecompiled(File.ReadAllBytes(Directory.GetFiles(Path.Combine(tools, ".store"), "GuideGen.Core.dll", SearchOption.AllDirectories).Single()))
                .ShouldBeTrue("on Linux x64 the precompiled package is the one installed");

        var work = temp.Combine("work");
        Directory.CreateDirectory(work);
        for (var folder = new DirectoryInfo(work); folder is not null; folder = folder.Parent)
            Directory.Exists(Path.Combine(folder.FullName, "node_modules")).ShouldBeFalse($"node_modules is reachable from {folder.FullName}");

        var guidegen = Path.Combine(tools, "guidegen");
        RunTool(guidegen, work, temp.Combine("empty-path"), "new", "site", "my-guide");
        var guide = Path.Combine(work, "my-guide");
        Directory.Exists(Path.Combine(guide, "templates")).ShouldBeFalse();
        RunTool(guidegen, guide, temp.Combine("empty-path"), "build");

        var site = Path.Combine(guide, "_site");
        File.ReadAllText(Path.Combine(site, "index.html")).ShouldContain("Good practice in adult social care");
        File.ReadAllText(Path.Combine(site, "topics", "s1-safeguarding.html")).ShouldContain("<h1");
        File.ReadAllText(Path.Combine(site, "assets", "search-index.js")).Length.ShouldBeGreaterThan(100_000);
        File.ReadAllBytes(Path.Combine(site, "assets", "vendor", "minisearch.js"))
            .ShouldBe(File.ReadAllBytes(Path.Combine(Repository.Templates, "assets", "vendor", "minisearch.js")));
    }

    /// <summary>Each assembly in a package, and whether it holds precompiled (ReadyToRun) code.</summary>
    private static List<(string Name, bool Precompiled)> PackedAssemblies(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var assemblies = zip.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).Select(entry =>
        {
            using var stream = entry.Open();
            var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return (entry.Name, IsPrecompiled(bytes.ToArray()));
        }).ToList();
        assemblies.ShouldNotBeEmpty();
        return assemblies;
    }

    /// <summary>A ReadyToRun image is one whose CLI header points to a native code header (IL-only assemblies have none).</summary>
    private static bool IsPrecompiled(byte[] assembly)
    {
        using var reader = new PEReader(new MemoryStream(assembly));
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    /// <summary>The dotnet that runs these tests: the folder above shared/Microsoft.NETCore.App/&lt;version&gt;/.</summary>
    private static string DotnetRoot => Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    private static void Dotnet(string workingDirectory, params string[] args) =>
        Run(Path.Combine(DotnetRoot, "dotnet"), workingDirectory, info =>
        {
            // Set by the test host's own dotnet; a nested build must find its SDK afresh.
            foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
                info.Environment.Remove(name);
        }, args);

    /// <summary>
    /// Runs the installed tool with an environment of three variables: PATH is one empty folder (so there is
    /// no node, npm or anything else to call), DOTNET_ROOT finds the .NET runtime, HOME is a fresh folder.
    /// </summary>
    private static void RunTool(string tool, string workingDirectory, string emptyFolder, params string[] args)
    {
        Directory.CreateDirectory(emptyFolder);
        Run(tool, workingDirectory, info =>
        {
            info.Environment.Clear();
            info.Environment["PATH"] = emptyFolder;
            info.Environment["DOTNET_ROOT"] = DotnetRoot;
            info.Environment["HOME"] = emptyFolder;
        }, args);
    }

    private static void Run(string file, string workingDirectory, Action<ProcessStartInfo> environment, params string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        environment(info);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"{Path.GetFileName(file)} {string.Join(' ', args)} failed:\n{output}\n{error.Result}");
    }
}
