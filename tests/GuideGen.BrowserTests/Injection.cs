using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>
/// Script payloads for injection tests, and a check of the live page for anything they could have
/// made: a flag set by a payload that ran, an element that only markup could create (img, iframe,
/// object, svg outside the search button and the self-assessment's charts (drawn of g, rect, text, tspan and line only), inline script, an on… attribute, a javascript: address).
/// </summary>
public static class Injection
{
    /// <summary>Each payload sets window.__pwned if it ever runs. No single quotes, so they fit in YAML '…'.</summary>
    public static readonly string[] Payloads =
    [
        "<img src=x onerror=window.__pwned=1>",
        "<script>window.__pwned=2</script>",
        "<svg/onload=window.__pwned=3>",
        "\"><iframe src=javascript:window.__pwned=4></iframe>",
        "<a href=javascript:window.__pwned=5>click</a>",
        "<details open ontoggle=window.__pwned=6>",
    ];

    public static string All => string.Join(" ", Payloads);

    private const string Check = """
        () => {
          const found = [];
          const isChart = e => e.matches("figure.chart-figure > svg.chart") && [...e.querySelectorAll("*")].every(c => ["g", "rect", "text", "tspan", "line"].includes(c.tagName.toLowerCase()));
          if (window.__pwned !== undefined) found.push("a payload ran: window.__pwned = " + window.__pwned);
          for (const e of document.querySelectorAll("*")) {
            for (const a of e.attributes) {
              if (/^on/i.test(a.name)) found.push(e.tagName + " has " + a.name);
              if (/^\s*(javascript|vbscript|data):/i.test(a.value) && /^(href|src|action|formaction|srcdoc)$/i.test(a.name)) found.push(e.tagName + " " + a.name + "=" + a.value);
            }
          }
          for (const e of document.querySelectorAll("img, iframe, object, embed, frame, frameset, base, math, template, portal")) found.push("unexpected <" + e.tagName.toLowerCase() + ">");
          for (const e of document.querySelectorAll("svg")) if (!e.closest(".search-button") && !isChart(e)) found.push("unexpected <svg>");
          for (const e of document.querySelectorAll("script")) if (!/assets\/[\w.\/-]+\.js$/.test(e.getAttribute("src") || "")) found.push("unexpected script " + (e.getAttribute("src") || e.textContent.slice(0, 40)));
          return found;
        }
        """;

    /// <summary>What a payload did to the page now showing, each as a line naming the page.</summary>
    public static async Task<IEnumerable<string>> TracesAsync(IPage page, string where) =>
        (await page.EvaluateAsync<string[]>(Check)).Select(p => $"{where}: {p}");
}
