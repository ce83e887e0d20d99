namespace GuideGen.Core.Model;

/// <summary>
/// Badge colours for service types: each type gets the next of these unless site.yml gives one. Every
/// light-theme colour reads at 4.5:1 or better as text on white, every dark-theme one on the dark
/// page; the border styles differ too, so that types never differ by colour alone.
/// </summary>
public static class ServiceTypePalette
{
    public sealed record Entry(string Light, string Dark, string Border);

    public static readonly IReadOnlyList<Entry> Entries =
    [
        new("#36454f", "#c5d0d7", "solid"),
        new("#6b3b8c", "#dcb6f5", "double"),
        new("#0e6470", "#7fdbe6", "dashed"),
        new("#8a4b00", "#ffc580", "dotted"),
        new("#1f5a1f", "#9ee39e", "solid"),
        new("#a1124a", "#ffb3cf", "double"),
        new("#1d4e89", "#a9cbf5", "dashed"),
        new("#5c4a00", "#f0dd7a", "dotted"),
    ];

    /// <summary>The colours of the type at <paramref name="index"/> among the guide's types; a given colour replaces the light one and is lightened for the dark theme.</summary>
    public static Entry For(int index, string? colour)
    {
        var entry = Entries[index % Entries.Count];
        if (colour is null || Parse(colour) is not { } rgb) return entry;
        return entry with { Light = colour.ToLowerInvariant(), Dark = Hex(Mix(rgb, (255, 255, 255), 0.65)) };
    }

    public static (int R, int G, int B)? Parse(string colour) =>
        colour.Length == 7 && colour[0] == '#' && int.TryParse(colour.AsSpan(1), System.Globalization.NumberStyles.HexNumber, null, out var value)
            ? ((value >> 16) & 255, (value >> 8) & 255, value & 255)
            : null;

    /// <summary>WCAG 2 contrast ratio of the colour against white.</summary>
    public static double ContrastOnWhite((int R, int G, int B) rgb) => 1.05 / (Luminance(rgb) + 0.05);

    public static double Luminance((int R, int G, int B) rgb)
    {
        static double Channel(int c)
        {
            var v = c / 255.0;
            return v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(rgb.R) + 0.7152 * Channel(rgb.G) + 0.0722 * Channel(rgb.B);
    }

    private static (int R, int G, int B) Mix((int R, int G, int B) a, (int R, int G, int B) b, double t) =>
        ((int)Math.Round(a.R + (b.R - a.R) * t), (int)Math.Round(a.G + (b.G - a.G) * t), (int)Math.Round(a.B + (b.B - a.B) * t));

    private static string Hex((int R, int G, int B) c) => $"#{c.R:x2}{c.G:x2}{c.B:x2}";
}
