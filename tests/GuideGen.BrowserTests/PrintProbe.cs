using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>
/// What print hides that it should not, measured in the page with print styles on at the width of
/// A4's printed area: any element whose content is larger than a box that clips it (the cards used
/// to end mid-sentence), anything pushed past the right edge of the paper, and chart text cut by
/// the edge of its picture. Page breaks are checked on the PDF itself (see PrintLayoutTests).
/// </summary>
public static class PrintProbe
{
    /// <summary>A4 is 210mm wide; the printed area between 15mm margins is 180mm, 680 CSS pixels.</summary>
    public const int A4PrintWidth = 680;
    public const int A4PrintHeight = 986;

    private const string Script = """
        () => {
          const problems = [];
          const describe = el => (el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.trim().replace(/\s+/g, ".") : "")) + " “" + (el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 70) + "”";
          const paper = document.documentElement.clientWidth;
          for (const el of document.querySelectorAll("main *")) {
            if (!el.getClientRects().length || el.closest(".visually-hidden, svg")) continue;
            const style = getComputedStyle(el);
            const clips = style.overflowX !== "visible" || style.overflowY !== "visible" || style.textOverflow === "ellipsis";
            if (clips && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1))
              problems.push("clipped: " + describe(el) + " needs " + el.scrollWidth + "×" + el.scrollHeight + "px, shows " + el.clientWidth + "×" + el.clientHeight);
            const box = el.getBoundingClientRect();
            if (box.right > paper + 1 && (el.textContent || "").trim())
              problems.push("past the edge of the paper: " + describe(el) + " ends at " + Math.round(box.right) + "px of " + paper);
          }
          for (const text of document.querySelectorAll("main svg text")) {
            if (!text.getClientRects().length) continue;
            const picture = text.ownerSVGElement.getBoundingClientRect(), box = text.getBoundingClientRect();
            if (box.left < picture.left - 1 || box.right > picture.right + 1) problems.push("chart text cut by its picture: “" + text.textContent + "”");
          }
          return problems;
        }
        """;

    /// <summary>A page the size of A4's printed area, with print styles.</summary>
    public static async Task<IPage> NewPrintPageAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = A4PrintWidth, Height = A4PrintHeight } });
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        return page;
    }

    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page) => await page.EvaluateAsync<string[]>(Script);

    /// <summary>
    /// The visible headings of the printed page (headings, table captions, figure captions) that have
    /// words after them in their section, as text. A heading over a box to write in ends the text of
    /// its page by design; the box's place is checked on its own.
    /// </summary>
    public static async Task<IReadOnlyList<string>> HeadingsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll("main h1, main h2, main h3, main h4, main caption, main figcaption")]
              .filter(h => h.getClientRects().length)
              .filter(h => {
                const after = document.createRange();
                after.setStartAfter(h);
                after.setEndAfter(h.parentElement.lastChild);
                return after.toString().trim().length > 0;
              })
              .map(h => h.textContent.trim())
            """);
}
