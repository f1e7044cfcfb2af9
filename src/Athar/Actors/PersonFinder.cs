using Athar.Text;

namespace Athar.Actors;

/// <summary>
/// Finds person names: after a cue («المدعو “محمود أوزدان”», «يدعى», «المكنى أبو خديجة»), after a title or rank
/// («وزير الداخلية التركي سليمان صويلو», «العقيد الركن خالد …»), as a kunya («أبو محمد الجولاني», «أبا بكر …» in
/// any case) or from a given name («أحمد الخبيل»). A role comes from the title before the name, an apposition
/// after it («…، زعيم تنظيم داعش») or a title shortly before a cue («أمير التنظيم في تركيا، المدعو …»); the
/// group named after the title becomes the person's parent. Names outside the catalogue get a transliteration.
/// </summary>
internal sealed class PersonFinder(ActorCatalogue catalogue, PersonLexicon lexicon, AgentLexicon agents, NameTransliterator transliterator)
{
    private static readonly string WithPrefix = Clitics.With.ToString();

    private const int CueRoleWindow = 6;

    public void Find(ActorScan scan)
    {
        var names = new NameReader(scan, lexicon, agents, transliterator);
        var known = new Dictionary<string, Found>(StringComparer.Ordinal);
        foreach (var f in scan.Found.Where(f => f.IsPerson))
            known.TryAdd(Key(scan, f.First, f.Last, ""), f);
        var i = 0;
        while (i < scan.Tokens.Count)
        {
            if (!scan.Can(i, WordFlags.Title | WordFlags.Kunya | WordFlags.GivenName) || !scan.IsFree(i))
            {
                i++;
                continue;
            }
            if (PlaceAt(scan, i) is { } place)
            {
                i = place + 1; // «الشيخ ناصر», «أبو كمال»: no part of a place name starts a person
                continue;
            }
            var next = FromCue(scan, names, known, i) ?? FromTitle(scan, names, known, i) ?? FromKunya(scan, names, known, i) ?? FromGivenName(scan, names, known, i);
            i = next ?? i + 1;
        }
    }

    private int? FromCue(ActorScan scan, NameReader names, Dictionary<string, Found> known, int i)
    {
        if (!scan.Can(i, WordFlags.Title) || lexicon.Titles.LongestAt(scan.Tokens, i) is not { Value.Type: TitleType.Cue or TitleType.Alias } cue)
            return null;
        var j = cue.Last + 1;
        if (j < scan.Tokens.Count && Clitics.Detached(scan.Tokens[j].Form) == Proclitic.With)
            j++;
        if (j >= scan.Tokens.Count)
            return null;
        NameRead? name;
        if (scan.Tokens[j].Is(Punct.Quote | Punct.OpeningBracket))
            name = names.ReadQuoted(j);
        else
            name = names.Read(j, BPrefix(scan.Tokens[j], names), NameEvidence.Cue);
        if (name is not { } n || IsFoundPerson(scan, n))
            return null;
        scan.MarkUsed(cue.First, cue.Last);
        var antecedent = cue.Value.Type == TitleType.Alias ? PersonJustBefore(scan, cue.First) : null;
        var context = antecedent is null ? TitleBefore(scan, cue.First) : null;
        Emit(scan, known, n, context, antecedent);
        return n.Last + 1;
    }

    private int? FromTitle(ActorScan scan, NameReader names, Dictionary<string, Found> known, int i)
    {
        if (!scan.Can(i, WordFlags.Title) || lexicon.Titles.LongestAt(scan.Tokens, i) is not { Value.Type: TitleType.Title or TitleType.Rank or TitleType.Honorific } title)
            return null;
        var context = new TitleContext(title.Value.Role, null, null);
        var j = title.Value.Type == TitleType.Title ? SkipComplements(scan, title.Last + 1, ref context) : scan.NextReadable(title.Last);
        if (j >= scan.Tokens.Count || scan.SentenceOf[j] != scan.SentenceOf[i])
            return null;
        if (scan.OwnerOf(j) is { IsPerson: true } person)
        {
            scan.MarkUsed(title.First, title.Last); // «الرئيس بشار الأسد»: the title belongs to a name already found
            return person.Last + 1;
        }
        NameRead? name = j > 0 && scan.Tokens[j - 1].Is(Punct.OpeningQuote) && names.ReadQuoted(j - 1) is { } quoted && !IsFoundPerson(scan, quoted)
            ? quoted
            : names.Read(j, "", NameEvidence.Title);
        if (name is not { } n)
            return null;
        scan.MarkUsed(title.First, title.Last);
        Emit(scan, known, n, context, null);
        return n.Last + 1;
    }

    private int? FromKunya(ActorScan scan, NameReader names, Dictionary<string, Found> known, int i)
    {
        if (!scan.Can(i, WordFlags.Kunya))
            return null;
        var token = scan.Tokens[i];
        var prefix = token.Readings.FirstOrDefault(r => r.AtMost(Proclitic.And) && (Kunya.IsFather(r.Stem) || Kunya.IsMother(r.Stem))).Prefix;
        var form = NameReader.StemOf(token, prefix ?? "");
        if (prefix is null || !(Kunya.IsFather(form) || Kunya.IsMother(form)) || i + 1 >= scan.Tokens.Count || !names.IsNameWord(i + 1, ""))
            return null;
        if (Kunya.IsMother(form) && !names.IsGivenName(scan.Tokens[i + 1].Form, commonToo: true))
            return null; // «أم» is also «or»: only «أم حسين», never «أم لا»
        var last = i + 1;
        // nisbas after the kunya: «أبو بكر البغدادي الحسيني القرشي»
        while (last + 1 < scan.Tokens.Count && last - i < 4 && names.IsNameWord(last + 1, "") && IsNisbaOrLaqab(scan.Tokens[last + 1]))
            last++;
        var name = new NameRead(i, last, prefix, last - i, true, last > i + 1);
        Emit(scan, known, name, TitleBefore(scan, i, adjacentOnly: true), null);
        return last + 1;
    }

    private int? FromGivenName(ActorScan scan, NameReader names, Dictionary<string, Found> known, int i)
    {
        var token = scan.Tokens[i];
        if (!scan.Can(i, WordFlags.GivenName | WordFlags.Kunya) || token.Text.EndsWith('ى'))
            return null; // «على» (on) folds to the same form as «علي» (Ali)
        var readings = token.Readings;
        for (var k = 0; k < readings.Count; k++)
        {
            var r = readings[k];
            if (!r.AtMost(Proclitic.And) || !StartsName(scan, names, r.Stem, i))
                continue;
            if (names.Read(i, r.Prefix, NameEvidence.None) is { } name)
            {
                Emit(scan, known, name, TitleBefore(scan, i, adjacentOnly: true), null);
                return name.Last + 1;
            }
        }
        return null;
    }

    private void Emit(ActorScan scan, Dictionary<string, Found> known, NameRead name, TitleContext? context, Found? alias)
    {
        var (span, text) = scan.SpanOf(name.First, name.Last, name.Prefix);
        var key = Key(scan, name.First, name.Last, name.Prefix);
        var after = Apposition(scan, name.Last);
        var role = context?.Role ?? after?.Role;
        var parent = context?.Parent ?? after?.Parent;
        var country = context?.Country ?? after?.Country ?? catalogue.Get(parent)?.Country;
        var same = alias ?? known.GetValueOrDefault(key);
        ActorMention mention;
        if (same is not null)
        {
            var root = same.Root.Mention;
            mention = root with
            {
                Span = span,
                Text = text,
                Role = root.Role ?? role,
                ParentId = root.ParentId ?? parent,
                Country = root.Country ?? country,
                Antecedent = alias is not null || Key(scan, same.Root.First, same.Root.Last, "") != key ? root.Span : null,
            };
        }
        else
        {
            var latin = transliterator.Transliterate(text);
            mention = new ActorMention(span, text, null, latin, ActorKind.Person)
            {
                Role = role,
                ParentId = parent,
                Country = country,
                Transliteration = latin,
            };
        }
        var found = scan.Add(mention, name.First, name.Last, same);
        known.TryAdd(key, found);
    }

    /// <summary>A title shortly before (a cue or a name): «أمير التنظيم في تركيا، المدعو …», «ناشط من إدلب يسمي نفسه …».</summary>
    private TitleContext? TitleBefore(ActorScan scan, int start, bool adjacentOnly = false)
    {
        var sentence = scan.SentenceOf[start];
        var from = adjacentOnly ? scan.PreviousReadable(start) : start - 1;
        for (var k = from; k >= 0 && k >= start - CueRoleWindow && scan.SentenceOf[k] == sentence; k--)
        {
            if (!scan.Can(k, WordFlags.Title) || !scan.IsFree(k) || lexicon.Titles.LongestAt(scan.Tokens, k) is not { Value.Type: TitleType.Title or TitleType.Rank, Value.Role: not null } title || title.Last >= start)
                continue;
            var context = new TitleContext(title.Value.Role, null, null);
            var after = SkipComplements(scan, title.Last + 1, ref context);
            if (adjacentOnly && after != start)
                return null;
            scan.MarkUsed(title.First, title.Last);
            return context;
        }
        return null;
    }

    /// <summary>A title right after the name, with or without a comma: «البغدادي، زعيم تنظيم داعش», «… وساك آمر الفوج».</summary>
    private TitleContext? Apposition(ActorScan scan, int last)
    {
        var j = last + 1;
        while (j < scan.Tokens.Count && scan.Tokens[j].Is(Punct.Quote | Punct.Hash | Punct.Comma))
            j++;
        if (j >= scan.Tokens.Count || !scan.CanWhole(j, WordFlags.Title) || !scan.IsFree(j) || scan.SentenceOf[j] != scan.SentenceOf[last] ||
            lexicon.Titles.LongestAt(scan.Tokens, j, proclitics: false) is not { Value.Type: TitleType.Title or TitleType.Rank, Value.Role: not null } title)
            return null;
        var context = new TitleContext(title.Value.Role, null, null);
        SkipComplements(scan, title.Last + 1, ref context);
        scan.MarkUsed(title.First, title.Last);
        return context;
    }

    /// <summary>
    /// Skips what follows a title before the name: the office («الداخلية», «الوزراء»), a country adjective
    /// («التركي») and a group («تنظيم داعش», «التنظيم», «باسم قسد», «في التنظيم»), noting country and group.
    /// </summary>
    private int SkipComplements(ActorScan scan, int j, ref TitleContext context)
    {
        for (var steps = 0; steps < 4 && j < scan.Tokens.Count; steps++)
        {
            var token = scan.Tokens[j];
            if (TokenText.IsSkippable(token))
            {
                j++;
                steps--;
                continue;
            }
            if (scan.OwnerOf(j) is { IsPerson: false } group)
            {
                context = context with { Parent = context.Parent ?? group.Root.Mention.Id, Country = context.Country ?? group.Root.Mention.Country };
                j = group.Last + 1;
            }
            else if (scan.CanWhole(j, WordFlags.Country) && agents.Countries.LongestAt(scan.Tokens, j, proclitics: false) is { Value.IsAdjective: true } adjective)
            {
                context = context with { Country = context.Country ?? adjective.Value.Country };
                j = adjective.Last + 1;
            }
            else if ((FunctionWords.Default.Is(token, "in") || FunctionWords.Default.Is(token, "in-the-name-of")) && j + 1 < scan.Tokens.Count && scan.OwnerOf(scan.NextReadable(j)) is { IsPerson: false })
            {
                j++;
            }
            else if (token.IsWord && scan.IsFree(j) && TokenText.IsDefinite(token) && !scan.CanWhole(j, WordFlags.Stopword | WordFlags.GivenName | WordFlags.Title))
            {
                j++;
            }
            else
            {
                break;
            }
        }
        return j;
    }

    /// <summary>The person named right before an alias cue: «عبد الله مكي الرفيعي المكنى …».</summary>
    private static Found? PersonJustBefore(ActorScan scan, int cue)
    {
        var j = cue - 1;
        while (j >= 0 && scan.Tokens[j].Is(Punct.Quote | Punct.Hash | Punct.Comma))
            j--;
        return scan.OwnerOf(j) is { IsPerson: true } person ? person : null;
    }

    /// <summary>The last token of a place at <paramref name="i"/>: a listed place name, or the word after «قرية», «بلدة» ….</summary>
    private int? PlaceAt(ActorScan scan, int i)
    {
        if (scan.Can(i, WordFlags.PlaceName) && lexicon.PlaceNames.LongestAt(scan.Tokens, i) is { } place)
            return place.Last;
        var j = scan.PreviousReadable(i);
        return j >= 0 && scan.Can(j, WordFlags.PlaceIntroducer) &&
            scan.Tokens[j].Readings.Any(r => !r.HasArticle && lexicon.PlaceIntroducers.Contains(r.Stem))
            ? i
            : null;
    }

    /// <summary>The name after «المعروف» may carry «ب»: «بأبو خولة», «بالبغدادي».</summary>
    private static string BPrefix(Token token, NameReader names)
    {
        if (!token.Form.StartsWith(Clitics.With) || token.Form.Length < 4)
            return "";
        var stem = token.Form[1..];
        return Kunya.IsFather(stem) || TokenText.IsDefinite(token, WithPrefix) || names.IsGivenName(stem, commonToo: true) ? WithPrefix : "";
    }

    /// <summary>
    /// A given name starts a name; «عبد …» does too; a given name that is also a common word only when another
    /// given name follows («حسن محمد إسماعيل»).
    /// </summary>
    private static bool StartsName(ActorScan scan, NameReader names, string stem, int i) =>
        names.IsGivenName(stem, commonToo: false) || Kunya.IsServant(stem) || (Kunya.StartsWithServant(stem) && stem.Length > 4) ||
        (names.IsGivenName(stem, commonToo: true) && i + 1 < scan.Tokens.Count && names.IsNameWord(i + 1, "") && names.IsGivenName(scan.Tokens[i + 1].Form, commonToo: false));

    private static bool IsFoundPerson(ActorScan scan, NameRead name) =>
        scan.OwnerOf(name.First) is { IsPerson: true } owner && owner.First <= name.First && owner.Last >= name.Last;

    /// <summary>«البغدادي», «الشيشانية», or a known epithet with the article («المهاجر»).</summary>
    private bool IsNisbaOrLaqab(Token token) =>
        TokenText.IsDefinite(token) && (WordEndings.IsNisba(token.Form) || transliterator.Knows(token.Form));

    /// <summary>One key for a name however it is written: matching forms, kunya in the nominative.</summary>
    private static string Key(ActorScan scan, int first, int last, string prefix) =>
        string.Join(' ', Enumerable.Range(first, last - first + 1)
            .Where(k => scan.Tokens[k].IsWord)
            .Select(k => Kunya.Normalize(k == first ? NameReader.StemOf(scan.Tokens[k], prefix) : scan.Tokens[k].Form)));

    private readonly record struct TitleContext(string? Role, string? Parent, string? Country);
}
