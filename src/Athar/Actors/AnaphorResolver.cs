namespace Athar.Actors;

/// <summary>
/// Links definite nouns back to the actor they stand for: «التنظيم» to the last group that lists it (ISIS),
/// «الهيئة» to HTS, «الحركة» to Ahrar al-Sham, «الوزير» to the last minister, «القيادي» to the last commander or
/// emir. Only within the anaphor's window of sentences; a following country adjective must agree («الوزير
/// التركي») and another nisba adjective blocks the link («الحركة الكردية» is a different movement). Wrong links
/// are worse than none: no antecedent, no mention.
/// </summary>
internal sealed class AnaphorResolver(ActorCatalogue catalogue, AgentLexicon agents, AnaphorLexicon lexicon)
{
    /// <summary>Group anaphors (persons: <paramref name="persons"/> true, after the person finder has run).</summary>
    public void Resolve(ActorScan scan, bool persons)
    {
        var tokens = scan.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!scan.Can(i, WordFlags.Anaphor) || !scan.IsFree(i))
                continue;
            var readings = tokens[i].Readings;
            for (var r = 0; r < readings.Count; r++)
            {
                var reading = readings[r];
                if (reading.HasArticle ||
                    !lexicon.Words.TryGetValue(reading.Stem, out var word) || word.IsPerson != persons)
                    continue;
                if (Link(scan, i, reading.Prefix, reading.Stem, word))
                    break;
            }
        }
    }

    private bool Link(ActorScan scan, int i, string prefix, string form, AnaphorWord word)
    {
        var sentence = scan.SentenceOf[i];
        var antecedent = scan.LatestBefore(i, word.Window == 0 ? 0 : sentence - word.Window, f => Fits(f.Root, form, word));
        if (antecedent is null)
            return false;
        var last = i;
        var next = scan.NextReadable(i);
        if (next < scan.Tokens.Count && scan.IsFree(next) && scan.Tokens[next].IsWord)
        {
            var nextForm = scan.Tokens[next].Form;
            if (scan.CanWhole(next, WordFlags.Country) && agents.Countries.LongestAt(scan.Tokens, next, proclitics: false) is { Value.IsAdjective: true } adjective)
            {
                if (adjective.Value.Country != antecedent.Root.Mention.Country)
                    return false;
                last = adjective.Last;
            }
            else if (TokenText.IsNisbaAdjective(scan.Tokens[next]) && !lexicon.Epithets.Contains(nextForm))
            {
                return false;
            }
        }
        var (span, text) = scan.SpanOf(i, last, prefix);
        scan.Add(ActorMentions.ReferringTo(antecedent.Root, span, text) with { Nominal = true }, i, last, antecedent);
        return true;
    }

    private bool Fits(Found candidate, string form, AnaphorWord word)
    {
        if (word.IsPerson)
            return candidate.IsPerson && candidate.Mention.Role is { } role && word.Roles.Contains(role);
        return catalogue.Get(candidate.Mention.Id) is { } actor && actor.Anaphors.Contains(form);
    }
}
