using Athar.Attribution;
using Athar.Events.Rules;
using Athar.Events.SameIncident;
using Athar.Places;
using Athar.Text;

namespace Athar.Events.Decisions;

/// <summary>
/// The site decision by rules. The clause's places (else the sentence's up to the clause) that can be where it
/// happened: not a reference point of a distance («30 كم غرب إدلب»), not where the fire came from («المتمركزة في
/// بريديج»), not too far from the trigger. A place that contains another of them («ريف حماة» around «كفرزيتا»)
/// only qualifies it. What remains are the sites: strikes, shelling, bombings and attacks on several places are
/// one incident per place («مدينتي دوما وحرستا»); a push, a battle or a sweep over nearby places is one incident.
/// </summary>
internal sealed class SiteRules(EventLexicon lexicon, RuleBook rules) : ISiteDecision
{
    private static FunctionWords Grammar => FunctionWords.Default;

    private static readonly EventType[] OnePerPlace = [EventType.AirStrike, EventType.Shelling, EventType.Bombing, EventType.Attack];

    public IReadOnlyList<Decision<PlaceMention>> Decide(MentionContext clause, TypeChoice type)
    {
        var places = Candidates(clause, type, clause.ClauseSpan);
        var governing = false;
        if (places.Count == 0 && rules.On("site.governing"))
        {
            places = Candidates(clause, type, clause.Governing);
            governing = true;
        }
        if (places.Count == 0)
            return [];
        var trigger = type.Head.Hit.First;
        var preferred = places.Where(p => Penalty(clause, p) == 0).ToList();
        if (preferred.Count > 0)
            places = preferred;
        var sites = rules.On("site.container") ? places.Where(p => !places.Any(q => q != p && Contains(clause.View, p, q))).ToList() : places;
        if (sites.Count == 0)
            sites = places; // places that contain one another (two names of one area) are all candidates
        sites = Distinct(sites);
        // «في بلدة سورية قرب الجولان التي تحتلها إسرائيل»: a country beside a finer site is a party or a frame, not a site
        if (rules.On("site.country-last") && sites.Any(p => p.Precision != PlacePrecision.Country))
            sites = sites.Where(p => p.Precision != PlacePrecision.Country).ToList();
        if (sites.Count > 1 && rules.On("site.between") && Between(clause, sites[0], sites[1]))
            return [Decision.By("site.between", sites[0])];
        // places borrowed from earlier in the sentence are that clause's list, not this one's («… وسط قصف لمناطق الاشتباكات»)
        if (sites.Count > 1 && rules.On("site.one-per-place") && OnePerPlace.Contains(type.Type.Value) && !governing)
            return sites.Select(s => Decision.By("site.one-per-place", s)).ToList();
        var rule = sites.Count > 1 ? "site.one-push" : "site.only";
        if (!rules.On(rule))
            return [];
        var best = sites.OrderBy(p => clause.View.WordDistance(trigger, p.Span) + Penalty(clause, p) + Fineness(p) + (IsLocative(clause.View, p) ? 0 : 6)).First();
        return [Decision.By(rule, best)];
    }

    // «تبعد نحو ثلاثين كيلومتراً إلى الغرب من القامشلي»: the unit, a direction and «من» may stand between
    private const int DistanceReach = 5;

    private List<PlaceMention> Candidates(MentionContext clause, TypeChoice type, Span scope)
    {
        var view = clause.View;
        var trigger = type.Head.Hit.First;
        return view.Places[clause.Sentence].Where(p => scope.Contains(p.Span)
            && !(rules.On("site.reference-point") && (DistanceReference(view, p) || After(view, p, "located", (int)rules.Value("site.reference-point"))))
            && !(rules.On("site.origin") && After(view, p, "origin", (int)rules.Value("site.origin")) && !IsObject(view, p))
            && !(rules.On("site.hospital") && After(view, p, "transfer", (int)rules.Value("site.hospital")))
            && !(rules.On("site.reach") && view.WordDistance(trigger, p.Span) > Reach(p.Precision))).ToList();
    }

    // A country named far from the trigger (a related-news line glued to the sentence) says nothing of where.
    private double Reach(PlacePrecision p) => p == PlacePrecision.Country && rules.On("site.reach-country") ? rules.Value("site.reach-country") : rules.Value("site.reach");

    // «المتمركزة في حاجز بريديج شمال حماة قرية ترملا»: a place whose cue word does not follow a preposition is the
    // clause's object (what was hit), not the origin's location
    private static bool IsObject(ArticleView view, PlaceMention p)
    {
        if (p.Cue is null)
            return false;
        var i = TokenRange.LowerBound(view.Tokens, p.Span.Start);
        var cue = i - 1;
        while (cue > 0 && view.Tokens[cue].Form != Text.MatchingForm.Of(p.Cue) && !view.Tokens[cue].Readings.Any(r => r.Stem == Text.MatchingForm.Of(p.Cue)))
        {
            if (i - cue > 2)
                return false;
            cue--;
        }
        return cue > 0 && view.Tokens[cue].Readings.All(r => r.Prefix.Length == 0) && !Grammar.Is(view.Tokens[cue - 1], "in") && !Grammar.Is(view.Tokens[cue - 1], "from");
    }

    // «تبعد نحو 30 كم إلى الغرب من القامشلي»: a place a distance and a direction lead to is a reference point (the
    // site lies that way); «تبعد 20 كم عن مركز قضاء علي الغربي» gives no way, so the place named is as near as the
    // text comes to the site
    private bool DistanceReference(ArticleView view, PlaceMention p)
    {
        var i = TokenRange.LowerBound(view.Tokens, p.Span.Start);
        var distance = lexicon.Phrases("distance").FindAll(view.Tokens, Math.Max(0, i - DistanceReach), i);
        if (distance.Count == 0)
            return false;
        // «240 كيلومتراً شمال بغداد»: the direction may be read into the place itself
        if (!rules.On("site.undirected-distance") || p.Qualifier is not null || p.Resolution == PlaceResolution.Directional
            || DescribesNamedPlace(view, distance[^1].First))
            return true;
        var directions = PlaceLexicon.Default;
        return Enumerable.Range(distance[^1].Last + 1, Math.Max(0, i - distance[^1].Last - 1))
            .Any(k => directions.DirectionsBefore.ContainsKey(view.Tokens[k].Form) || view.Tokens[k].Readings.Any(r => directions.DirectionsBefore.ContainsKey(r.Stem)));
    }

    // «بلدة هجين التي تبعد 110 كم عن دير الزور»: the distance places a named place, which is the site
    private static bool DescribesNamedPlace(ArticleView view, int distanceStart) =>
        view.Places[view.SentenceAt(view.Tokens[distanceStart].Span.Start)].Any(q =>
            TokenRange.LowerBound(view.Tokens, q.Span.End) is var end && end <= distanceStart && distanceStart - end <= NamedPlaceGap);

    // «هجين التي تبعد 110»: the relative word and the verb stand between the place and the distance's number
    private const int NamedPlaceGap = 4;

    // A word or phrase of a class of event-words.tsv within a few tokens before the place
    private bool After(ArticleView view, PlaceMention p, string wordClass, int reach)
    {
        var i = TokenRange.LowerBound(view.Tokens, p.Span.Start);
        return lexicon.Phrases(wordClass).FindAll(view.Tokens, Math.Max(0, i - reach), i).Count > 0;
    }

    // Does the coarse place «outer» contain «inner»? Its admin context («التابعة لناحية حارم») does; so does a
    // coarser unit around it. An unknown name placed by its context is a site of its own, never a container.
    private bool Contains(ArticleView view, PlaceMention outer, PlaceMention inner) =>
        (inner.Context is { } context && context.Span.Overlaps(outer.Span) && outer.Resolution != PlaceResolution.AdminContext)
        || (rules.On("site.stated-unit") && StatedIn(view, inner, outer))
        || PlaceRelations.Contains(SiteFacts.From(outer), SiteFacts.From(inner), rules);

    // «مخيم مخمور للاجئين في محافظة نينوى»: the text puts the place in the unit named right after it, whatever the
    // gazetteer files it under
    private bool StatedIn(ArticleView view, PlaceMention inner, PlaceMention outer)
    {
        if (outer.Span.Start <= inner.Span.End || outer.Cue is not { } cue || !lexicon.Words("unit").Contains(Text.MatchingForm.Of(cue)))
            return false;
        var from = TokenRange.LowerBound(view.Tokens, inner.Span.End);
        var to = TokenRange.LowerBound(view.Tokens, outer.Span.Start);
        return to - from <= StatedUnitReach && Enumerable.Range(from, to - from).Any(i => Grammar.Is(view.Tokens[i], "in") || view.Tokens[i].Readings.Any(r => r.Is(Proclitic.With)));
    }

    // the words between a place and the unit stated for it («للاجئين في محافظة»)
    private const int StatedUnitReach = 4;

    // The same place named twice («إدلب … مدينة إدلب») is one site.
    private static List<PlaceMention> Distinct(List<PlaceMention> sites)
    {
        var kept = new List<PlaceMention>();
        foreach (var s in sites)
        {
            if (!kept.Any(k => k.Name == s.Name && k.Precision == s.Precision && Geo.DistanceKm(k.Lat, k.Lon, s.Lat, s.Lon) < 1
                    && (s.Resolution is not (PlaceResolution.AdminContext or PlaceResolution.Projected) || k.Text == s.Text)))
                kept.Add(s);
        }
        return kept;
    }

    // «بين بلدتي الشعيتية والقليلية»: one site between two places
    private bool Between(MentionContext clause, PlaceMention a, PlaceMention b)
    {
        var tokens = clause.View.Tokens;
        var first = TokenRange.LowerBound(tokens, a.Span.Start);
        var words = lexicon.Words("between");
        for (var j = first - 1; j >= Math.Max(clause.Clause.First, first - 3); j--)
        {
            if (words.Contains(tokens[j].Form))
                return b.Span.Start - a.Span.End < 40;
        }
        return false;
    }

    // A place inside a source («صحفي يعيش في دير الزور»), an organisation's name, or the dateline is the
    // reporter's or the organisation's, not the incident's — unless nothing else is named.
    private int Penalty(MentionContext clause, PlaceMention p)
    {
        if (!rules.On("site.not-reporter"))
            return 0;
        var view = clause.View;
        return (view.Attributions[clause.Sentence].Any(a => a.Kind != AttributionKind.According && a.Span.Contains(p.Span)) ? 25 : 0)
            + (view.Actors[clause.Sentence].Any(e => e.Span.Contains(p.Span)) ? 15 : 0)
            + (p.Dateline || IsDateline(view, clause.Sentence, p) ? 20 : 0);
    }

    // Prefer the finest place: a village named in the clause beats the country it lies in.
    private static int Fineness(PlaceMention p) => p.Precision switch
    {
        PlacePrecision.Country => 20,
        PlacePrecision.Region => 6,
        PlacePrecision.Province => 3,
        _ => 0,
    };

    // A place introduced as a location («في», «قرب», «بريف») rather than a name's complement («معركة استعادة الموصل»)
    private static bool IsLocative(ArticleView view, PlaceMention p)
    {
        var i = TokenRange.LowerBound(view.Tokens, p.Span.Start);
        var first = view.Tokens[i];
        if (first.Readings.Any(r => r.Proclitics.HasFlag(Proclitic.With)) || Grammar.Is(first, "locative"))
            return true;
        var before = i - 1;
        while (before >= 0 && view.Tokens[before].Is(Punct.OpeningQuote | Punct.Hash))
            before--;
        return before >= 0 && (Grammar.Is(view.Tokens[before], "locative") || view.Tokens[before].Readings.Any(r => r.Prefix.Length > 0 && Grammar.Is(r.Stem, "locative")));
    }

    // «إدلب (الحل) – سيطرت …», «سرمد الطويل (بغداد) استعادت …»: the dateline or byline names the desk's city, a
    // weaker clue than the sentence's own places
    private static bool IsDateline(ArticleView view, int sentence, PlaceMention p)
    {
        var (first, end) = view.Ranges[sentence];
        var start = TokenRange.LowerBound(view.Tokens, p.Span.Start);
        var after = TokenRange.LowerBound(view.Tokens, p.Span.End);
        if (start == first && after < end && view.Tokens[after].Is(Punct.OpeningBracket | Punct.Dash | Punct.Colon | Punct.Slash))
            return true;
        // «بغداد، العراق (CNN)-- أعلنت …»: a city and its country before the outlet
        if (start == first && after + 1 < end && view.Tokens[after].Is(Punct.Comma) && view.Places[sentence].Any(q => q.Precision == PlacePrecision.Country && q.Span.Start == view.Tokens[after + 1].Span.Start))
            return true;
        return start - first <= BylineWords && start > first && view.Tokens[start - 1].Is(Punct.OpeningBracket) && after < end && view.Tokens[after].Is(Punct.ClosingBracket);
    }

    // A byline is a name of a few words before the bracketed place
    private const int BylineWords = 5;
}
