using Athar.Events.Rules;

namespace Athar.Events.Segmentation;

/// <summary>The lead of an article: headline and dateline lines up to the first body sentence, and the sentence after it.</summary>
internal static class Lead
{
    /// <summary>How many sentences the lead has.</summary>
    public static int Length(ArticleView view, RuleBook rules)
    {
        // with the rule off the lead is the headline alone
        var bodyWords = rules.Value("conv.lead-length", whenOff: 0);
        for (var s = 0; s < view.Sentences.Count; s++)
        {
            var (first, end) = view.Ranges[s];
            var words = 0;
            for (var i = first; i < end; i++)
                words += view.Tokens[i].IsWord ? 1 : 0;
            if (words >= bodyWords)
                return Math.Min(view.Sentences.Count, s + 2);
        }
        return view.Sentences.Count;
    }

    /// <summary>The day before publication and that day: when an undated lead report happened.</summary>
    public static (DateOnly Start, DateOnly End)? Window(ArticleView view) =>
        view.Document.Info.Published is { } p && p > DateOnly.MinValue.AddDays(1) ? (p.AddDays(-1), p) : null;
}
