using System.Collections.Frozen;
using Athar.Actors;
using Athar.Text;

namespace Athar.Events;

/// <summary>
/// Reads how many were killed, injured or detained in a clause: «مقتل 3», «16 قتيلاً», «مقتل ثلاثة مدنيين
/// و16 من المسلحين وثلاثة عناصر» (a sum), «قتل ضابط و(4) جنود» (a bare noun counts one), «ما أسفر عن
/// مقتلهم» (the count named earlier), «قتلت فيها أبا بكر البغدادي» (one person), «مقتل كل من X، وY، وZ».
/// Vague quantities («عشرات») give no count: the number is not stated.
/// </summary>
internal sealed class CasualtyReader(EventLexicon lexicon)
{
    /// <summary>More people than this in one incident is a misread number, not a count.</summary>
    public const long MaxCount = 10_000_000;

    private static readonly FrozenDictionary<string, int> PeopleNouns = Text.EmbeddedLexicon.Rows("Events/people-nouns.tsv")
        .ToFrozenDictionary(r => MatchingForm.Of(r[0]), r => r.Length > 1 ? int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture) : 1);

    public void Fill(ArticleView view, EventCandidate c)
    {
        var scope = view.Ranges[c.Sentence];
        var numbers = view.Numbers[c.Sentence].Where(n => n.Kind == NumberKind.Cardinal && !view.Dates[c.Sentence].Any(d => d.Span.Overlaps(n.Span))).ToList();
        foreach (var cue in lexicon.Casualties.FindAll(view.Tokens, scope.First, scope.End))
        {
            if (Count(view, c.Sentence, cue, scope, numbers) is not { } count)
                continue;
            var current = cue.Value switch { CountKind.Killed => c.Killed, CountKind.Injured => c.Injured, _ => c.Detained };
            if (current is not null && current.Count >= count.Count)
                continue;
            switch (cue.Value)
            {
                case CountKind.Killed: c.Killed = count; break;
                case CountKind.Injured: c.Injured = count; break;
                default: c.Detained = count; break;
            }
        }
    }

    private static EventCount? Count(ArticleView view, int sentence, PhraseMatch<CountKind> cue, (int First, int End) scope, List<NumberMention> numbers)
    {
        var tokens = view.Tokens;
        var cueSpan = cue.SpanIn(tokens);

        // «16 قتيلاً», «5 جنود ... قتلوا»: a number right before the cue
        var before = numbers.LastOrDefault(n => n.Span.End <= cueSpan.Start && view.Distance(cue.First, n.Span) <= 2);
        // «مقتل ثلاثة مدنيين و16 ...»: numbers after the cue, joined by «و»
        var after = SumAfter(view, numbers, cue.Last + 1, scope.End);
        if (after is { } a)
            return a;
        if (before is not null)
            return before.Value <= MaxCount ? new EventCount((int)before.Value, before.Text, before.Span) : null;

        var last = tokens[cue.Last];
        // «مقتلهم»: the count named earlier in the sentence; «مقتله»: one
        if (cue.Enclitic is "هم" or "هن" && numbers.LastOrDefault(n => n.Span.End <= cueSpan.Start) is { } earlier)
            return earlier.Value <= MaxCount ? new EventCount((int)earlier.Value, earlier.Text, earlier.Span) : null;
        if (cue.Enclitic is "ه" or "ها")
            return new EventCount(1, last.Text, last.Span);
        // «قتلت فيها أبا بكر البغدادي»: a named person right after the verb
        var person = view.Entities[sentence].FirstOrDefault(e => e.Kind == EntityKind.Person && e.Span.Start >= cueSpan.End && view.Distance(cue.Last, e.Span) <= 3);
        if (person is not null)
            return new EventCount(1, person.Text, person.Span);
        return CountList(view, cue.Last + 1, scope.End);
    }

    private static EventCount? SumAfter(ArticleView view, List<NumberMention> numbers, int from, int end)
    {
        var tokens = view.Tokens;
        long total = 0;
        int parts = 0, gap = 0;
        Span? span = null;
        var i = from;
        // A bare singular noun first («قتل ضابط و(4) جنود») counts one, a dual («مقتل عنصرين») two
        if (i < end && PeopleNouns.TryGetValue(tokens[i].Form, out var people))
        {
            total = people;
            parts = 1;
            span = tokens[i].Span;
            i++;
        }
        for (; i < end; i++)
        {
            var t = tokens[i];
            // brackets and quotes sit inside a count («و(4) جنود», «"تحييد" 12 عنصراً»); other punctuation ends it
            if (t.Kind == TokenKind.Punct && t.Text is not ("(" or ")" or "\"" or "“" or "”" or "«" or "»"))
                break;
            var number = Annotations.StartingAt(numbers, t.Span.Start); // a binary search, not a scan per token
            if (number is null)
            {
                // nouns between the parts of a sum («ثلاثة مدنيين و16 من المسلحين»); the first number must come soon
                if (++gap > (parts == 0 ? 2 : 3))
                    break;
                continue;
            }
            total += (long)Math.Min(number.Value, MaxCount + 1);
            parts++;
            span = span is { } s ? s.Cover(number.Span) : number.Span;
            gap = 0;
            i = TokenRange.LowerBound(tokens, number.Span.End) - 1;
        }
        return parts == 0 || span is null || total > MaxCount ? null : new EventCount((int)total, view.Document.Slice(span.Value), span.Value);
    }

    // «مقتل كل من "سروت عبدي، وعدنان ذكي، ومحمد غالب"»: count the listed names
    private static EventCount? CountList(ArticleView view, int from, int end)
    {
        var tokens = view.Tokens;
        if (from + 1 >= end || tokens[from].Form != "كل" || tokens[from + 1].Form != "من")
            return null;
        var items = 1;
        var last = from + 1;
        for (var i = from + 2; i < end; i++)
        {
            if (tokens[i].Text is "." or "؛")
                break;
            if (tokens[i].Text is "،" or ",")
                items++;
            last = i;
        }
        var span = new Span(tokens[from].Span.Start, tokens[last].Span.End);
        return new EventCount(items, view.Document.Slice(span), span);
    }
}
