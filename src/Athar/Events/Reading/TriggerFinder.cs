using Athar.Events.Rules;
using Athar.Text;

namespace Athar.Events.Reading;

/// <summary>
/// Reads the triggers of one clause and drops those that do not report an incident: negated, intended or
/// protested, a state or a campaign's name, a quantity of strikes, a series, one told for comparison, a purpose.
/// </summary>
internal sealed class TriggerFinder(EventLexicon lexicon, RuleBook rules)
{
    public List<TriggerReading> Read(ArticleView view, int sentence, (int First, int End) clause)
    {
        var tokens = view.Tokens;
        var hits = lexicon.Triggers.FindAll(tokens, clause.First, clause.End);
        if (rules.On("trigger.inside-name"))
        {
            // «قوات الأمن العام», «الاثنين» read as a date: words inside a name or a date are not triggers
            hits = hits.Where(h => !Annotations.AnyContains(view.Actors[sentence], view.SpanOf(h.First, h.Last))
                && !Annotations.AnyContains(view.Dates[sentence], view.SpanOf(h.First, h.Last))).ToList();
        }
        if (hits.Count == 0)
            return [];
        var filters = lexicon.Filters.FindAll(tokens, clause.First, clause.End);
        if (rules.On("trigger.series") && filters.Any(f => f.Value == FilterReason.Series))
            return [];
        var kept = new List<TriggerReading>();
        for (var h = 0; h < hits.Count; h++)
        {
            var hit = hits[h];
            // «بعد أسبوع من غارة مماثلة»: the clause tells an earlier incident, for comparison («تعرضت لقصف مماثل» is another today)
            // … and the rest of the clause tells that incident too («… غارة مماثلة استهدفت مدينة كفرنبل»)
            if (rules.On("trigger.comparison") && filters.Any(f => f.Value == FilterReason.Comparison && f.First == hit.Last + 1)
                && filters.Any(f => f.Value == FilterReason.Temporal && f.Last < hit.First && hit.First - f.Last <= rules.Value("trigger.comparison")))
                break;
            // «المعركة المرتقبة», «لأي هجوم محتمل»: not happened yet
            if (rules.On("trigger.future") && filters.Any(f => (f.Value == FilterReason.Idiom && f.First == hit.Last + 1)
                    || (f.Value == FilterReason.Future && f.First > hit.Last && f.First - hit.Last <= rules.Value("trigger.future"))))
                continue;
            if (Dropped(view, sentence, clause, hits, h, filters))
                continue;
            var subjected = IsPurpose(hit.Prefix) && AfterSubjectedTo(tokens, hit.First);
            var temporal = IsTemporal(tokens, filters, hits, h);
            kept.Add(new TriggerReading(hit, temporal, hit.HasArticle, subjected,
                temporal && filters.Any(f => f.Value == FilterReason.Temporal && f.Last < hit.First && hit.First - f.Last <= rules.Value("trigger.temporal", 1) && lexicon.Words("before").Contains(tokens[f.Last].Form))));
        }
        return kept;
    }

    private bool Dropped(ArticleView view, int sentence, (int First, int End) clause, List<PhraseMatch<TriggerEntry>> hits, int h, List<PhraseMatch<FilterReason>> filters)
    {
        var hit = hits[h];
        if (rules.On("trigger.negated") && filters.Any(f => f.Value is FilterReason.Negation or FilterReason.Intent or FilterReason.Protest or FilterReason.Cause
                && f.Last < hit.First && hit.First - f.Last <= rules.Value("trigger.negated")))
            return true;
        if (rules.On("trigger.state-or-name") && (Before(filters, hit, FilterReason.State, adjacent: true) || Before(filters, hit, FilterReason.Name, adjacent: true)))
            return true;
        if (rules.On("trigger.from-control") && Before(filters, hit, FilterReason.From, adjacent: true) && !hit.HasArticle && !Deed(view, clause, hit))
            return true;
        if (rules.On("trigger.quantity") && filters.Any(f => f.Value == FilterReason.Campaign && f.Last < hit.First && hit.First - f.Last <= rules.Value("trigger.quantity")))
            return true;
        // «معركة استعادة الموصل»: a battle word naming a campaign by its aim is a name, not an incident
        if (rules.On("trigger.campaign-aim") && hit.Value.Class == TriggerClass.Battle && h + 1 < hits.Count && hits[h + 1].First == hit.Last + 1)
            return true;
        // «لاعتقاله», «للسيطرة على»: a purpose, not a deed — unless «تعرّض … ل» (was subjected to)
        if (rules.On("trigger.purpose") && IsPurpose(hit.Prefix) && !(rules.On("trigger.subjected") && AfterSubjectedTo(view.Tokens, hit.First)))
            return true;
        var clauseSpan = view.SpanOf(clause.First, clause.End - 1);
        // «معركة الرقة», «معركة الموصل»: a battle named by its place is a campaign, not an incident of a day
        if (rules.On("trigger.named-battle") && hit.Value.Named && NamesPlaceNext(view, sentence, hit) && !HasDayDate(view, sentence, clauseSpan))
            return true;
        return rules.On("trigger.plural-needs-day") && hit.Value.Plural && !HasDayDate(view, sentence, clauseSpan) && !IsAnchored(view, sentence, clauseSpan);
    }

    // «قتل 16 مدنياً بغارات على بلدة صبيخان»: plural strikes with a toll or on a named settlement are this news, not a campaign
    private static bool IsAnchored(ArticleView view, int sentence, Span clause) =>
        view.Numbers[sentence].Any(n => clause.Contains(n.Span) && n.Kind == NumberKind.Cardinal)
        || view.Places[sentence].Any(p => clause.Contains(p.Span) && p.Precision <= Places.PlacePrecision.City);

    private static bool NamesPlaceNext(ArticleView view, int sentence, PhraseMatch<TriggerEntry> hit)
    {
        var next = hit.Last + 1;
        while (next < view.Tokens.Count && view.Tokens[next].Is(Punct.OpeningQuote | Punct.Hash))
            next++;
        return next < view.Tokens.Count && view.Places[sentence].Any(p => p.Span.Overlaps(view.Tokens[next].Span));
    }

    // «بعد سيطرة قسد», «بعد هزيمتهم في معركة الرقة»: a time word a few words before, with no other trigger between
    private bool IsTemporal(IReadOnlyList<Token> tokens, List<PhraseMatch<FilterReason>> filters, List<PhraseMatch<TriggerEntry>> hits, int h)
    {
        // «بعد ساعات من انفجار سيارة مفخخة»: a chain of triggers right after one another is read from its first
        var first = h;
        while (first > 0 && hits[first - 1].Last + 1 == hits[first].First)
            first--;
        var hit = hits[first];
        var reach = rules.On("trigger.temporal") ? rules.Value("trigger.temporal") : 1;
        return filters.Any(f => f.Value == FilterReason.Temporal && f.Last < hit.First && hit.First - f.Last <= reach
            && !hits.Any(o => o.First > f.Last && o.First < hit.First) && !(rules.On("trigger.hours-after") && Hours(tokens, f.Last, hit.First)));
    }

    // «بعد ساعات من انفجار سيارة مفخخة»: an incident hours before is this day's news, not a time reference
    private bool Hours(IReadOnlyList<Token> tokens, int from, int to)
    {
        var hours = lexicon.Words("hours");
        for (var i = from + 1; i < to; i++)
        {
            if (hours.Contains(tokens[i].Form))
                return true;
        }
        return false;
    }

    // «تمكنت من نسف مبنى»: «من» after a verb of ability leads to a deed, not out of a state — unless what was
    // blown up is the enemy's own device («تمكنت من تفجير عشر عجلات مفخخة»: made safe, not an attack)
    private bool Deed(ArticleView view, (int First, int End) clause, PhraseMatch<TriggerEntry> hit)
    {
        if (!rules.On("trigger.ability-deed") || hit.First < 2 || !lexicon.Words("ability").Contains(view.Tokens[hit.First - 2].Form))
            return false;
        var end = Math.Min(clause.End, hit.Last + 1 + (int)rules.Value("trigger.ability-deed"));
        return !lexicon.Means.FindAll(view.Tokens, hit.Last + 1, end).Any(m => m.Value.Means == Means.Explosive);
    }

    private static bool Before(List<PhraseMatch<FilterReason>> filters, PhraseMatch<TriggerEntry> hit, FilterReason reason, bool adjacent) =>
        filters.Any(f => f.Value == reason && f.Last < hit.First && (!adjacent || hit.First - f.Last == 1));

    private const int SubjectedToReach = 16;

    // «تعرض قيادي للخطف», «تعرضت القاعدة، مساء الأحد، لقصف»: the lam after «تعرض» is not a purpose
    private bool AfterSubjectedTo(IReadOnlyList<Token> tokens, int i)
    {
        var words = 0;
        for (var j = i - 1; j >= 0 && words < SubjectedToReach; j--)
        {
            if (!tokens[j].IsWord)
                continue;
            words++;
            if (tokens[j].Readings.Any(r => lexicon.SubjectedTo.Contains(r.Stem)))
                return true;
        }
        return false;
    }

    // The lam of purpose on a verbal noun: «لاعتقاله» (to arrest him), «للسيطرة» (to take control).
    private static bool IsPurpose(string prefix) =>
        (Clitics.Parse(prefix) & ~(Proclitic.And | Proclitic.Then | Proclitic.Article)) == Proclitic.To;

    private static bool HasDayDate(ArticleView view, int sentence, Span clause) =>
        view.Dates[sentence].Any(d => clause.Overlaps(d.Span) && d.Precision == Time.DatePrecision.Day && d.Start is not null);
}
