namespace Athar.Events.Rules;

/// <summary>
/// One row of the rule table (Events/Rules/rules.tsv): a rule id, its number when it has one (a threshold, a
/// distance, a weight) with the unit, an example phrase it is about, and what it decides.
/// </summary>
public sealed record Rule(string Id, double? Value, string Unit, string Example, string Description);
