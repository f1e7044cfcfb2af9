namespace Athar.Actors;

/// <summary>Builds entity mentions from catalogued actors and from the mentions they refer back to.</summary>
internal static class ActorMentions
{
    public static ActorMention Of(Actor actor, Span span, string text, bool generic = false) =>
        new(span, text, actor.Id, actor.English, actor.Kind)
        {
            Country = actor.Country,
            ParentId = actor.ParentId,
            Role = actor.Role,
            Generic = generic,
        };

    /// <summary>A mention at <paramref name="span"/> that refers back to <paramref name="antecedent"/>: same actor, linked.</summary>
    public static ActorMention ReferringTo(Found antecedent, Span span, string text)
    {
        var a = antecedent.Mention;
        return a with { Span = span, Text = text, Antecedent = a.Span, Nominal = false };
    }
}
