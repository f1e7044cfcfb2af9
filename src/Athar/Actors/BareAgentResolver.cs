namespace Athar.Actors;

/// <summary>
/// Generic agents without a country («القوات الأمنية», «السلطات», «الجيش», «الشرطة») take it from the context,
/// nearest evidence first: a state actor, a person with a country or a country adjective earlier in the same
/// sentence; the last agent of the same class in the previous sentences; the same evidence in the two previous
/// sentences; a country named in the sentence. Groups, media and monitors never give a country (a Saudi channel
/// reports on Iraq). With no evidence the mention stays generic with no id.
/// </summary>
internal sealed class BareAgentResolver(ActorCatalogue catalogue, AgentLexicon lexicon, AnaphorLexicon anaphors)
{
    private const int SameClassWindow = 3;
    private const int CountryWindow = 2;

    public void Resolve(ActorScan scan)
    {
        var tokens = scan.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!scan.Can(i, WordFlags.Agent) || !scan.IsFree(i) || lexicon.Agents.LongestAt(tokens, i) is not { Value.Bare: true } agent || IsModified(scan, agent.Last))
            {
                i++;
                continue;
            }
            var (span, text) = scan.SpanOf(agent.First, agent.Last, agent.Prefix);
            var mention = Resolve(scan, agent.First, agent.Value, span, text, out var antecedent);
            scan.Add(mention, agent.First, agent.Last, antecedent);
            i = agent.Last + 1;
        }
    }

    private ActorMention Resolve(ActorScan scan, int i, AgentWord agent, Span span, string text, out Found? antecedent)
    {
        antecedent = null;
        var sentence = scan.SentenceOf[i];
        var country = CountryBefore(scan, i, sentence, sentence);
        if (country is null)
        {
            antecedent = scan.LatestBefore(i, sentence - SameClassWindow, f => f.Root.Mention.Id is { } id && lexicon.ClassOf(id) == agent.Class);
            if (antecedent is not null)
                return ActorMentions.ReferringTo(antecedent.Root, span, text) with { Generic = true };
            country = CountryBefore(scan, i, sentence - CountryWindow, sentence) ?? CountryNamedIn(scan, i);
        }
        if (country is not null && catalogue.Get(lexicon.StateActor(country, agent.Class)) is { } actor)
            return ActorMentions.Of(actor, span, text, generic: true);
        var kind = agent.Class is "authorities" or "government" ? ActorKind.Government : ActorKind.StateForce;
        return new ActorMention(span, text, null, agent.English, kind) { Generic = true };
    }

    /// <summary>The nearest country evidence before token <paramref name="i"/> in sentences from..to.</summary>
    private string? CountryBefore(ActorScan scan, int i, int from, int to)
    {
        for (var k = i - 1; k >= 0 && scan.SentenceOf[k] >= from; k--)
        {
            if (scan.SentenceOf[k] > to)
                continue;
            if (scan.OwnerOf(k) is { } owner)
            {
                if (GivesCountry(owner.Root.Mention) is { } c)
                    return c;
                k = owner.First;
                continue;
            }
            if (scan.CanWhole(k, WordFlags.Country) && lexicon.Countries.LongestAt(scan.Tokens, k, proclitics: false) is { Value.IsAdjective: true, Last: var last } adjective && last < i)
                return adjective.Value.Country;
        }
        return null;
    }

    /// <summary>The one country named or described anywhere in the sentence of token <paramref name="i"/>, if only one.</summary>
    private string? CountryNamedIn(ActorScan scan, int i)
    {
        var sentence = scan.SentenceOf[i];
        var start = i;
        while (start > 0 && scan.SentenceOf[start - 1] == sentence)
            start--;
        string? found = null;
        for (var k = start; k < scan.Tokens.Count && scan.SentenceOf[k] == sentence; k++)
        {
            if (!scan.Can(k, WordFlags.Country) || lexicon.Countries.LongestAt(scan.Tokens, k) is not { } word)
                continue;
            if (found is not null && found != word.Value.Country)
                return null; // two countries in the sentence: no guess
            found = word.Value.Country;
        }
        return found;
    }

    private static string? GivesCountry(ActorMention m) =>
        m.Kind is ActorKind.StateForce or ActorKind.Government or ActorKind.Person ? m.Country : null;

    /// <summary>«السلطات المحلية», «الجيش الحر»: another adjective makes it a different agent.</summary>
    private bool IsModified(ActorScan scan, int last)
    {
        var next = scan.NextReadable(last);
        return next < scan.Tokens.Count && scan.IsFree(next) &&
            TokenText.IsNisbaAdjective(scan.Tokens[next]) && !anaphors.Epithets.Contains(scan.Tokens[next].Form) &&
            !scan.CanWhole(next, WordFlags.Country);
    }
}
