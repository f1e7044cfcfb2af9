using Athar.Actors;
using Athar.Attribution;
using Athar.Events;
using Athar.Places;
using Athar.Text;

namespace Athar.Claims;

/// <summary>
/// Finds whereabouts claims: a movement or presence word («انتقل», «فرّ», «تسلّل», «وجود», «ملاذ آمن»), the
/// place it points to (after the word, not an origin «من X»; or an anaphor «إلى هناك» resolved to the last
/// place named), the actor (a group in the clause, or the group whose members the clause names:
/// «انتقل عدد كبير من قياداته»), the certainty cue before it and the reporting source.
/// </summary>
public sealed class ClaimFinder(ClaimLexicon lexicon) : IAnnotator
{
    private const int ActorWindow = 8;

    /// <summary>How far back «هناك» or «قياداته» may look for the place or group it points to.</summary>
    private const int LookBackSentences = 12;

    /// <summary>How far (in words) a destination may stand from its movement word.</summary>
    private const int DestinationReach = 8;

    public ClaimFinder()
        : this(ClaimLexicon.Default)
    {
    }

    public string Name => "claims";

    public IReadOnlyList<Type> Requires => [.. ArticleView.Reads, typeof(EventRecord)];

    public IReadOnlyList<Type> Produces => [typeof(WhereaboutsClaim)];

    public void Annotate(Document document)
    {
        document.RequireAll(Requires); // the view reads an absent layer as empty: fail here rather than find nothing
        var view = ArticleView.Of(document);
        var claims = new List<WhereaboutsClaim>();
        for (var s = 0; s < view.Sentences.Count; s++)
        {
            if (view.IsQuestion(s))
                continue;
            foreach (var clause in view.Clauses[s])
                claims.AddRange(InClause(view, s, clause));
        }
        claims.AddRange(ClaimsFromEvents.Read(view, document.Require<EventRecord>()));
        document.SetLayer(claims);
    }

    private IEnumerable<WhereaboutsClaim> InClause(ArticleView view, int s, (int First, int End) clause)
    {
        var found = new Dictionary<(string?, string), WhereaboutsClaim>();
        var cues = view.CertaintyCues[s];
        foreach (var verb in lexicon.Verbs.FindAll(view.Tokens, clause.First, clause.End))
        {
            var verbSpan = verb.SpanIn(view.Tokens);
            if (cues.Any(q => q.Span.Contains(verbSpan)))
                continue; // «لا يوجد ما يمنع» is a hedge, not a presence
            if (Destination(view, s, clause, verb) is not { } place)
                continue;
            if (ActorFor(view, s, clause, verb) is not { } actor)
                continue;
            var cue = cues.Where(q => q.Span.End <= verbSpan.Start && view.SpanOf(clause.First, clause.End - 1).Overlaps(q.Span))
                .OrderBy(q => view.Distance(verb.First, q.Span)).FirstOrDefault();
            var date = view.Dates[s].Where(d => d.Start is not null).OrderBy(d => view.Distance(verb.First, d.Span)).FirstOrDefault();
            var attribution = view.Attributions[s].OrderBy(a => view.Distance(verb.First, a.Span)).FirstOrDefault();
            var claim = new WhereaboutsClaim(
                view.SpanOf(clause.First, clause.End - 1),
                actor,
                verb.Value,
                TextRef.Of(view.Document, verbSpan),
                place.Place,
                place.Words,
                date is null ? null : new EventWhen(date.Start, date.End, date.Precision, date.Text, date.Span, ArgumentBasis.Stated),
                cue?.Certainty ?? Certainty.Reported,
                cue is null ? null : new TextRef(cue.Text, cue.Span),
                attribution is null ? null : new TextRef(attribution.Text, attribution.Span));
            found.TryAdd((actor.Id, place.Place.Name), claim); // one claim per actor and place in a clause: the main verb comes first
        }
        return found.Values;
    }

    private (PlaceMention Place, TextRef Words)? Destination(ArticleView view, int s, (int First, int End) clause, PhraseMatch<Movement> verb)
    {
        var tokens = view.Tokens;
        var verbEnd = tokens[verb.Last].Span.End;
        var clauseEnd = tokens[clause.End - 1].Span.End;
        var named = view.Places[s].FirstOrDefault(p => p.Span.Start >= verbEnd && p.Span.End <= clauseEnd && !IsOrigin(view, p.Span)
            && view.WordDistance(verb.Last, p.Span) <= DestinationReach);
        var anaphor = lexicon.PlaceAnaphors.FindAll(tokens, verb.Last + 1, clause.End).FirstOrDefault();
        var anaphorFirst = anaphor.Length > 0 && anaphor.First > verb.Last ? anaphor.First : int.MaxValue;
        if (named is not null && TokenRange.LowerBound(tokens, named.Span.Start) < anaphorFirst)
            return (named, new TextRef(named.Text, named.Span));
        if (anaphorFirst == int.MaxValue || Antecedent(view, tokens[anaphorFirst].Span.Start) is not { } antecedent)
            return null;
        return (antecedent, TextRef.Of(view.Document, anaphor.SpanIn(tokens)));
    }

    // «من سوريا» is where they left, «خارج سوريا» where they are not
    private static bool IsOrigin(ArticleView view, Span place)
    {
        var i = TokenRange.LowerBound(view.Tokens, place.Start);
        return i > 0 && (FunctionWords.Default.Is(view.Tokens[i - 1], "from") || view.Tokens[i - 1].Readings.Any(r => FunctionWords.Default.Is(r.Stem, "outside")));
    }

    // The last place named before the anaphor that is not a single village: «هناك» points to an area.
    private static PlaceMention? Antecedent(ArticleView view, int before) => LastBefore(view, view.Places, before, _ => true);

    // The last item of a layer ending before the offset, looking back a few sentences at most.
    private static T? LastBefore<T>(ArticleView view, IReadOnlyList<T>[] layer, int before, Func<T, bool> fits) where T : class, IAnnotation
    {
        var from = view.SentenceAt(before);
        for (var s = from; s >= 0 && from - s <= LookBackSentences; s--)
        {
            if (view.Sentences[s].Span.Start >= before)
                continue;
            var found = layer[s].LastOrDefault(x => x.Span.End <= before && fits(x));
            if (found is not null)
                return found;
        }
        return null;
    }

    private ClaimActor? ActorFor(ArticleView view, int s, (int First, int End) clause, PhraseMatch<Movement> verb)
    {
        var tokens = view.Tokens;
        var clauseSpan = view.SpanOf(clause.First, clause.End - 1);
        var actors = view.Actors[s]
            .Where(e => clauseSpan.Contains(e.Span) && e.Kind is not (ActorKind.Media or ActorKind.Monitor) && !view.Attributions[s].Any(a => a.Span.Contains(e.Span)))
            .ToList();
        var entity = actors.Where(e => Math.Abs(view.Distance(verb.First, e.Span)) <= ActorWindow)
            .OrderBy(e => e.Span.Start < tokens[verb.First].Span.Start ? 1 : 0).ThenBy(e => view.Distance(verb.First, e.Span)).FirstOrDefault();
        var member = lexicon.MemberNouns.FindAll(tokens, clause.First, clause.End)
            .Where(m => Math.Abs(m.First - verb.First) <= ActorWindow).OrderBy(m => Math.Abs(m.First - verb.First)).Cast<PhraseMatch<bool>?>().FirstOrDefault();
        if (entity is not null)
        {
            // «قياديي التنظيم», «الرجل الأول في التنظيم»: the members named before the group are the actor's words
            var start = member is { } m && m.SpanIn(tokens).End <= entity.Span.Start && TokenRange.LowerBound(tokens, entity.Span.Start) - m.Last <= 3
                ? m.SpanIn(tokens).Start : entity.Span.Start;
            var span = new Span(start, entity.Span.End);
            return new ClaimActor(entity.Id, entity.Name, view.Document.Slice(span), span);
        }
        if (member is not { } mm)
            return null;
        // «انتقل عدد كبير من قياداته»: the group is the one the article last named
        var group = TopicGroup(view, tokens[mm.First].Span.Start);
        if (group is null)
            return null;
        var words = mm.SpanIn(tokens);
        return new ClaimActor(group.Id, group.Name, view.Document.Slice(words), words);
    }

    private static ActorMention? TopicGroup(ArticleView view, int before) =>
        LastBefore(view, view.Actors, before, e => e.Kind == ActorKind.ArmedGroup);
}
