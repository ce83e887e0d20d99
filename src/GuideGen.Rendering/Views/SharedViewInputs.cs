using System.Security.Cryptography;
using System.Text.Json;
using GuideGen.Core.Model;
using GuideGen.Rendering.Output;

namespace GuideGen.Rendering.Views;

/// <summary>
/// What every page view may depend on besides its own content, for <see cref="ViewMemo"/>: the site
/// configuration (the very same object while site.yml is unchanged) and a hash of the glossary and of
/// what the menus and footers list. Links are not here: each view is checked against the links it resolved.
/// </summary>
internal sealed record SharedViewInputs(SiteConfig Config, string Hash)
{
    public static SharedViewInputs Of(Guide guide)
    {
        // Topic titles are in every page's menu only while the menu lists topics; links to a topic are
        // checked view by view (ViewMemo), so a title changed in a large guide rebuilds few views.
        var menuListsTopics = guide.Topics.Count() <= PageViewBuilder.MaxTopicsInMenu;
        var shared = new
        {
            Topics = guide.Topics.Select(t => new { t.Id, Label = menuListsTopics ? t.Label : null, t.Kloe.Code, KeyQuestion = t.KeyQuestion.Id }),
            Pages = guide.Pages.Select(p => new { p.Id, p.Front.Title }),
            Glossary = guide.Glossary?.Entries.Select(e => new { e.Id, e.Term.Term, e.Term.Meaning, e.Term.Aliases }),
            Checklists = guide.Checklists.Count,
            Packs = guide.Packs.Count,
        };
        return new SharedViewInputs(guide.Config, Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(shared))));
    }
}
