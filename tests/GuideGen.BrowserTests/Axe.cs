using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>axe-core with the WCAG 2.2 A and AA rules (and axe's best practices), violations as readable lines.</summary>
public static class Axe
{
    public static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string context = "")
    {
        var result = await page.RunAxe(WcagAa);
        return result.Violations
            .Select(v => $"{context}{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})")
            .ToList();
    }
}
