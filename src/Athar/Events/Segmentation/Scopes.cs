using Athar.Events.Rules;
using Athar.Places;
using Athar.Text;

namespace Athar.Events.Segmentation;

/// <summary>
/// The round-up scopes of an article. A sentence that opens with a round-up marker («وفي محافظة نينوى»,
/// «أما في»، «وعلى صعيد متصل», «من جهة أخرى») starts a new scope: its incidents are not the ones told before,
/// and an incident of the scope that names no place takes the place the marker names.
/// </summary>
internal sealed class Scopes
{
    private readonly int[] _scopeOf;
    private readonly Dictionary<int, PlaceMention> _placeOf = [];

    public Scopes(ArticleView view, EventLexicon lexicon, RuleBook rules)
    {
        _scopeOf = new int[view.Sentences.Count];
        var scope = 0;
        for (var s = 0; s < view.Sentences.Count; s++)
        {
            if (rules.On("scope.round-up") && Opens(view, s, lexicon, rules, out var place))
            {
                scope++;
                if (place is not null)
                    _placeOf[scope] = place;
            }
            _scopeOf[s] = scope;
        }
    }

    public int Of(int sentence) => _scopeOf[sentence];

    /// <summary>The place the marker of a scope names («أما في محافظة نينوى»), if any.</summary>
    public PlaceMention? PlaceOf(int scope) => _placeOf.GetValueOrDefault(scope);

    private static bool Opens(ArticleView view, int s, EventLexicon lexicon, RuleBook rules, out PlaceMention? place)
    {
        place = null;
        var (first, end) = view.Ranges[s];
        if (first >= end)
            return false;
        var marker = lexicon.Phrases("round-up").LongestAt(view.Tokens, first, end);
        var reach = (int)rules.Value("scope.round-up");
        var opener = marker is not null || IsLocativeOpener(view.Tokens[first]);
        if (!opener)
            return false;
        var from = marker is { } m ? m.Last + 1 : first;
        var limit = from < end ? view.Tokens[Math.Min(end - 1, from + reach)].Span.End : 0;
        place = view.Places[s].FirstOrDefault(p => p.Span.Start >= view.Tokens[first].Span.Start && p.Span.End <= limit);
        // «وفي …» opens a scope only when it names a place; the named markers open one by themselves
        return marker is not null || place is not null;
    }

    // «وفي محافظة نينوى، …», «وفي ريف حماة أيضاً …»
    private static bool IsLocativeOpener(Token t) => FunctionWords.Default.Is(t, "locative-opener");
}
