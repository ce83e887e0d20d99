using GuideGen.Core.Model;
using GuideGen.Rendering.Views;

namespace GuideGen.Cli.Building;

/// <summary>The view of the site that every page's templates see as <c>site</c>.</summary>
public static class SiteViews
{
    public static SiteView Of(SiteConfig config)
    {
        // Every service type but the one that applies to all is something a reader can choose.
        var choices = config.ServiceTypes.Where(t => t.AppliesToAll != true).Select(t => new ServiceChoice(t.Code, t.Label)).ToList();
        return new SiteView
        {
            Title = config.Title,
            ShortTitle = config.ShortTitle ?? config.Title,
            Edition = config.Edition,
            Language = config.Language,
            Description = config.Description,
            StorageNamespace = config.StorageNamespace,
            ServiceChoices = choices,
            AllServices = config.AllServices,
            AllServicesLabel = config.AllServicesType?.Label ?? "Everything",
            Words = new WordsView(config.Vocabulary.ByKey()),
            SearchExamples = config.Vocabulary.SearchExamples ?? [],
            HasStatements = config.QualityStatements is { Count: > 0 },
        };
    }
}
