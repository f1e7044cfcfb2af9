namespace Athar.Events.Rules;

/// <summary>
/// What one decision gave: the value, how strongly (a rule's weight, 1 when it simply holds) and the id of the
/// rule that made it. A learned model standing beside a rule returns the same shape with its own id.
/// </summary>
public readonly record struct Decision<T>(T Value, double Score, string Rule);

/// <summary>Builds decisions: <c>Decision.By("type.means", EventType.AirStrike)</c>.</summary>
public static class Decision
{
    public static Decision<T> By<T>(string rule, T value, double score = 1) => new(value, score, rule);
}

/// <summary>One step of an event's trace (shown with <c>analyze --explain</c>): which rule set which field to what.</summary>
public sealed record TraceStep(string Field, string Value, string Rule, double Score);
