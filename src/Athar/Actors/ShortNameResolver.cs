using Athar.Text;

namespace Athar.Actors;

/// <summary>
/// A person named in full may come back by the last part of the name: «محمد شياع السوداني … وكتب السوداني»,
/// «سليمان صويلو … عن صويلو». The short form must follow the full name and must not read as an adjective of
/// the word before it («الجيش السوداني» is the Sudanese army, not al-Sudani).
/// </summary>
internal sealed class ShortNameResolver(PersonLexicon lexicon)
{
    private static readonly string[] Proclitics = ["", .. new[] { Clitics.And, Clitics.Then, Clitics.With, Clitics.To }.Select(c => c.ToString())];

    public void Resolve(ActorScan scan)
    {
        var shortForms = new Dictionary<string, Found>(StringComparer.Ordinal);
        foreach (var person in scan.Found.Where(f => f.IsPerson && f.Root == f).OrderBy(f => f.First))
        {
            if (ShortForm(scan, person) is { } form)
                shortForms.TryAdd(form, person);
        }
        if (shortForms.Count == 0)
            return;
        for (var i = 0; i < scan.Tokens.Count; i++)
        {
            var token = scan.Tokens[i];
            if (!token.IsWord || !scan.IsFree(i))
                continue;
            var readings = token.Readings;
            for (var k = 0; k < readings.Count; k++)
            {
                var r = readings[k];
                if (!shortForms.TryGetValue(r.Stem, out var person) || person.Last >= i || Array.IndexOf(Proclitics, r.Prefix) < 0 || AdjectivePosition(scan, i))
                    continue;
                var (span, text) = scan.SpanOf(i, i, r.Prefix);
                scan.Add(ActorMentions.ReferringTo(person, span, text), i, i, person);
                break;
            }
        }
    }

    /// <summary>The family name of a full name: a last word with the article, or a last word that is not a given name.</summary>
    private string? ShortForm(ActorScan scan, Found person)
    {
        var words = Enumerable.Range(person.First, person.Last - person.First + 1).Where(k => scan.Tokens[k].IsWord).ToList();
        if (words.Count < 2)
            return null;
        var lastToken = scan.Tokens[words[^1]];
        var last = lastToken.Form;
        var previous = scan.Tokens[words[^2]].Form;
        if (Kunya.IsFather(previous) || Kunya.IsMother(previous) || Kunya.IsServant(previous) || lexicon.Stopwords.Contains(last))
            return null; // «أبو خديجة» and «عبد الرحمن» come back whole, not as «خديجة» or «الرحمن»
        if (TokenText.IsDefinite(lastToken))
            return last.Length >= 5 ? last : null;
        return last.Length >= 4 && !lexicon.GivenNames.ContainsKey(last) ? last : null;
    }

    private bool AdjectivePosition(ActorScan scan, int i)
    {
        var j = scan.PreviousReadable(i);
        if (j < 0 || !scan.Tokens[j].IsWord || !TokenText.IsDefinite(scan.Tokens[j]))
            return false;
        return scan.IsFree(j) && (!scan.Can(j, WordFlags.Title) || lexicon.Titles.LongestAt(scan.Tokens, j) is null);
    }
}
