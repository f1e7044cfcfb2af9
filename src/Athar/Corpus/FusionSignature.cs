using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Athar.Events;
using Athar.Text;

namespace Athar.Corpus;

/// <summary>
/// What the fusion policy reads of a report (type, dates, place, the actors' keys and ids, the named persons),
/// as a short key: two reports with one signature score alike against any new report, so a cluster is matched
/// against its distinct signatures (a handful for an incident reported thousands of times) rather than every report.
/// </summary>
public static class FusionSignature
{
    /// <summary>Signatures kept per cluster: beyond this many distinct ones, a cluster is matched by those it has.</summary>
    public const int MaxPerCluster = 64;

    public static string Of(EventRecord r)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder()
            .Append(EventTypes.Name(r.Type)).Append('|')
            .Append(r.When?.Start?.ToString("yyyy-MM-dd", c)).Append('/').Append(r.When?.End?.ToString("yyyy-MM-dd", c)).Append('|');
        if (r.Where is { } w)
            text.Append(string.Create(c, $"{w.Lat:R},{w.Lon:R},{w.Precision},{w.Country},{w.Admin1},{w.Name}"));
        text.Append('|').Append(Actor(r.Agent)).Append('|').Append(Actor(r.Target)).Append('|');
        foreach (var person in r.Persons.Select(p => p.Id ?? "~" + MatchingForm.OfPhrase(p.Text)).Order(StringComparer.Ordinal))
            text.Append(person).Append(';');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 0, 16);
    }

    private static string Actor(EventActor? a) => a is null ? "" : $"{a.Id}#{CorpusKeys.Actor(a.Id, a.Name)}";
}
