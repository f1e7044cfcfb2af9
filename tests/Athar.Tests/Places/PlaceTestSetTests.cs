using Athar.Places;
using Xunit.Abstractions;

namespace Athar.Tests.Places;

public class PlaceTestSetTests(ITestOutputHelper output)
{
    [Fact]
    public void The_test_set_has_at_least_sixty_mentions_across_syria_iraq_and_turkey()
    {
        var mentions = PlaceTestSet.Load().SelectMany(r => r.Mentions).ToList();
        Assert.True(mentions.Count >= 60, $"{mentions.Count} mentions");
        foreach (var country in new[] { "SY", "IQ", "TR" })
            Assert.True(mentions.Count(m => m.Country == country) >= 10, $"{country}: {mentions.Count(m => m.Country == country)}");
    }

    [Fact]
    public void Precision_and_recall_on_the_test_set_are_at_least_ninety_percent()
    {
        var score = PlaceTestSet.Evaluate(new PlaceFinder(Gazetteer.BuiltIn), PlaceTestSet.Load());
        output.WriteLine(score.ToString());
        Console.WriteLine(score);
        foreach (var error in score.Errors)
            output.WriteLine(error);
        Assert.True(score.Precision >= 0.9 && score.Recall >= 0.9, score + "\n" + string.Join("\n", score.Errors));
    }
}
