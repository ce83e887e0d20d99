using System.Security.Cryptography;
using System.Text.Json;
using GuideGen.Core.Model;
using GuideGen.Rendering.Output;

namespace GuideGen.Rendering.Views;

/// <summary>
/// What every page view may depend on besides its own content, for <see cref="ViewMemo"/>: the site
/// configuration (the very same object while site.yml is unchanged) and a hash of the link targets, the
/// glossary and what the menus and footers list.
/// </summary>
internal sealed record SharedViewInputs(SiteConfig Config, string Hash)
{
    public static SharedViewInputs Of(Guide guide, IReadOnlyDictionary<string, LinkTarget> targets)
    {
        var shared = new
        {
            Targets = targets.OrderBy(t => t.Key, StringComparer.Ordinal)
                .Select(t => new { t.Key, t.Value.Path, t.Value.Title, Anchors = t.Value.Anchors.Order(StringComparer.Ordinal) }),
            Topics = guide.Topics.Select(t => new { t.Id, t.Label, t.Kloe.Code, KeyQuestion = t.KeyQuestion.Id }),
            Pages = guide.Pages.Select(p => new { p.Id, p.Front.Title }),
            Glossary = guide.Glossary?.Entries.Select(e => new { e.Id, e.Term.Term, e.Term.Meaning, e.Term.Aliases }),
            Checklists = guide.Checklists.Count,
            Packs = guide.Packs.Count,
        };
        return new SharedViewInputs(guide.Config, Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(shared))));
    }
}
