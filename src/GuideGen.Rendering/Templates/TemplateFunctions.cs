using Scriban.Runtime;

namespace GuideGen.Rendering.Templates;

/// <summary>Functions the templates may call beyond Scriban's built-ins. Each is pure: its text depends only on its arguments.</summary>
public static class TemplateFunctions
{
    public static void AddTo(ScriptObject functions) =>
        functions.Import("plural", new Func<object?, string, string?, string>(Plural));

    /// <summary>
    /// A count with its noun in the right number: `{{ plural 1 "checklist" }}` is "1 checklist",
    /// `{{ plural 24 "checklist" }}` is "24 checklists"; a third argument gives an irregular plural.
    /// </summary>
    public static string Plural(object? count, string singular, string? pluralForm = null)
    {
        var n = Convert.ToInt64(count ?? 0, System.Globalization.CultureInfo.InvariantCulture);
        return n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : pluralForm ?? singular + "s");
    }
}
