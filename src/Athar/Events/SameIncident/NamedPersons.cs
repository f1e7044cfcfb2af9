using Athar.Text;

namespace Athar.Events.SameIncident;

/// <summary>
/// Persons named in two reports as the same person: the same catalogue id, or two or more name words in common
/// («العقيد خالد ناجي وساك» and «العقيد الركن خالد ناجي وساك»); one shared word («محمد») is not enough.
/// </summary>
public static class NamedPersons
{
    private const int SharedWords = 2;

    public static int Shared(IReadOnlyList<EventActor>? a, IReadOnlyList<EventActor>? b)
    {
        if (a is null || b is null)
            return 0;
        return a.Count(p => b.Any(q => Same(p, q)));
    }

    public static bool Same(EventActor a, EventActor b)
    {
        if (a.Id is not null || b.Id is not null)
            return a.Id == b.Id;
        return Words(a.Text).Intersect(Words(b.Text)).Count() >= SharedWords;
    }

    private static IEnumerable<string> Words(string text) =>
        MatchingForm.OfPhrase(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= Clitics.MinStemLength);
}
