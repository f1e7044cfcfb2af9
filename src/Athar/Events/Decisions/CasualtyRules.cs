using System.Collections.Frozen;
using Athar.Actors;
using Athar.Events.Rules;
using Athar.Text;
using Athar.Text.Lexicons;

namespace Athar.Events.Decisions;

/// <summary>
/// How many were killed, injured or detained, read in the clause (else the sentence up to it): «مقتل 3», «16
/// قتيلاً», «مقتل ثلاثة مدنيين و16 من المسلحين وثلاثة عناصر» (a sum), «قتل ضابط و(4) جنود» (a bare noun counts
/// one), «ما أسفر عن مقتلهم» (the count named earlier), «قتلت فيها أبا بكر البغدادي» (one person), «مقتل كل من
/// X، وY، وZ». Killed and injured are separate: «قُتل ثلاثة وأصيب خمسة آخرون» is 3 killed, 5 injured. A
/// breakdown («بينهم 4 من الشرطة») is not added, and vague quantities («عشرات») give no count.
/// </summary>
internal sealed class CasualtyRules(EventLexicon lexicon, RuleBook rules) : ICasualtyDecision
{
    /// <summary>More people than this in one incident is a misread number, not a count.</summary>
    public const long MaxCount = 10_000_000;

    // «5 جنود عراقيين قتلوا»: the number, its noun and an adjective before the verb
    private const int NumberBeforeReach = 3;

    private static readonly FrozenDictionary<string, int> PeopleNouns = Lexicon.Rows("Events/people-nouns.tsv")
        .ToFrozenDictionary(r => MatchingForm.Of(r[0]), r => r.Length > 1 ? int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture) : 1);

    public CasualtyChoice Decide(MentionContext clause, TypeChoice type)
    {
        var found = Read(clause, clause.Clause);
        if (found.Killed is null && found.Injured is null && found.Detained is null && rules.On("casualty.sentence"))
        {
            var (first, _) = clause.View.Ranges[clause.Sentence];
            found = Read(clause, (first, clause.Clause.End));
        }
        // «سقطت المسيرة في أرض زراعية ولم تتسبب في خسائر», «عدم وقوع إصابات، إلا أن إطلاق النار …»: nobody killed is a
        // count, 0, wherever the sentence says it
        if (found.Killed is null && rules.On("casualty.none") && NoLosses(clause) is { } none)
            found = found with { Killed = Decision.By("casualty.none", none) };
        return found;
    }

    private EventCount? NoLosses(MentionContext clause)
    {
        var (first, end) = clause.View.Ranges[clause.Sentence];
        return lexicon.Phrases("no-losses").FindAll(clause.View.Tokens, first, end) is [var m, ..]
            ? new EventCount(0, clause.View.Document.Slice(m.SpanIn(clause.View.Tokens)), m.SpanIn(clause.View.Tokens))
            : null;
    }

    private CasualtyChoice Read(MentionContext clause, (int First, int End) scope)
    {
        var view = clause.View;
        var numbers = view.Numbers[clause.Sentence].Where(n => n.Kind == NumberKind.Cardinal && !view.Dates[clause.Sentence].Any(d => d.Span.Overlaps(n.Span))).ToList();
        var cues = lexicon.Casualties.FindAll(view.Tokens, scope.First, scope.End);
        Decision<EventCount>? killed = null, injured = null, detained = null;
        foreach (var cue in cues)
        {
            if (Count(view, clause.Sentence, cue, scope, numbers) is not { } count)
                continue;
            ref var current = ref cue.Value == CountKind.Killed ? ref killed : ref cue.Value == CountKind.Injured ? ref injured : ref detained;
            // «قُتل ثلاثة شرطيين … وأسفرت كذلك عن مقتل ستة من المسلحين»: the other side's dead add up
            if (current is { } earlier && rules.On("casualty.also-adds") && Also(view, cue, scope.First))
                current = Decision.By("casualty.also-adds", new EventCount(earlier.Value.Count + count.Value.Count, earlier.Value.Text + " + " + count.Value.Text, earlier.Value.Span.Cover(count.Value.Span)));
            // «… وأسفرت كذلك عن مقتل ستة» with the first count in another clause: the incident adds them (CountPicker)
            else if (current is null && cue.Value == CountKind.Killed && rules.On("casualty.also-across") && Also(view, cue, scope.First))
                current = count with { Rule = AlsoAcross };
            else if (current is null || current.Value.Value.Count < count.Value.Count)
                current = count;
        }
        return new CasualtyChoice(killed, injured, detained);
    }

    private Decision<EventCount>? Count(ArticleView view, int sentence, PhraseMatch<CountKind> cue, (int First, int End) scope, List<NumberMention> numbers)
    {
        var tokens = view.Tokens;
        var cueSpan = cue.SpanIn(tokens);
        // «25 قتيلاً وجريحاً», «استشهاد وإصابة 8»: killed and injured together count neither (read from either word)
        if (rules.On("casualty.combined") && (Combined(view, cue, scope.End) || CombinedBefore(view, cue, scope.First)))
            return null;
        // «مقتل ثلاثة مدنيين و16 …»: numbers after the cue, joined by «و»
        if (rules.On("casualty.number-after") && SumAfter(view, numbers, cue.Last + 1, scope.End) is { } after)
            return Decision.By("casualty.number-after", after);
        // «خمسة أطفال وامرأة ورجل … قتلوا»: a sum standing before the cue, from its first number
        if (rules.On("casualty.sum-before") && numbers.FirstOrDefault(n => n.Span.End <= cueSpan.Start && view.WordDistance(cue.First, n.Span) <= rules.Value("casualty.sum-before")) is { } start
            && SumAfter(view, numbers, TokenRange.LowerBound(view.Tokens, start.Span.Start), cue.First) is { } sum && sum.Count > start.Value)
            return Decision.By("casualty.sum-before", sum);
        // «16 قتيلاً», «5 جنود … قتلوا»: a number right before the cue
        var before = numbers.LastOrDefault(n => n.Span.End <= cueSpan.Start && view.Distance(cue.First, n.Span) <= NumberBeforeReach);
        if (before is not null && rules.On("casualty.number-before"))
            return before.Value <= MaxCount ? Decision.By("casualty.number-before", new EventCount((int)before.Value, before.Text, before.Span)) : null;
        var last = tokens[cue.Last];
        // «مقتلهم»: the count named earlier in the sentence; «مقتله»: one
        if (!rules.On("casualty.pronoun"))
        {
            // the pronoun rule is off: «مقتلهم», «مقتله» count nothing
        }
        else if (Clitics.IsSeveral(cue.Enclitic) && numbers.LastOrDefault(n => n.Span.End <= cueSpan.Start) is { } earlier)
            return earlier.Value <= MaxCount ? Decision.By("casualty.pronoun", new EventCount((int)earlier.Value, earlier.Text, earlier.Span)) : null;
        else if (cue.Enclitic.Length > 0 && !Clitics.IsSeveral(cue.Enclitic))
            return Decision.By("casualty.pronoun", new EventCount(1, last.Text, last.Span));
        // «قتلت فيها أبا بكر البغدادي»: a named person right after the verb
        var person = view.Actors[sentence].FirstOrDefault(e => e.Kind == ActorKind.Person && e.Span.Start >= cueSpan.End && view.Distance(cue.Last, e.Span) <= 3);
        if (person is not null && rules.On("casualty.named-person"))
            return Decision.By("casualty.named-person", new EventCount(1, person.Text, person.Span));
        return rules.On("casualty.list") && CountList(view, cue.Last + 1, scope.End) is { } list ? Decision.By("casualty.list", list) : null;
    }

    /// <summary>The rule of a count said to come on top of another told elsewhere («كذلك», «أيضاً»).</summary>
    public const string AlsoAcross = "casualty.also-across";

    private bool Also(ArticleView view, PhraseMatch<CountKind> cue, int first)
    {
        var words = lexicon.Words("also");
        for (var j = cue.First - 1; j >= Math.Max(first, cue.First - 3); j--)
        {
            if (view.Tokens[j].IsOneOf(words))
                return true;
        }
        return false;
    }

    // «قتيلاً وجريحاً» read from «وجريحاً»: the other kind right before, with nothing counted after
    private bool CombinedBefore(ArticleView view, PhraseMatch<CountKind> cue, int first)
    {
        if (!cue.Prefix.StartsWith(Clitics.And) || cue.First - 1 < first)
            return false;
        var previous = lexicon.Casualties.LongestAt(view.Tokens, cue.First - 1, cue.First);
        return previous is { } p && p.Value != cue.Value
            && !(cue.Last + 1 < view.Tokens.Count && Annotations.StartingAt(view.Numbers[view.SentenceAt(view.Tokens[cue.Last].Span.Start)], view.Tokens[cue.Last + 1].Span.Start) is not null);
    }

    private bool Combined(ArticleView view, PhraseMatch<CountKind> cue, int end)
    {
        var next = cue.Last + 1;
        if (next >= end)
            return false;
        // «قتلوا وأصيب خمسة آخرون», «قتلوا وأصيب مدني بجروح» give each its own count; «قتيلاً وجريحاً» shares one
        var other = lexicon.Casualties.LongestAt(view.Tokens, next, end);
        return other is { } o && o.Value != cue.Value && o.Prefix.StartsWith(Clitics.And)
            && !(o.Last + 1 < end && (view.Numbers[view.SentenceAt(view.Tokens[next].Span.Start)].Any(n => n.Span.Start == view.Tokens[o.Last + 1].Span.Start)
                || IsSubjectNoun(view.Tokens[o.Last + 1].Form)));
    }

    // «وأصيب مدني»: a people noun as the verb's subject counts one; «قتيلاً وجريحاً مدنياً» ends in the accusative
    // alif of a noun that only qualifies the shared count
    private static bool IsSubjectNoun(string form) => PeopleNouns.ContainsKey(form) && !form.EndsWith('ا');

    private EventCount? SumAfter(ArticleView view, List<NumberMention> numbers, int from, int end)
    {
        var tokens = view.Tokens;
        var stops = lexicon.Words("count-stop");
        long total = 0;
        int parts = 0, gap = 0;
        var joined = true;
        var lastWasNumber = false; // the next part must be joined by «و» («ثلاثة مدنيين و16 مسلحاً»), not «لعائلة واحدة»
        Span? span = null;
        for (var i = from; i < end; i++)
        {
            var t = tokens[i];
            // «اعتقلت الشرطة، أمس الثلاثاء، 11 شخصاً»: before the first part, the subject and a date (with their commas) stand between
            if (parts == 0 && rules.On("casualty.subject-between") && Between(view, t))
                continue;
            // brackets and quotes sit inside a count («و(4) جنود», «"تحييد" 12 عنصراً»); other punctuation ends it
            if (t.Kind == TokenKind.Punct && !t.Is(Punct.OpeningBracket | Punct.ClosingBracket | Punct.DoubleQuote))
                break;
            // «قتل ثلاثة وأصيب خمسة آخرون», «قتل 10 بينهم 4 من الشرطة», «سبعة هم أربعة أطفال»: another count or a breakdown
            if (t.IsOneOf(stops) || lexicon.Casualties.LongestAt(tokens, i, end) is not null)
                break;
            var (value, partSpan, next) = Part(view, numbers, i);
            // «16 مسلحاً»: a people noun right after a number is what it counts, not a part of its own
            var isNumber = Annotations.StartingAt(numbers, t.Span.Start) is not null;
            if (value is not null && lastWasNumber && gap == 0 && !isNumber && !t.Form.StartsWith(Clitics.And))
                value = null;
            if (value is null)
            {
                // nouns between the parts of a sum («ثلاثة مدنيين و16 من المسلحين»); the first number must come soon
                if (++gap > (parts == 0 ? 2 : 3))
                    break;
                continue;
            }
            joined |= PrecededByAnd(tokens, from, i) || (t.Form.Length > 1 && t.Form[0] == Clitics.And && !lexicon.Words("one").Contains(t.Form));
            if (!joined)
                break;
            lastWasNumber = isNumber;
            total += Math.Min(value.Value, MaxCount + 1);
            parts++;
            span = span is { } s ? s.Cover(partSpan) : partSpan;
            gap = 0;
            joined = false;
            i = next - 1;
        }
        return parts == 0 || span is null || total > MaxCount ? null : new EventCount((int)total, view.Document.Slice(span.Value), span.Value);
    }

    private static bool Between(ArticleView view, Token t)
    {
        var s = view.SentenceAt(t.Span.Start);
        return t.Is(Punct.Comma) || view.Dates[s].Any(d => d.Span.Overlaps(t.Span)) || view.Actors[s].Any(e => e.Span.Overlaps(t.Span) && e.Kind != ActorKind.Person);
    }

    // «و(4) جنود»: «و» before the part, brackets and quotes between
    private static bool PrecededByAnd(IReadOnlyList<Token> tokens, int from, int i)
    {
        var j = i - 1;
        while (j > from && tokens[j].Is(Punct.OpeningBracket | Punct.OpeningQuote))
            j--;
        return j >= from && Clitics.Detached(tokens[j].Form) == Proclitic.And;
    }

    // A part of a sum: a number, or a noun that counts people by itself («ضابط» one, «عنصرين» two, «وامرأة» one)
    private static (long? Value, Span Span, int Next) Part(ArticleView view, List<NumberMention> numbers, int i)
    {
        var t = view.Tokens[i];
        if (Annotations.StartingAt(numbers, t.Span.Start) is { } number) // a binary search, not a scan per token
            return ((long)number.Value, number.Span, TokenRange.LowerBound(view.Tokens, number.Span.End));
        foreach (var r in t.Readings)
        {
            if (PeopleNouns.TryGetValue(r.Stem, out var people) && r.AtMost(Proclitic.And | Proclitic.Article))
                return (people, r.Proclitics.HasFlag(Proclitic.And) ? new Span(Clitics.StemStart(t, r.Prefix), t.Span.End) : t.Span, i + 1);
        }
        return (null, default, i + 1);
    }

    // «مقتل كل من "سروت عبدي، وعدنان ذكي، ومحمد غالب"»: count the listed names
    private static EventCount? CountList(ArticleView view, int from, int end)
    {
        var tokens = view.Tokens;
        if (FunctionWords.Default.Phrases("each-of").LongestAt(tokens, from, end) is not { } each)
            return null;
        var items = 1;
        var last = each.Last;
        for (var i = each.Last + 1; i < end; i++)
        {
            if (tokens[i].Is(Punct.Period | Punct.Semicolon))
                break;
            if (tokens[i].Is(Punct.Comma))
                items++;
            last = i;
        }
        var span = new Span(tokens[from].Span.Start, tokens[last].Span.End);
        return new EventCount(items, view.Document.Slice(span), span);
    }
}
