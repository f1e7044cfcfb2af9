using Athar.Actors;
using Xunit.Abstractions;

namespace Athar.Tests.Actors;

/// <summary>The hand-written test set (actor-mentions.txt): every expected mention found with the right id, few extras.</summary>
public class ActorTestSetTests(ITestOutputHelper output)
{
    private static readonly ActorAnnotator Annotator = new();

    [Fact]
    public void Test_set_has_at_least_sixty_mentions_of_varied_actors()
    {
        var gold = Load().SelectMany(d => d.Gold).ToList();
        Assert.True(gold.Count >= 60, $"only {gold.Count} marked mentions");
        Assert.True(gold.Select(g => g.Label).Distinct().Count() >= 40);
    }

    [Fact]
    public void Finds_the_marked_actors_with_precision_and_recall_of_at_least_0_9()
    {
        int expected = 0, produced = 0, matched = 0;
        foreach (var (text, gold) in Load())
        {
            var found = Annotator.Find(text);
            expected += gold.Count;
            produced += found.Count;
            foreach (var g in gold)
            {
                if (found.Any(f => f.Span == g.Span && Fits(f, g.Label)))
                    matched++;
                else
                    output.WriteLine($"missed  {g.Text} ({g.Label}); found here: {string.Join(", ", found.Where(f => f.Span.Overlaps(g.Span)).Select(Describe))}");
            }
            foreach (var f in found.Where(f => !gold.Any(g => g.Span == f.Span && Fits(f, g.Label))))
                output.WriteLine($"extra   {Describe(f)}");
        }
        var precision = (double)matched / produced;
        var recall = (double)matched / expected;
        output.WriteLine($"expected {expected}, produced {produced}, matched {matched}: P {precision:F3} R {recall:F3}");
        Assert.True(precision >= 0.9, $"precision {precision:F3}");
        Assert.True(recall >= 0.9, $"recall {recall:F3}");
    }

    private static bool Fits(ActorMention found, string label) => label switch
    {
        "person" => found.Kind == ActorKind.Person && found.Id is null,
        "generic" => found.Generic && found.Id is null,
        _ => found.Id == label,
    };

    private static string Describe(ActorMention m) => $"«{m.Text}» {m.Id ?? m.Kind.ToString()}";

    private static IEnumerable<(string Text, List<GoldMention> Gold)> Load() =>
        GoldMarkup.Paragraphs(GoldMarkup.RepoFile("tests", "Athar.Tests", "Actors", "actor-mentions.txt")).Select(GoldMarkup.Parse);
}
