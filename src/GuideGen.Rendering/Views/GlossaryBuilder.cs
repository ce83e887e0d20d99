using GuideGen.Core.Model;
using GuideGen.Core.Output;
using GuideGen.Rendering.Output;

namespace GuideGen.Rendering.Views;

/// <summary>The glossary page: its entries under their initial letters.</summary>
internal sealed class GlossaryBuilder(ViewContext views)
{
    public RenderJob Build(Glossary glossary)
    {
        const string path = SitePaths.Glossary;
        var letters = glossary.Entries
            .GroupBy(e => LinkTargetIndex.InitialOf(e.Term.Term))
            .Select(g => new GlossaryLetter(g.Key, LinkTargetIndex.LetterAnchor(g.Key), g.Select(e => new GlossaryEntryView(e.Id, e.Term.Term, e.Term.Aliases ?? [],
                views.RenderMarkdown(e.Term.Meaning, e.Term, nameof(e.Term.Meaning), path))).ToList()))
            .ToList();
        return new RenderJob("glossary", views.Frame("Glossary", "The words and abbreviations used in adult social care, explained.", "glossary", path, [], null),
            new GlossaryView(letters));
    }
}
