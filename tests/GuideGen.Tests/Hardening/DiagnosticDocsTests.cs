using System.Reflection;
using GuideGen.Core.Diagnostics;
using GuideGen.Testing;

namespace GuideGen.Tests.Hardening;

/// <summary>Every diagnostic code an author can meet is explained, with its fix, in docs/content-format.md.</summary>
public class DiagnosticDocsTests
{
    [Fact]
    public void Every_code_has_a_row_in_the_table_of_codes()
    {
        var docs = File.ReadAllText(Path.Combine(Repository.Root, "docs", "content-format.md"));
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);
        codes.Where(code => !docs.Contains($"| {code} |", StringComparison.Ordinal)).ShouldBeEmpty();
    }
}
