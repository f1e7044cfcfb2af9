using Athar.Attribution;
using Athar.Events.Rules;
using Athar.Text;
using Athar.Time;

namespace Athar.Events.Decisions;

/// <summary>
/// The date decision by rules: the nearest, most exact date of the clause, then of the sentence up to the
/// clause — except the date of the statement that reports it («قالت القيادة أمس إنها ألقت القبض … يوم 28»),
/// which is kept aside for when nothing else dates the incident.
/// </summary>
internal sealed class DateRules(EventLexicon lexicon, RuleBook rules) : IDateDecision
{
    public DateChoice Decide(MentionContext clause, TypeChoice type)
    {
        var trigger = type.Head.Hit.First;
        var attributions = clause.View.Attributions[clause.Sentence];
        var date = (rules.On("date.clause") ? Pick(clause, trigger, clause.ClauseSpan, attributions, "date.clause") : null)
            ?? (rules.On("date.governing") ? Pick(clause, trigger, clause.Governing, attributions, "date.governing") : null);
        var statement = date is null && rules.On("date.statement")
            ? clause.View.Dates[clause.Sentence].Where(d => clause.Governing.Contains(d.Span) && d.Start is not null && attributions.Any(a => IsStatementDate(clause.View, a, d)))
                .OrderBy(d => clause.View.WordDistance(trigger, d.Span)).FirstOrDefault()
            : null;
        return new DateChoice(date, statement);
    }

    private Decision<DateMention>? Pick(MentionContext clause, int trigger, Span scope, IReadOnlyList<AttributionMention> attributions, string rule)
    {
        var view = clause.View;
        // an expression that could not be resolved («بعد يوم دموي» with no anchor) dates nothing
        var dates = view.Dates[clause.Sentence].Where(d => scope.Contains(d.Span) && d.Start is not null && !(rules.On("date.not-since") && Since(view, d))
            && !(rules.On("date.statement") && attributions.Any(a => IsStatementDate(view, a, d)))).ToList();
        if (dates.Count == 0)
            return null;
        var best = dates.OrderBy(d => view.WordDistance(trigger, d.Span) + (rules.On("date.exact-first") ? Vagueness(d) : 0)).First();
        return Decision.By(rule, best);
    }

    // «بعد هدوء ساد المنطقة منذ آذار الماضي»: a date after «منذ» or «حتى» bounds a state, it does not date an incident
    private bool Since(ArticleView view, DateMention d)
    {
        var i = Text.TokenRange.LowerBound(view.Tokens, d.Span.Start);
        var words = lexicon.Words("since");
        return view.Tokens[i].Readings.Any(r => words.Contains(r.Stem)) || (i > 0 && words.Contains(view.Tokens[i - 1].Form));
    }

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

    // «كشف الجهاز، اليوم الجمعة، أن …», «أعلنت قسد، مساء الخميس، سيطرتها»: a date right after the speaker (and
    // before any «أن/إن») dates the statement; «أفاد المرصد بمقتل أربعة عناصر … مساء أمس» dates the incident
    private bool IsStatementDate(ArticleView view, AttributionMention a, DateMention d)
    {
        if (a.Kind != AttributionKind.Speech || d.Span.Start < a.Cue.Span.End)
            return false;
        var tokens = view.Tokens;
        var sourceEnd = TokenRange.LowerBound(tokens, Math.Max(a.Span.End, a.Cue.Span.End)) - 1;
        var dateStart = TokenRange.LowerBound(tokens, d.Span.Start);
        if (view.WordDistance(sourceEnd, d.Span) > rules.Value("date.statement"))
            return false;
        for (var i = sourceEnd + 1; i < dateStart; i++)
        {
            if (FunctionWords.Default.Is(tokens[i], "complementiser"))
                return false;
        }
        return true;
    }
}
