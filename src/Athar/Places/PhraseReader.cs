using Athar.Text;
using static Athar.Places.PlaceTokens;

namespace Athar.Places;

/// <summary>
/// Reads place phrases around gazetteer names and after cue words, then links each phrase to the admin
/// context phrase that follows it through linker words («التابعة ل», «في», «بـ», commas, quotes).
/// </summary>
internal sealed class PhraseReader(PlaceLexicon lexicon)
{
    private const int MaxLinkGap = 6;
    private const int MaxQuotedNameWords = 4;
    private static readonly DistanceReader Distances = new();

    public List<PlacePhrase> Read(IReadOnlyList<Token> tokens, IReadOnlyList<NameMatch> matches, IReadOnlyList<Sentence> sentences)
    {
        var known = new PlacePhrase?[tokens.Count]; // the gazetteer-name phrase each token is part of
        var phrases = new List<PlacePhrase>(matches.Count);
        foreach (var match in matches)
        {
            if (lexicon.Ambiguous.TryGetValue(match.Name.Form, out var rule) && rule.Never)
                continue; // «تل», «عين»: never a place alone, so free to head an unknown name («قرية تل حلاوة»)
            var phrase = Around(tokens, match);
            phrases.Add(phrase);
            for (var k = phrase.First; k <= phrase.Last; k++)
                known[k] = phrase;
        }
        var listed = new List<PlacePhrase>();
        foreach (var p in phrases.Where(p => p.Cue is { Plural: true }).ToList())
            listed.AddRange(ListItems(tokens, p.CueToken, Readings(tokens[p.CueToken]).First(r => lexicon.Cues.ContainsKey(r.Stem)), p.Cue!, p.CueText!, p.Last + 1, known));
        phrases.AddRange(listed);
        phrases.AddRange(ThisCountryPhrases(tokens, known));
        for (var i = 0; i < tokens.Count; i++)
        {
            if (known[i] is null && Find(tokens[i], lexicon.Cues, out var cue) is { } reading && cue!.Kind != CueKind.Countryside)
                phrases.AddRange(UnknownNames(tokens, i, reading, cue, known));
        }
        phrases.Sort((a, b) => a.First.CompareTo(b.First));
        new OrgNameFilter(lexicon).Apply(tokens, phrases, sentences);
        phrases.RemoveAll(p => p.Suppressed);
        Link(tokens, phrases);
        return phrases;
    }

    private PlacePhrase Around(IReadOnlyList<Token> tokens, NameMatch match)
    {
        var hashtag = match.First > 0 && tokens[match.First - 1].Is(Punct.Hash) && tokens[match.First - 1].Span.End == tokens[match.First].Span.Start;
        var first = match.First;
        var firstReading = match.Reading;
        var before = match.First - 1;
        while (before >= 0 && match.First - before <= 2 && tokens[before].Is(Punct.Quote | Punct.Hash))
            before--;

        Cue? cue = null;
        string? cueText = null;
        if (before >= 0 && match.Reading.Prefix.Length == 0 && Find(tokens[before], lexicon.Cues, out var c) is { } cueReading)
        {
            cue = c;
            first = before;
            firstReading = cueReading;
            cueText = tokens[before].Text[(StemStart(tokens[before], cueReading) - tokens[before].Span.Start)..];
            before--;
        }

        Direction? direction = null;
        // «الريف الشرقي لمدينة سلمية», «الريف الشمالي الغربي من حماة»: the named place's countryside that way
        // (a cue of its own stays for ranking: «لمدينة سلمية» is the town, and its countryside lies around the town)
        var definiteCountryside = false;
        if (DefiniteCountryside(tokens, before, firstReading.Prefix) is { } countryside)
        {
            (direction, first, before, definiteCountryside) = (countryside.Direction, countryside.Token, countryside.Token - 1, true);
            firstReading = new CliticReading(countryside.Prefix, countryside.Cue);
            if (cue is null)
                (cue, cueText) = (lexicon.Cues[countryside.Cue], tokens[first].Text[(StemStart(tokens[first], firstReading) - tokens[first].Span.Start)..]);
        }
        for (var n = 0; n < 2 && before >= 0 && Find(tokens[before], lexicon.DirectionsBefore, out var d) is { } dirReading; n++)
        {
            direction = direction is { } later ? d.Combine(later) : d;
            first = before;
            firstReading = dirReading;
            before--;
        }
        var directionBefore = direction is not null;
        var far = false;
        if (before >= 0 && Readings(tokens[before]).FirstOrDefault(r => lexicon.FarWords.Contains(r.Stem)) is { Stem: not null } farReading)
        {
            far = true;
            first = before;
            firstReading = farReading;
        }

        var last = match.Last;
        for (var n = 0; n < 2 && last + 1 < tokens.Count && lexicon.DirectionsAfter.TryGetValue(tokens[last + 1].Form, out var after); n++)
        {
            direction = direction is { } earlier ? earlier.Combine(after) : after;
            last++;
        }

        return new PlacePhrase
        {
            First = first,
            Start = StemStart(tokens[first], firstReading),
            Last = last,
            NameFirst = match.First,
            NameLast = match.Last,
            NameSpan = match.Span,
            Name = match.Name,
            Prefix = firstReading.Prefix,
            Cue = cue,
            CueText = cueText,
            CueToken = cue is null ? -1 : first,
            Direction = direction,
            Far = far,
            DirectionBefore = directionBefore,
            DefiniteCountryside = definiteCountryside,
            Hashtag = hashtag,
            AfterIndefiniteWord = first == match.First && match.Reading.Prefix.Length == 0 && match.First > 0 && IsIndefiniteWord(tokens[match.First - 1]),
        };
    }

    /// <summary>
    /// «الريف الشمالي الغربي من حماة», «بالريف الشرقي لمدينة سلمية»: before a name reached through «لـ» or «من», direction
    /// adjectives after the definite countryside word. Returns its token, the directions, the proclitics before «ال»
    /// and the cue word.
    /// </summary>
    private (int Token, Direction Direction, string Prefix, string Cue)? DefiniteCountryside(IReadOnlyList<Token> tokens, int before, string namePrefix)
    {
        if (Clitics.Parse(namePrefix) != Proclitic.To)
        {
            if (before < 0 || !FunctionWords.Default.Is(tokens[before], "from"))
                return null;
            before--;
        }
        Direction? direction = null;
        for (var n = 0; n < 2 && before >= 0 && lexicon.DirectionsAfter.TryGetValue(tokens[before].Form, out var d); n++, before--)
            direction = direction is { } later ? d.Combine(later) : d;
        if (direction is not { IsCentre: false } way || before < 0 || !tokens[before].IsWord)
            return null;
        foreach (var r in tokens[before].Readings)
        {
            if (r.HasArticle && lexicon.IsCountrysideCue(r.Stem))
                return (before, way, r.Prefix[..^Clitics.Article.Length], r.Stem);
        }
        return null;
    }

    /// <summary>«غرب البلاد», «شمالي البلاد»: a direction of the article's own country.</summary>
    private IEnumerable<PlacePhrase> ThisCountryPhrases(IReadOnlyList<Token> tokens, PlacePhrase?[] known)
    {
        for (var k = 1; k < tokens.Count; k++)
        {
            if (known[k] is not null || known[k - 1] is not null || !tokens[k].IsWord || !lexicon.ThisCountry.Contains(tokens[k].Form)
                || Find(tokens[k - 1], lexicon.DirectionsBefore, out var direction) is not { } reading || direction.IsCentre)
                continue;
            var first = k - 1;
            if (first > 0 && known[first - 1] is null && Find(tokens[first - 1], lexicon.DirectionsBefore, out var before) is { } beforeReading && !before.IsCentre)
                (first, reading, direction) = (first - 1, beforeReading, before.Combine(direction)); // «جنوب شرقي البلاد»
            yield return new PlacePhrase
            {
                First = first,
                Start = StemStart(tokens[first], reading),
                Last = k,
                NameFirst = k,
                NameLast = k,
                NameSpan = tokens[k].Span,
                ThisCountry = true,
                Prefix = reading.Prefix,
                Direction = direction,
                DirectionBefore = true,
            };
        }
    }

    /// <summary>Names after a cue word that the gazetteer does not know («قرية “كفر جنّة”», «قريتي الصيادة واليالني»).</summary>
    private IEnumerable<PlacePhrase> UnknownNames(IReadOnlyList<Token> tokens, int cueIndex, CliticReading cueReading, Cue cue, PlacePhrase?[] known)
    {
        if (cueIndex > 0 && IsCount(tokens[cueIndex - 1]))
            yield break; // «ستين قرية بينها أربعون»: a counted noun, not a name's cue
        var cueText = tokens[cueIndex].Text[(StemStart(tokens[cueIndex], cueReading) - tokens[cueIndex].Span.Start)..];
        var j = cueIndex + 1;
        if (j + 1 < tokens.Count && tokens[j].Is(Punct.Hash) && tokens[j].Span.End == tokens[j + 1].Span.Start)
            j++; // «بلدة #كفرنبودة»
        if (j < tokens.Count && tokens[j].Is(Punct.Quote))
        {
            var end = j + 1;
            while (end < tokens.Count && tokens[end].IsWord && known[end] is null && end - j <= MaxQuotedNameWords)
                end++;
            if (end > j + 1 && end < tokens.Count && tokens[end].Is(Punct.Quote) && end - j - 1 <= MaxQuotedNameWords && IsNameWord(tokens[j + 1].Form))
                yield return Unknown(tokens, cueIndex, cueReading, cue, cueText, j + 1, end - 1, tokens[j + 1].Span.Start);
            yield break;
        }
        var name = BareName(tokens, j, tokens[Math.Min(j, tokens.Count - 1)].Form, cue, known);
        if (name is not { } n)
            yield break;
        var unknown = Unknown(tokens, cueIndex, cueReading, cue, cueText, j, n, tokens[j].Span.Start);
        unknown.Aside = BracketedDirection(tokens, n + 1);
        yield return unknown;
        foreach (var item in ListItems(tokens, cueIndex, cueReading, cue, cueText, n + 1, known))
            yield return item;
    }

    /// <summary>A number before a cue word («ستين قرية», «3 قرى», «ثالث قرية»): it counts the places rather than names them.</summary>
    private static bool IsCount(Token t) =>
        t.Kind == TokenKind.Number
        || (t.IsWord && (NumberWords.Default.TryGetAny(t.Form, out _) || NumberWords.Default.TryGet(Clitics.Article + t.Form, NumberWords.WordClass.Ordinal, out _)));

    /// <summary>«(جنوب)», «(جنوب شرق)» starting at token k: the direction, or null.</summary>
    private Direction? BracketedDirection(IReadOnlyList<Token> tokens, int k)
    {
        if (k >= tokens.Count || !tokens[k].Is(Punct.OpeningBracket))
            return null;
        Direction? direction = null;
        var m = k + 1;
        for (; m < tokens.Count && m - k <= 2 && tokens[m].IsWord && lexicon.DirectionsBefore.TryGetValue(tokens[m].Form, out var d) && !d.IsCentre; m++)
            direction = direction is { } first ? first.Combine(d) : d;
        return m < tokens.Count && tokens[m].Is(Punct.ClosingBracket) ? direction : null;
    }

    /// <summary>
    /// Further names of a list after a plural cue: «قريتي الصيادة واليالني», «بلدات ذيبان والشحيل». A gazetteer name in
    /// the list takes the list's cue, which vouches for it even if it is also a word («قرى العمقية والزيارة وزيزون»).
    /// </summary>
    private IEnumerable<PlacePhrase> ListItems(IReadOnlyList<Token> tokens, int cueIndex, CliticReading cueReading, Cue cue, string cueText, int next, PlacePhrase?[] known)
    {
        while (cue.Plural && next < tokens.Count && AndReading(tokens[next]) is { } andReading)
        {
            if (known[next] is { } member)
            {
                if (member.Cue is null && member.First == next)
                {
                    member.Cue = cue;
                    member.CueText = cueText;
                    member.CueToken = cueIndex;
                }
                next = member.Last + 1;
                continue;
            }
            if (BareName(tokens, next, andReading.Stem, cue, known) is not { } itemLast)
                yield break;
            yield return Unknown(tokens, cueIndex, cueReading, cue, cueText, next, itemLast, StemStart(tokens[next], andReading), andReading);
            next = itemLast + 1;
        }
    }

    private static CliticReading? AndReading(Token t)
    {
        foreach (var r in Readings(t))
        {
            if (r.Is(Proclitic.And))
                return r;
        }
        return null;
    }

    /// <param name="andReading">For a later name of a list, its «و» reading: the phrase starts at the name, not the cue.</param>
    private static PlacePhrase Unknown(
        IReadOnlyList<Token> tokens, int cueIndex, CliticReading cueReading, Cue cue, string cueText, int nameFirst, int nameLast, int nameStart, CliticReading? andReading = null) => new()
        {
            First = andReading is null ? cueIndex : nameFirst,
            Start = andReading is null ? StemStart(tokens[cueIndex], cueReading) : nameStart,
            Last = nameLast,
            NameFirst = nameFirst,
            NameLast = nameLast,
            NameSpan = new Span(nameStart, tokens[nameLast].Span.End),
            Prefix = (andReading ?? cueReading).Prefix,
            Cue = cue,
            CueText = cueText,
            CueToken = cueIndex,
        };

    /// <summary>Last token of an unquoted unknown name starting at j (one word, two after a name head), or null.</summary>
    private int? BareName(IReadOnlyList<Token> tokens, int j, string firstForm, Cue cue, PlacePhrase?[] known)
    {
        if (j >= tokens.Count || known[j] is not null || !tokens[j].IsWord || !IsNameWord(firstForm))
            return null;
        var definite = Clitics.HasArticle(firstForm);
        var head = lexicon.NameHeads.Contains(firstForm);
        // «مدينة كبيرة»: a city is named without the article only when it is a list's noun («مدينتي دوما وحرستا»)
        if (!definite && !head && cue.Kind == CueKind.City && !cue.Dual)
            return null;
        if (!definite && !cue.Dual && WordEndings.IsFeminineNisba(firstForm))
            return null; // an indefinite adjective: «ريفية», «حدودية»; after a dual in construct a noun: «بلدتي حمورية»
        if (!definite && !head && cue is { Kind: CueKind.Area, Plural: true, Dual: false })
            return null; // «مناطق سيطرته», «مناطق انتشاره», «مناطق نفوذ»: a noun in construct, not a name
        if (!definite && !head && cue.Plural && !cue.Dual && firstForm.EndsWith('ه'))
            return null; // a plural cue's feminine adjective: «قرى منكوبة», «بلدات مجاورة»
        var second = j + 1;
        if (head && second < tokens.Count && known[second] is { Cue: null, Prefix: "" } word && word.First == second && word.NameLast == second)
        {
            word.Suppressed = true; // «قرية تل حلاوة»: «حلاوة» is part of the unknown name, not the Jordanian village
            return second;
        }
        if (second >= tokens.Count || known[second] is not null || !tokens[second].IsWord || !IsNameWord(tokens[second].Form))
            return j;
        // a linker, cue or comma right after the first or second word marks where the name ends; «و» starts the next name,
        // except after a singular cue where the name ends right after it: «قرية قرت ويران الواقعة غرب مدينة منبج»
        if (IsBoundary(tokens, second))
            return j;
        if (!head && AndReading(tokens[second]) is not null)
            return !cue.Plural && (second + 1 >= tokens.Count || (IsBoundary(tokens, second + 1) && tokens[second + 1].IsWord)) && !EndsInPronoun(tokens[second].Form) ? second : j;
        if (second + 1 >= tokens.Count || IsBoundary(tokens, second + 1))
            return second;
        return head || (!definite && Clitics.HasArticle(tokens[second].Form)) ? second : j;
    }

    /// <summary>«ومحيطها», «وريفها»: a noun with a possessive pronoun is no part of a name.</summary>
    private static bool EndsInPronoun(string form) => Clitics.EncliticOf(form) is { Form.Length: > 1 };

    private bool IsBoundary(IReadOnlyList<Token> tokens, int k)
    {
        var t = tokens[k];
        return !t.IsWord || Find(t, lexicon.Linkers) is not null || Find(t, lexicon.Cues, out _) is not null
               || Find(t, lexicon.DirectionsBefore, out _) is not null || lexicon.DirectionsAfter.ContainsKey(t.Form);
    }

    private bool IsIndefiniteWord(Token t) =>
        t.IsWord && !Clitics.HasArticle(t.Form) && !lexicon.IsGrammarWord(t.Form) && Find(t, lexicon.Linkers) is null;

    private bool IsNameWord(string form) => lexicon.NameHeads.Contains(form) || (form.Length >= 2 && ArabicCharacters.IsArabicLetter(form[0]) && !lexicon.NotNames.Contains(form) && !lexicon.Linkers.Contains(form)
        && !lexicon.Cues.ContainsKey(form) && !lexicon.DirectionsBefore.ContainsKey(form) && !lexicon.DirectionsAfter.ContainsKey(form)
        && !lexicon.OrgWords.ContainsKey(form));

    /// <summary>Links each phrase to the next one when only linkers, commas and quotes stand between them.</summary>
    private void Link(IReadOnlyList<Token> tokens, List<PlacePhrase> phrases)
    {
        for (var i = 0; i + 1 < phrases.Count; i++)
        {
            var p = phrases[i];
            var q = phrases[i + 1];
            if (q.First <= p.Last || q.Prefix.StartsWith(Clitics.And) || q.Prefix.StartsWith(Clitics.Then))
                continue;
            // «قرية خان السبل (23 كم جنوب شرق مدينة إدلب)»: how far the name lies from the reference, and which way
            var fromReference = q.DirectionBefore && q.Direction is { IsCentre: false };
            if (fromReference && Distances.Between(tokens, p.Last + 1, q.First, IsLinker) is { } km)
            {
                (p.Context, p.DistanceKm, q.IsContext, q.ContextFor) = (q, km, true, p);
                continue;
            }
            if (!OnlyLinkersBetween(tokens, p.Last + 1, q.First))
                continue;
            // side by side, a context starts with a preposition or a direction: «القامشلي بريف الحسكة», «أضنة جنوبي تركيا»
            if (q.First == p.Last + 1 && Find(tokens[q.First], lexicon.DirectionsBefore, out _) is null && !q.Prefix.StartsWith(Clitics.With) && !q.Prefix.StartsWith(Clitics.To))
                continue;
            // «التي تتبع إداريًا لمحافظة حلب ومنطقة جبل سمعان - ناحية تل الضمان»: units listed coarse to fine, the last holds it
            var k = i + 1;
            while (k + 1 < phrases.Count && IsUnitPhrase(q) && ListedUnit(tokens, phrases[k], phrases[k + 1]))
                k++;
            q = phrases[k];
            p.Context = q;
            q.IsContext = true;
            q.ContextFor = p;
            if (fromReference && Distances.After(tokens, q.Last + 1) is { } after)
                p.DistanceKm = after.Km; // «قرية تل شعير، غربي عين العرب بـ 5 كم»
        }
        // the names of a list share the context after the last one
        for (var i = phrases.Count - 2; i >= 0; i--)
        {
            if (phrases[i].CueToken >= 0 && phrases[i].CueToken == phrases[i + 1].CueToken)
                phrases[i].Context ??= phrases[i + 1].Context;
        }
    }

    private bool IsLinker(Token t) => Find(t, lexicon.Linkers) is not null;

    private static bool IsUnitPhrase(PlacePhrase p) =>
        p.Name is not null && p.Cue?.Kind is CueKind.Province or CueKind.District or CueKind.Subdistrict or CueKind.Area;

    /// <summary>b names a unit right after unit a, joined by «و» or a dash («ومنطقة جبل سمعان- ناحية تل الضمان»).</summary>
    private static bool ListedUnit(IReadOnlyList<Token> tokens, PlacePhrase a, PlacePhrase b)
    {
        if (!IsUnitPhrase(b) || b.IsDirectional)
            return false;
        if (b.First == a.Last + 1)
            return b.Prefix.StartsWith(Clitics.And);
        return b.First == a.Last + 2 && tokens[a.Last + 1].Is(Punct.Dash | Punct.Comma);
    }

    private bool OnlyLinkersBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (to - from > MaxLinkGap)
            return false;
        for (var k = from; k < to; k++)
        {
            var t = tokens[k];
            if (t.Is(Punct.Quote | Punct.Hash | Punct.Comma))
                continue;
            if (t.IsWord && Find(t, lexicon.Linkers) is not null)
                continue;
            // «قرية ام الحنطة في ريف ناحية جلولاء», «قرية أدعيرات شرق منطقة ربيضة»: around the unit named next
            if (k + 1 == to && t.IsWord && (Find(t, lexicon.DirectionsBefore, out _) is not null
                                            || (Find(t, lexicon.Cues, out var cue) is not null && cue!.Kind == CueKind.Countryside)))
                continue;
            return false;
        }
        return true;
    }
}
