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
        return new SiteView(config.Title, config.ShortTitle ?? config.Title, config.Edition, config.Language, config.Description, config.StorageNamespace, choices, config.AllServices,
            config.AllServicesType?.Label ?? "Everything", new WordsView(config.Vocabulary.ByKey()), config.Vocabulary.SearchExamples ?? [], config.QualityStatements is { Count: > 0 });
    }
}
