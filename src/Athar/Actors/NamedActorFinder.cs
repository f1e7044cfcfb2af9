using Athar.Text;

namespace Athar.Actors;

/// <summary>
/// Finds catalogued actors by name: the longest alias at each token («تنظيم الدولة الإسلامية» before «الدولة
/// الإسلامية»), inside hashtags too (their words are tokens). A head noun before a group's name joins it
/// («ميليشيا قسد»); an alias that is also a common word needs a media cue or brackets («قناة العربية», «(واع)»);
/// a name followed by another country's adjective is not that actor («الجيش الوطني الليبي» is not the SNA).
/// </summary>
internal sealed class NamedActorFinder(ActorCatalogue catalogue, AliasContext context, AgentLexicon agents)
{
    public void Find(ActorScan scan)
    {
        var tokens = scan.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!scan.Can(i, WordFlags.Alias) || scan.IsClaimed(i) || catalogue.Aliases.LongestAt(tokens, i) is not { } match || !Accept(scan, match))
            {
                i++;
                continue;
            }
            var actor = match.Value.Actor;
            var (first, prefix) = HeadBefore(scan, match.First, actor) ?? (match.First, match.Prefix);
            var (span, text) = scan.SpanOf(first, match.Last, prefix);
            scan.Add(ActorMentions.Of(actor, span, text), first, match.Last);
            i = match.Last + 1;
        }
    }

    private bool Accept(ActorScan scan, PhraseMatch<AliasEntry> match)
    {
        var entry = match.Value;
        if (entry.NeedsCue && !HasMediaCue(scan, match.First) && !IsBracketed(scan, match.First, match.Last))
            return false;
        var next = scan.NextReadable(match.Last);
        if (entry.Actor.Country is { } country && next < scan.Tokens.Count && scan.CanWhole(next, WordFlags.Country) &&
            agents.Countries.LongestAt(scan.Tokens, next, proclitics: false) is { Value.IsAdjective: true } adjective &&
            adjective.Value.Country != country)
            return false;
        return true;
    }

    private bool HasMediaCue(ActorScan scan, int first)
    {
        var j = scan.PreviousReadable(first);
        if (j >= 0 && scan.Tokens[j].Is(Punct.OpeningBracket))
            j = scan.PreviousReadable(j);
        return j >= 0 && scan.Can(j, WordFlags.MediaCue) && scan.Tokens[j].Readings.Any(r => context.MediaCues.Contains(r.Stem));
    }

    private static bool IsBracketed(ActorScan scan, int first, int last)
    {
        var before = first > 0 ? scan.Tokens[first - 1].Punct : Punct.None;
        var after = last + 1 < scan.Tokens.Count ? scan.Tokens[last + 1].Punct : Punct.None;
        return (before.HasFlag(Punct.OpeningBracket) && after.HasFlag(Punct.ClosingBracket)) || (before.HasFlag(Punct.Quote) && after.HasFlag(Punct.Quote));
    }

    /// <summary>A head noun right before the name («حركة», «ميليشيا», «قوات») that fits the actor's kind.</summary>
    private (int Index, string Prefix)? HeadBefore(ActorScan scan, int first, Actor actor)
    {
        var j = scan.PreviousReadable(first);
        if (j < 0 || !scan.IsFree(j) || !scan.Can(j, WordFlags.Head))
            return null;
        var readings = scan.Tokens[j].Readings;
        for (var k = 0; k < readings.Count; k++)
        {
            var r = readings[k];
            if (!r.HasArticle && context.Heads.TryGetValue(r.Stem, out var kinds) && kinds.Contains(actor.Kind))
                return (j, r.Prefix);
        }
        return null;
    }
}
