using Athar.Events.Rules;
using Athar.Places;
using Athar.Time;

namespace Athar.Events.Segmentation;

/// <summary>
/// What news convention supplies when a report leaves it out, each value marked with its basis: the lead's
/// place for lead incidents, the round-up marker's place for its scope; the date of the announcement that
/// reports it; for an undated lead report the day before publication or that day; for an undated report later
/// in the article the date of the incident told just before it in the same scope, else the publication window
/// (news reports what just happened) unless the sentence tells the past («وكان … قد»).
/// </summary>
internal sealed class Conventions(RuleBook rules, EventLexicon lexicon)
{
    public void Apply(ArticleView view, List<Incident> incidents, Scopes scopes)
    {
        var lead = Lead.Length(view, rules);
        var leadPlace = Enumerable.Range(0, lead).SelectMany(s => view.Places[s]).FirstOrDefault(p => p.Precision != PlacePrecision.Country);
        var dated = incidents.Where(e => e.Date?.Value.Start is not null).ToList();
        foreach (var e in incidents.OrderBy(e => e.FirstSentence))
        {
            var first = e.FirstSentence;
            if (e.Place is null)
                FillPlace(e, first < lead ? leadPlace : null, scopes.PlaceOf(e.Scope));
            // «وكان المخيم قد تعرض لقصف يوم 10 أيلول»: «المخيم» is the place of the incident told before
            if (e.Place is null && rules.On("conv.place-back-reference") && NamesPlaceBack(e)
                && incidents.Where(o => o.Place is not null && o.FirstSentence < first).MaxBy(o => o.FirstSentence) is { } before)
            {
                e.Place = before.Place!.Value with { Rule = "conv.place-back-reference" };
                e.PlaceBasis = ArgumentBasis.Mention;
                e.Trace.Add(new TraceStep("where", e.Place.Value.Value.Text, "conv.place-back-reference", 1));
            }
            if (e.Date is not null)
                continue;
            if (rules.On("conv.statement-date") && e.Mentions.Select(m => m.Date.Statement).FirstOrDefault(d => d is not null) is { } said)
            {
                // «أعلنت قسد، مساء الخميس، سيطرتها على البلدة»: done by the time it was announced
                Set(e, Decision.By("conv.statement-date", said), ArgumentBasis.Statement);
            }
            else if (first < lead && rules.On("conv.lead-window"))
            {
                Window(e, view, "conv.lead-window");
            }
            else if (rules.On("conv.context-date") && e.Place is { Value.Precision: not PlacePrecision.Country } && NearestDated(dated, e) is { } near)
            {
                Set(e, near.Date!.Value with { Rule = "conv.context-date" }, ArgumentBasis.Context);
                dated.Add(e);
            }
            else if (rules.On("conv.body-window") && e.Place is { Value.Precision: not PlacePrecision.Country } && !TellsThePast(view, first))
            {
                Window(e, view, "conv.body-window");
            }
        }
    }

    private void FillPlace(Incident e, PlaceMention? leadPlace, PlaceMention? scopePlace)
    {
        if (scopePlace is not null && rules.On("conv.scope-place"))
        {
            e.Place = Decision.By("conv.scope-place", scopePlace);
            e.PlaceBasis = ArgumentBasis.Lead;
        }
        else if (leadPlace is not null && rules.On("conv.lead-place"))
        {
            e.Place = Decision.By("conv.lead-place", leadPlace);
            e.PlaceBasis = ArgumentBasis.Lead;
        }
        if (e.Place is { } p)
            e.Trace.Add(new TraceStep("where", p.Value.Text, p.Rule, p.Score));
    }

    private bool NamesPlaceBack(Incident e)
    {
        var words = lexicon.Words("place-anaphor");
        return e.Mentions.Any(m => Enumerable.Range(m.Clause.Clause.First, m.Clause.Clause.End - m.Clause.Clause.First)
            .Any(i => m.Clause.View.Tokens[i].Readings.Any(r => r.HasArticle && words.Contains(r.Stem))));
    }

    private static void Set(Incident e, Decision<DateMention> date, ArgumentBasis basis)
    {
        e.Date = date;
        e.DateBasis = basis;
        e.Trace.Add(new TraceStep("when", date.Value.Text, date.Rule, date.Score));
    }

    private static void Window(Incident e, ArticleView view, string rule)
    {
        if (Lead.Window(view) is not { } window)
            return;
        e.Window = window;
        e.DateBasis = ArgumentBasis.Publication;
        e.Trace.Add(new TraceStep("when", $"{window.Start:yyyy-MM-dd}..{window.End:yyyy-MM-dd}", rule, 1));
    }

    // The incident told nearest before (or, failing that, after) within a few sentences, in the same scope.
    private Incident? NearestDated(List<Incident> dated, Incident e) =>
        dated.Where(d => d != e && d.Scope == e.Scope && d.SentencesFrom(e.FirstSentence) <= rules.Value("conv.context-date"))
            .OrderBy(d => d.FirstSentence < e.FirstSentence ? 0 : 1).ThenBy(d => d.SentencesFrom(e.FirstSentence)).FirstOrDefault();

    // «وكان التنظيم قد نفذ …», «يذكر أن …»: the sentence tells what happened before the news
    private bool TellsThePast(ArticleView view, int sentence)
    {
        var (first, end) = view.Ranges[sentence];
        return lexicon.BackgroundOpeners.LongestAt(view.Tokens, first, end) is not null
            || lexicon.Phrases("past").LongestAt(view.Tokens, first, end) is not null;
    }
}
