using Athar.Events;

namespace Athar.Tests.Events;

/// <summary>Runs the whole default pipeline (built once) on news-style text written for these tests.</summary>
internal static class EventTestKit
{
    private static readonly Pipeline Pipeline = AtharPipeline.CreateDefault();

    public static Document Analyze(string text, string published) =>
        Pipeline.Analyze(text, new DocumentInfo { Id = "t", Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture) });

    public static IReadOnlyList<EventRecord> Extract(string text, string published) => Analyze(text, published).Layer<EventRecord>();

    public static string Seed => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.txt"));
}
