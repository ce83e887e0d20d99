using System.Globalization;
using GuideGen.Core.Model;
using GuideGen.Core.Output;
using GuideGen.Core.Yaml;
using GuideGen.Rendering.Output;

namespace GuideGen.Rendering.Views;

/// <summary>
/// The "What's new" page and the home page's note on the current edition, from content/changes.yml.
/// Each change links to where it is now; the links are resolved (and reported when they lead nowhere)
/// like every other `@` link.
/// </summary>
/// <param name="render">Renders a Markdown field of a content object for the page at a path: (text, owner, property, path, inline) → HTML.</param>
public sealed class WhatsNewBuilder(Changes changes, SiteConfig config, LinkResolver links, Func<string, Located, string, string, bool, string> render)
{
    public RenderJob Page(PageFrame frame)
    {
        const string path = SitePaths.WhatsNew;
        var editions = changes.Editions.Select((e, i) => new EditionView(
            "edition-" + Core.Model.Slug.From(e.Edition), e.Edition, e.Date.Trim(), DateText(e), i == 0 && IsCurrent(e),
            Summary(e, path),
            new[] { ("Added", "added", e.Added), ("Changed", "changed", e.Changed), ("Removed", "removed", e.Removed) }
                .Where(g => g.Item3 is { Count: > 0 })
                .Select(g => new ChangeGroupView(g.Item1, g.Item2, g.Item3!.Select(entry => Entry(entry, path)).ToList()))
                .ToList())).ToList();
        return new RenderJob("whats-new", frame, new WhatsNewView(editions));
    }

    /// <summary>The note for the home page, when the newest edition listed is the guide's current one.</summary>
    public WhatsNewNotice? Notice(string fromPath)
    {
        var newest = changes.Editions[0];
        if (!IsCurrent(newest)) return null;
        return new WhatsNewNotice(newest.Edition, DateText(newest), Summary(newest, fromPath),
            newest.Added?.Count ?? 0, newest.Changed?.Count ?? 0, newest.Removed?.Count ?? 0,
            SitePaths.Relative(fromPath, SitePaths.WhatsNew) + "#edition-" + Core.Model.Slug.From(newest.Edition));
    }

    private bool IsCurrent(EditionChanges edition) => edition.Edition.Trim() == config.Edition.Trim();

    private string Summary(EditionChanges edition, string path) =>
        string.IsNullOrWhiteSpace(edition.Summary) ? "" : render(edition.Summary, edition, nameof(edition.Summary), path, true);

    private ChangeEntryView Entry(ChangeEntry entry, string path)
    {
        var text = render(entry.Text, entry, nameof(entry.Text), path, true);
        if (entry.Link is null) return new ChangeEntryView(text, null, null);
        var resolved = links.Resolve(entry.Link, entry.SpanOf(nameof(entry.Link)), path);
        return new ChangeEntryView(text, resolved?.Href, resolved?.Target.Title);
    }

    private string DateText(EditionChanges edition)
    {
        if (edition.PublishedOn is not { } parsed) return edition.Date;
        CultureInfo culture;
        try { culture = CultureInfo.GetCultureInfo(config.Language); }
        catch (CultureNotFoundException) { culture = CultureInfo.InvariantCulture; }
        return parsed.ToString("d MMMM yyyy", culture);
    }
}
