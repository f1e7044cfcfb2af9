using Athar.Actors;
using Athar.Tests.Cli;

namespace Athar.Tests.Actors;

public class NerEvaluationTests
{
    [Fact]
    public void Reads_nested_gold_spans_per_type()
    {
        List<(string, string[])> sentence = [("رئيس", ["B-OCC"]), ("بلدية", ["I-OCC", "B-ORG"]), ("نابلس", ["I-OCC", "I-ORG", "B-GPE"]), ("سمير", ["B-PERS"]), ("خليل", ["I-PERS"])];
        var spans = NerEvaluation.GoldSpans(0, sentence).ToList();
        Assert.Contains(new NerSpan(0, 1, 2, "ORG"), spans);
        Assert.Contains(new NerSpan(0, 3, 4, "PERS"), spans);
        Assert.Equal(2, spans.Count);
    }

    [Fact]
    public void Scores_exact_matches_of_persons_and_organisations()
    {
        using var dir = new TempDir();
        var file = dir.File("tiny.txt", "قال O\nأحمد B-PERS\nالخبيل I-PERS\nإن O\nقسد B-ORG\nانسحبت O\n\nوقالت O\nالأمم B-ORG\nالمتحدة I-ORG\nإن O\n");
        var scores = NerEvaluation.Evaluate(file, new ActorAnnotator()).Scores.ToDictionary(s => s.Type);
        Assert.Equal((1, 1, 1), (scores["PERS"].Gold, scores["PERS"].Predicted, scores["PERS"].Exact));
        Assert.Equal((2, 2), (scores["ORG"].Gold, scores["ORG"].Exact));
        Assert.Equal(1.0, scores["ALL"].F1);
    }

    [Fact]
    public void The_command_says_plainly_when_the_shared_data_is_absent()
    {
        // tests run in bin/…, where ../shared does not exist
        var (code, _, err) = CliRunner.Run("eval", "ner");
        Assert.Equal(2, code);
        Assert.Contains("../shared", err.Replace('\\', '/'), StringComparison.Ordinal);
    }

    [SharedDataFact("arabic-ner/anercorp-camellab/ANERCorp_CamelLab_test.txt")]
    public void Scores_the_anercorp_test_split_when_the_shared_data_is_present()
    {
        var path = SharedDataFactAttribute.PathOf("arabic-ner/anercorp-camellab/ANERCorp_CamelLab_test.txt");
        var all = NerEvaluation.Evaluate(path, new ActorAnnotator()).Scores.Single(s => s.Type == "ALL");
        Assert.True(all.Precision > 0.5, $"precision {all.Precision:P1}");
    }
}

/// <summary>A fact that is skipped (not passed) when a file of ../shared/data is absent, as in a fresh clone.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        if (!File.Exists(PathOf(relativePath)))
            Skip = $"../shared/data/{relativePath} is absent";
    }

    public static string PathOf(string relativePath) => GoldMarkup.RepoFile(["..", "shared", "data", .. relativePath.Split('/')]);
}
