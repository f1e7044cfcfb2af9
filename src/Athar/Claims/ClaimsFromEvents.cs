using Athar.Actors;
using Athar.Events;
using Athar.Places;
using Athar.Text;

namespace Athar.Claims;

/// <summary>
/// An arrest, raid or strike that takes a group's member somewhere also says where that member was:
/// «ألقت القبض على أمير التنظيم ... في منزله بولاية أضنة» places an Islamic State emir in Adana. These
/// claims carry the event's date, certainty and source, and point at the event's trigger.
/// </summary>
internal static class ClaimsFromEvents
{
    private const int GroupReach = 4;

    public static IEnumerable<WhereaboutsClaim> Read(ArticleView view, IReadOnlyList<EventRecord> events)
    {
        foreach (var e in events)
        {
            if (e.Type is not (EventType.Arrest or EventType.Raid or EventType.AirStrike) || e.Where is null)
                continue;
            var place = view.Places[view.SentenceAt(e.Where.Span.Start)].FirstOrDefault(p => p.Span == e.Where.Span);
            if (place is null || MemberGroup(view, e) is not { } group)
                continue;
            yield return new WhereaboutsClaim(
                e.Evidence.FirstOrDefault(x => x.Span.Contains(e.Trigger.Span))?.Span ?? e.Span,
                group,
                Movement.Present,
                e.Trigger,
                place,
                new TextRef(e.Where.Text, e.Where.Span),
                e.When,
                e.Certainty,
                e.CertaintyCue,
                e.Attribution);
        }
    }

    // The target itself when it is a group, else the group named right after the target («أمير التنظيم»), in
    // any of the sentences that report the event («ألقت القبض على أمير التنظيم» in the detail sentence).
    private static ClaimActor? MemberGroup(ArticleView view, EventRecord e)
    {
        if (e.Target is { Kind: ActorKind.ArmedGroup } t)
            return new ClaimActor(t.Id, t.Name, t.Text, t.Span);
        var anchors = new List<(int After, int WordsStart)>();
        if (e.Target is { } target)
            anchors.Add((target.Span.End, target.Span.Start));
        foreach (var evidence in e.Evidence)
        {
            var (first, end) = TokenRange.Of(view.Tokens, evidence.Span);
            for (var i = first; i < end; i++)
            {
                if ((FunctionWords.Default.Is(view.Tokens[i], "on") || FunctionWords.Default.Is(view.Tokens[i], "against")) && i + 1 < end)
                    anchors.Add((view.Tokens[i].Span.End, view.Tokens[i + 1].Span.Start));
            }
        }
        foreach (var (after, wordsStart) in anchors)
        {
            var from = TokenRange.LowerBound(view.Tokens, after) - 1;
            var group = view.Actors[view.SentenceAt(after)]
                .Where(x => x.Kind == ActorKind.ArmedGroup && x.Span.Start >= after && x.Id != e.Agent?.Id)
                .FirstOrDefault(x => view.WordDistance(from, x.Span) <= GroupReach);
            if (group is null)
                continue;
            var words = new Span(wordsStart, group.Span.End);
            return new ClaimActor(group.Id, group.Name, view.Document.Slice(words), words);
        }
        return null;
    }
}
