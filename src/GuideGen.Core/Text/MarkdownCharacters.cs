using System.Globalization;

namespace GuideGen.Core.Text;

/// <summary>Characters Markdown treats as plain text: shared by the Markdown fast paths of rendering and of search.</summary>
public static class MarkdownCharacters
{
    /// <summary>
    /// Whether a character beyond ASCII is one Markdown passes through as it is: not a control, format,
    /// separator, surrogate, private-use or unassigned character (each of which some part of the
    /// pipeline treats specially, or which the scans would have to pair up).
    /// </summary>
    public static bool IsInertBeyondAscii(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator
        or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned);
}
