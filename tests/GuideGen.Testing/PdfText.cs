using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace GuideGen.Testing;

/// <summary>
/// The words of a PDF with their places, from poppler's `pdftotext -bbox`, gathered into lines per
/// page. Plain `pdftotext` reads a two-column sheet of cards line by line across both columns;
/// reading each column on its own gives back each card's text in order.
/// </summary>
public sealed partial class PdfText
{
    public sealed record Word(string Text, double X, double Y, double Right);
    public sealed record Line(string Text, double Y, double X);
    public sealed record Page(int Number, double Width, double Height, IReadOnlyList<Word> Words)
    {
        /// <summary>The page's words joined into lines, top to bottom (words whose tops are within 2pt share a line).</summary>
        public IReadOnlyList<Line> Lines(Func<Word, bool>? where = null)
        {
            var lines = new List<Line>();
            foreach (var group in Words.Where(w => where?.Invoke(w) ?? true).OrderBy(w => w.Y).ThenBy(w => w.X).Aggregate(new List<List<Word>>(), (acc, w) =>
                     {
                         if (acc.Count > 0 && Math.Abs(acc[^1][0].Y - w.Y) < 2) acc[^1].Add(w); else acc.Add([w]);
                         return acc;
                     }))
            {
                var ordered = group.OrderBy(w => w.X).ToList();
                lines.Add(new Line(string.Join(' ', ordered.Select(w => w.Text)), ordered[0].Y, ordered[0].X));
            }
            return lines;
        }

        /// <summary>
        /// The page without its repeated footer (given as whitespace-free text; it may wrap onto two or
        /// three lines), which runs across both columns of a sheet of cards.
        /// </summary>
        public Page WithoutFooter(string footer)
        {
            if (footer.Length == 0) return this;
            var lines = Lines();
            for (var take = 1; take <= Math.Min(3, lines.Count); take++)
                if (string.Concat(lines.Skip(lines.Count - take).Select(l => WhitespaceFree(l.Text))) == footer)
                {
                    var top = lines[lines.Count - take].Y;
                    return this with { Words = Words.Where(w => w.Y < top - 1).ToList() };
                }
            return this;
        }
    }

    public IReadOnlyList<Page> Pages { get; }

    private PdfText(IReadOnlyList<Page> pages) => Pages = pages;

    public static PdfText Read(string pdf)
    {
        var xhtml = Tool.Run("pdftotext", "-bbox", pdf, "-");
        var pages = new List<Page>();
        foreach (Match page in PagePattern().Matches(xhtml))
        {
            var words = WordPattern().Matches(page.Groups["body"].Value)
                .Select(w => new Word(WebUtility.HtmlDecode(w.Groups["text"].Value), Number(w, "x"), Number(w, "y"), Number(w, "r")))
                .ToList();
            pages.Add(new Page(pages.Count + 1, Number(page, "w"), Number(page, "h"), words));
        }
        return new PdfText(pages);
    }

    /// <summary>
    /// The text of one column, read down every page in turn, with no whitespace at all, so that a line
    /// broken anywhere (even inside a long address) still matches the words it came from.
    /// </summary>
    public string ColumnText(int column, int columns, string footer = "", int? page = null) =>
        Text((p, w) => ColumnOf(p, w, columns) == column && (page is null || p.Number == page), footer);

    /// <summary>The words that start between two distances from the left edge (a table column), read down every page.</summary>
    public string TextBetween(double fromX, double toX, string footer = "") => Text((_, w) => w.X >= fromX && w.X < toX, footer);

    private string Text(Func<Page, Word, bool> where, string footer) =>
        string.Concat(Pages.Select(p => p.WithoutFooter(footer)).SelectMany(p => p.Lines(w => where(p, w))).Select(l => WhitespaceFree(l.Text)));

    /// <summary>
    /// Where a word first appears (its left edge) on a line that also holds `besides`, for finding a
    /// table's columns by the words of its heading row.
    /// </summary>
    public double LeftOf(string word, string besides) =>
        Pages.SelectMany(p => p.Words.GroupBy(w => Math.Round(w.Y)))
            .First(line => line.Any(w => w.Text == word) && line.Any(w => w.Text == besides))
            .First(w => w.Text == word).X;

    public string AllText() => string.Concat(Pages.SelectMany(p => p.Lines()).Select(l => WhitespaceFree(l.Text)));

    public static string WhitespaceFree(string text) => Whitespace().Replace(text, "");

    private static int ColumnOf(Page page, Word word, int columns) => Math.Clamp((int)(word.X / (page.Width / columns)), 0, columns - 1);

    private static double Number(Match match, string group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("""<page width="(?<w>[\d.]+)" height="(?<h>[\d.]+)">(?<body>.*?)</page>""", RegexOptions.Singleline)]
    private static partial Regex PagePattern();

    [GeneratedRegex("""<word xMin="(?<x>[\d.]+)" yMin="(?<y>[\d.]+)" xMax="(?<r>[\d.]+)" yMax="[\d.]+">(?<text>.*?)</word>""")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
