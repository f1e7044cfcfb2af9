using System.Collections.Frozen;
using Athar.Actors;
using Athar.Attribution;
using Athar.Places;
using Athar.Text;
using Athar.Time;

namespace Athar.Events;

/// <summary>
/// Fills a candidate's when, where, who and source from its clause, then its sentence: the nearest date
/// that is not the date of the statement, the nearest and finest place that is not the reporter's
/// whereabouts, the actors around the trigger, the reporting source and any hedge before the trigger.
/// </summary>
internal static class ArgumentPicker
{
    /// <summary>Words between the speaker and a date that dates the statement («قسد (قسد)، مساء الخميس»).</summary>
    private const int StatementReach = 3;

    private static readonly FrozenSet<string> LaunchVerbs = new[] { "شنه", "شنها", "يشنه", "تشنه", "نفذه", "نفذها", "تبناه", "تبنته", "قاده", "قادها" }
        .Select(MatchingForm.Of).ToFrozenSet();

    private static readonly FrozenSet<string> TargetMarkers = new[] { "علي", "ضد", "باتجاه" }.Select(MatchingForm.Of).ToFrozenSet();

    public static void Fill(ArticleView view, EventCandidate c, EventLexicon lexicon)
    {
        var sentenceSpan = view.Sentences[c.Sentence].Span;
        var clauseSpan = view.SpanOf(c.Clause.First, c.Clause.End - 1);
        // What the sentence says before this clause («في 13 مارس، نفذت ...») governs it; what follows belongs to the next clauses.
        var governing = new Span(sentenceSpan.Start, clauseSpan.End);
        var trigger = c.Trigger.First;
        var attributions = view.Attributions[c.Sentence];

        c.Date = PickDate(view, c, clauseSpan, attributions) ?? PickDate(view, c, governing, attributions);
        c.StatementDate = c.Date is null ? StatementDate(view, c, governing, attributions) : null;
        c.DateBasis = ArgumentBasis.Stated;
        c.Place = PickPlace(view, c, clauseSpan, attributions, lexicon) ?? PickPlace(view, c, governing, attributions, lexicon);
        c.PlaceBasis = ArgumentBasis.Stated;
        PickActors(view, c, clauseSpan, attributions);
        c.Attribution = attributions.OrderBy(a => a.Span.Start > view.Tokens[trigger].Span.Start ? 1 : 0).ThenBy(a => view.Distance(trigger, a.Span)).FirstOrDefault();
        c.Cue = view.CertaintyCues[c.Sentence]
            .Where(q => clauseSpan.Overlaps(q.Span) && q.Span.End <= view.Tokens[trigger].Span.Start)
            .OrderBy(q => view.Distance(trigger, q.Span)).FirstOrDefault();
        c.Evidence.Add(sentenceSpan);
        c.EvidenceSeen.Add(sentenceSpan);
    }

    private static DateMention? PickDate(ArticleView view, EventCandidate c, Span scope, IReadOnlyList<AttributionMention> attributions)
    {
        var dates = view.Dates[c.Sentence].Where(d => scope.Contains(d.Span)).ToList();
        if (dates.Count == 0)
            return null;
        // «قالت القيادة أمس السبت إنها ألقت القبض ... يوم 28 سبتمبر»: the date next to the speech verb dates the statement
        return dates.Where(d => !attributions.Any(a => IsStatementDate(view, a, d)))
            .OrderBy(d => view.WordDistance(c.Trigger.First, d.Span) + Vagueness(d)).FirstOrDefault();
    }

    private static DateMention? StatementDate(ArticleView view, EventCandidate c, Span scope, IReadOnlyList<AttributionMention> attributions) =>
        view.Dates[c.Sentence].Where(d => scope.Contains(d.Span) && d.Start is not null && attributions.Any(a => IsStatementDate(view, a, d)))
            .OrderBy(d => view.WordDistance(c.Trigger.First, d.Span)).FirstOrDefault();

    // Prefer the exact date: «أمس الثلاثاء» over a month stamp at the top of the page
    private static int Vagueness(DateMention d) => d.Precision switch
    {
        DatePrecision.Day => 0,
        DatePrecision.Days => 1,
        DatePrecision.Week => 2,
        DatePrecision.MonthPart => 3,
        DatePrecision.Month => 6,
        _ => 8,
    };

    // «كشف الجهاز، اليوم الجمعة، أن ...», «أعلنت قسد، مساء الخميس، سيطرتها»: a date right after the speaker (and
    // before any «أن/إن») dates the statement; «أفاد المرصد بمقتل أربعة عناصر ... مساء أمس» dates the incident
    private static bool IsStatementDate(ArticleView view, AttributionMention a, DateMention d)
    {
        if (a.Kind != AttributionKind.Speech || d.Span.Start < a.Cue.Span.End)
            return false;
        var tokens = view.Tokens;
        var sourceEnd = TokenRange.LowerBound(tokens, Math.Max(a.Span.End, a.Cue.Span.End)) - 1;
        var dateStart = TokenRange.LowerBound(tokens, d.Span.Start);
        if (view.WordDistance(sourceEnd, d.Span) > StatementReach)
            return false;
        for (var i = sourceEnd + 1; i < dateStart; i++)
        {
            if (AttributionFinder.Complementisers.Contains(tokens[i].Form))
                return false;
        }
        return true;
    }

    private static PlaceMention? PickPlace(ArticleView view, EventCandidate c, Span scope, IReadOnlyList<AttributionMention> attributions, EventLexicon lexicon)
    {
        var places = view.Places[c.Sentence]
            .Where(p => scope.Contains(p.Span) && !IsReferencePoint(view, p) && view.WordDistance(c.Trigger.First, p.Span) <= Reach(p))
            .ToList();
        if (places.Count == 0)
            return null;
        var entities = view.Entities[c.Sentence];
        // A place inside a source («صحفي يعيش في دير الزور») or an organisation's name is the reporter's or the
        // organisation's, not the incident's — unless nothing else is named («مديرية الأمن في اسطنبول»).
        return places.OrderBy(p => view.WordDistance(c.Trigger.First, p.Span) + Penalty(p)
            + (attributions.Any(a => a.Kind != AttributionKind.According && a.Span.Contains(p.Span)) ? 25 : 0)
            + (entities.Any(e => e.Span.Contains(p.Span)) ? 15 : 0)
            + (IsDateline(view, c.Sentence, p) ? 20 : 0)
            + (IsLocative(view, p, lexicon) ? 0 : 6)).First();
    }

    // «المدينة التي تبعد نحو 240 كيلومترا شمال بغداد»: Baghdad is how far, not where
    private static bool IsReferencePoint(ArticleView view, PlaceMention p)
    {
        var i = TokenRange.LowerBound(view.Tokens, p.Span.Start);
        for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
        {
            if (view.Tokens[j].Form is "كم" or "كيلومترا" or "كيلومتر" or "كيلومترات" or "ميل" or "اميال" or "km")
                return true;
        }
        return false;
    }

    // «إدلب (الحل) – سيطرت ...»: the dateline names the desk's city, a weaker clue than the sentence's own places
    private static bool IsDateline(ArticleView view, int sentence, PlaceMention p)
    {
        var first = view.Ranges[sentence].First;
        var i = TokenRange.LowerBound(view.Tokens, p.Span.End);
        return TokenRange.LowerBound(view.Tokens, p.Span.Start) == first && i < view.Ranges[sentence].End && view.Tokens[i].Text is "(" or "–" or "-" or "—" or ":";
    }

    private static bool IsLocative(ArticleView view, PlaceMention p, EventLexicon lexicon)
    {
        var i = TokenRange.LowerBound(view.Tokens, p.Span.Start);
        var first = view.Tokens[i];
        if (first.Readings.Any(r => r.Prefix is "ب" or "وب" or "فب" or "بال" or "وبال") || lexicon.Locatives.Contains(first.Form))
            return true;
        var before = i - 1;
        while (before >= 0 && view.Tokens[before].Kind == TokenKind.Punct && view.Tokens[before].Text is "#" or "“" or "\"" or "«")
            before--;
        return before >= 0 && (lexicon.Locatives.Contains(view.Tokens[before].Form) || view.Tokens[before].Readings.Any(r => r.Prefix.Length > 0 && lexicon.Locatives.Contains(r.Stem)));
    }

    // A country named far from the trigger (a related-news line glued to the sentence) says nothing of where.
    private static int Reach(PlaceMention p) => p.Precision == PlacePrecision.Country ? 12 : 30;

    // Prefer the finest place: a village named in the clause beats the country it lies in.
    private static int Penalty(PlaceMention p) => p.Precision switch
    {
        PlacePrecision.Country => 20,
        PlacePrecision.Region => 6,
        PlacePrecision.Province => 3,
        _ => 0,
    };

    // Who did it and to whom, by word order: «سيطرة قسد على الباغوز» and «استهدفت طائرة تركية سيارة» put the
    // agent right after the trigger; «القوات الأمنية ألقت القبض على أمير التنظيم» puts it right before; «على»
    // and «ضد» introduce the target. «أعلنت مديرية الأمن أنها ألقت القبض» makes the announcing force the agent.
    private static void PickActors(ArticleView view, EventCandidate c, Span scope, IReadOnlyList<AttributionMention> attributions)
    {
        var tokens = view.Tokens;
        var all = view.Entities[c.Sentence].Where(e => scope.Contains(e.Span)).ToList();
        var actors = all.Where(e => e.Kind is not (EntityKind.Media or EntityKind.Monitor) && !attributions.Any(a => a.Span.Contains(e.Span))).ToList();
        var triggerEnd = tokens[c.Trigger.Last].Span.End;
        var marker = TargetMarkerAfter(view, c.Trigger.Last, scope);
        var markerStart = marker >= 0 ? tokens[marker].Span.Start : int.MaxValue;
        // «تعرضت قاعدة تستضيف قوات أمريكية لقصف»: who suffered it stands before, whoever did it is named after «شنه»
        if (c.Suffered)
        {
            c.Target = actors.LastOrDefault(e => e.Span.End <= tokens[c.Trigger.First].Span.Start);
            c.Agent = LaunchedBy(view, actors, c.Trigger.Last, scope);
            return;
        }
        // «مقتل العقيد خالد»: who follows a killing word is its victim, not its agent
        if (c.Trigger.Value.Class == TriggerClass.Kill)
        {
            c.Target = actors.FirstOrDefault(e => e.Span.Start >= triggerEnd && view.WordDistance(c.Trigger.Last, e.Span) <= 3);
            c.Agent = LaunchedBy(view, actors, c.Trigger.Last, scope);
            return;
        }
        c.Target = marker >= 0 ? actors.FirstOrDefault(e => e.Span.Start > markerStart && view.WordDistance(marker, e.Span) <= ActorReach) : null;
        // a device («عبوة ناسفة», «انفجار») has no agent after it: «عبوة ناسفة ... بعربة للجيش التركي» names the target
        var device = c.Trigger.Value.Class is TriggerClass.Bombing or TriggerClass.Explosion;
        var victimsFrom = c.KillBefore is { } k ? tokens[k].Span.End : int.MaxValue;
        if (c.KillBefore is not null)
            c.Target ??= actors.FirstOrDefault(e => e.Span.Start >= victimsFrom && e.Span.End <= tokens[c.Trigger.First].Span.Start);
        c.Agent = LaunchedBy(view, actors, c.Trigger.Last, scope)
            ?? (device ? null : actors.FirstOrDefault(e => e.Span.Start >= triggerEnd && e.Span.Start < markerStart && view.WordDistance(c.Trigger.Last, e.Span) <= 3))
            ?? actors.LastOrDefault(e => e.Span.End <= tokens[c.Trigger.First].Span.Start && e.Span.Start < victimsFrom && view.WordDistance(c.Trigger.First, e.Span) <= 4)
            ?? AnnouncingForce(view, c, attributions);
        if (marker < 0)
            c.Target ??= actors.FirstOrDefault(e => e.Span.Start >= triggerEnd && e != c.Agent && view.WordDistance(c.Trigger.Last, e.Span) <= ActorReach);
    }

    private const int ActorReach = 8;

    // «هجوم شنه مسلحون من تنظيم داعش», «عملية نفذها الجهاز»: the actor after «شنه/نفذه/تبناه» is the agent
    private static EntityMention? LaunchedBy(ArticleView view, List<EntityMention> actors, int trigger, Span scope)
    {
        for (var i = trigger + 1; i < view.Tokens.Count && view.Tokens[i].Span.End <= scope.End && i - trigger <= 3; i++)
        {
            if (!LaunchVerbs.Contains(view.Tokens[i].Form))
                continue;
            var after = view.Tokens[i].Span.End;
            return actors.FirstOrDefault(e => e.Span.Start >= after && view.WordDistance(i, e.Span) <= 5);
        }
        return null;
    }

    private static int TargetMarkerAfter(ArticleView view, int trigger, Span scope)
    {
        for (var i = trigger + 1; i < view.Tokens.Count && view.Tokens[i].Span.End <= scope.End && i - trigger <= 4; i++)
        {
            var t = view.Tokens[i];
            if (TargetMarkers.Contains(t.Form) || t.Readings.Any(r => r.Prefix.Length == 0 && TargetMarkers.Contains(r.Stem)))
                return i;
        }
        return -1;
    }

    private static EntityMention? AnnouncingForce(ArticleView view, EventCandidate c, IReadOnlyList<AttributionMention> attributions)
    {
        var source = attributions.FirstOrDefault(a => a.Kind == AttributionKind.Speech && a.Span.End <= view.Tokens[c.Trigger.First].Span.Start);
        return source is null ? null : view.Entities[c.Sentence].FirstOrDefault(e => source.Span.Contains(e.Span)
            && e.Kind is EntityKind.StateForce or EntityKind.Government or EntityKind.ArmedGroup);
    }
}
