using GuideGen.Core.Model;
using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using GuideGen.Core.Validation;
using GuideGen.Search;
using GuideGen.Testing;

namespace GuideGen.Tests.Search;

public class SynonymTests
{
    [Fact]
    public void Synonym_groups_are_validated()
    {
        using var site = new MiniSite(SampleGuide.With("""
            -- content/synonyms.yml --
            groups:
              - [fluids, hydration]
              - [lonely]
              - [Hydration, drinks]
            """));
        site.Diagnostics().ShouldBe([
            "content/synonyms.yml(2,3): error GG2106: synonym group 2 ('lonely') needs at least two words",
            "content/synonyms.yml(2,3): error GG2107: 'Hydration' is in synonym groups 1 and 3; merge the groups",
        ]);
    }

    [Fact]
    public void Glossary_aliases_join_the_synonym_groups_and_overlapping_groups_merge()
    {
        using var site = new MiniSite(SampleGuide.With("""
            -- content/synonyms.yml --
            groups:
              - [MCA, capacity law]
            -- content/glossary.yml --
            terms:
              - term: Mental Capacity Act 2005
                aliases: [MCA]
                meaning: A law.
              - term: Care plan
                meaning: A plan.
            """));
        var bag = new DiagnosticBag();
        var loader = new ContentLoader(site.Root, bag);
        var guide = GuideAssembler.Assemble(loader.LoadConfig()!, loader.LoadContent());

        SynonymGroups.From(guide).ShouldBe([["MCA", "capacity law", "Mental Capacity Act 2005"]]);
    }

    [Theory]
    [InlineData("Café", "cafe")]
    [InlineData("NAÏVE", "naiv")] // folded, then stemmed
    [InlineData("the", null)]
    [InlineData("", null)]
    public void Terms_are_folded_lowercased_and_stop_words_dropped(string token, string? expected)
    {
        TextAnalyzer.ProcessTerm(token).ShouldBe(expected);
    }
}
