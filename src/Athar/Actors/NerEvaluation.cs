namespace Athar.Actors;

/// <summary>A named-entity span in token indices (First..Last inclusive) of one sentence.</summary>
public readonly record struct NerSpan(int Sentence, int First, int Last, string Type);

/// <summary>Precision, recall and F1 of one entity type, exact span match and overlap match.</summary>
public sealed record NerScore(string Type, int Gold, int Predicted, int Exact, int Overlap)
{
    public double Precision => Predicted == 0 ? 0 : (double)Exact / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Exact / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Recall when any token overlap counts (spans that differ only by a title or a clitic).</summary>
    public double OverlapRecall => Gold == 0 ? 0 : (double)Overlap / Gold;
}

/// <summary>Scores per type, and the spans missed and spuriously found (with their words) for error reading.</summary>
public sealed record NerResult(IReadOnlyList<NerScore> Scores, IReadOnlyList<(NerSpan Span, string Words)> Missed, IReadOnlyList<(NerSpan Span, string Words)> Spurious);

/// <summary>
/// Scores the actors stage as a PERS/ORG tagger against CoNLL-style corpora (ANERcorp, Wojood): one
/// «token TAG [TAG…]» per line, a blank line between sentences, nested tags allowed (Wojood). Each sentence is
/// analysed alone, rebuilt by joining its tokens with spaces; persons count as PERS, every other actor as ORG.
/// Descriptions are not names and are left out: anaphors («التنظيم», «الوزير») and generic agents («القوات التركية»).
/// </summary>
public static class NerEvaluation
{
    public static readonly string[] Types = ["PERS", "ORG"];

    public static NerResult Evaluate(string path, ActorAnnotator annotator)
    {
        var gold = new List<NerSpan>();
        var predicted = new List<NerSpan>();
        var sentences = ReadSentences(path).ToList();
        for (var index = 0; index < sentences.Count; index++)
        {
            gold.AddRange(GoldSpans(index, sentences[index]));
            predicted.AddRange(Predict(index, sentences[index], annotator));
        }
        predicted = predicted.Distinct().ToList();
        string Words(NerSpan s) => string.Join(' ', sentences[s.Sentence].Skip(s.First).Take(s.Last - s.First + 1).Select(t => t.Token));
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        return new NerResult(
            [.. Types.Select(t => Compare(t, gold, predicted)), Compare("ALL", gold, predicted)],
            gold.Where(s => !predictedSet.Contains(s)).Select(s => (s, Words(s))).ToList(),
            predicted.Where(s => !goldSet.Contains(s)).Select(s => (s, Words(s))).ToList());
    }

    /// <summary>Sentences as lists of (token, tags); a leading LRM or BOM on a token is dropped.</summary>
    public static IEnumerable<List<(string Token, string[] Tags)>> ReadSentences(string path)
    {
        var sentence = new List<(string, string[])>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim().TrimStart('\u200E', '\uFEFF');
            if (line.Length == 0)
            {
                if (sentence.Count > 0)
                    yield return sentence;
                sentence = [];
                continue;
            }
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            sentence.Add((parts[0], parts.Length > 1 ? parts[1..] : ["O"]));
        }
        if (sentence.Count > 0)
            yield return sentence;
    }

    /// <summary>Gold spans per type; with nested layers an outer span continues while its tokens keep an I- tag.</summary>
    public static IEnumerable<NerSpan> GoldSpans(int index, List<(string Token, string[] Tags)> sentence)
    {
        foreach (var type in Types)
        {
            var open = new List<int>();
            for (var i = 0; i <= sentence.Count; i++)
            {
                var tags = i < sentence.Count ? sentence[i].Tags : [];
                var inside = tags.Count(t => t == "I-" + type);
                var begins = tags.Count(t => t == "B-" + type);
                for (var k = open.Count - 1; k >= inside; k--)
                {
                    yield return new NerSpan(index, open[k], i - 1, type);
                    open.RemoveAt(k);
                }
                for (var k = 0; k < begins; k++)
                    open.Add(i);
            }
        }
    }

    private static IEnumerable<NerSpan> Predict(int index, List<(string Token, string[] Tags)> sentence, ActorAnnotator annotator)
    {
        var starts = new int[sentence.Count];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < sentence.Count; i++)
        {
            if (i > 0)
                text.Append(' ');
            starts[i] = text.Length;
            text.Append(sentence[i].Token);
        }
        foreach (var mention in annotator.Find(text.ToString()).Where(m => !m.Nominal && !m.Generic))
        {
            var first = Array.FindLastIndex(starts, s => s <= mention.Span.Start);
            var last = Array.FindLastIndex(starts, s => s < mention.Span.End);
            yield return new NerSpan(index, first, last, mention.Kind == ActorKind.Person ? "PERS" : "ORG");
        }
    }

    private static NerScore Compare(string type, List<NerSpan> gold, List<NerSpan> predicted)
    {
        var g = gold.Where(s => type == "ALL" || s.Type == type).ToList();
        var p = predicted.Where(s => type == "ALL" || s.Type == type).ToList();
        var goldSet = g.ToHashSet();
        var exact = p.Count(goldSet.Contains);
        var overlap = g.Count(x => p.Any(y => y.Sentence == x.Sentence && y.Type == x.Type && y.First <= x.Last && x.First <= y.Last));
        return new NerScore(type, g.Count, p.Count, exact, overlap);
    }
}
