using Athar.Text;

namespace Athar.Events.Reading;

/// <summary>
/// A trigger kept in a clause: the phrase, and how the clause uses it. Temporal: a time reference («بعد سيطرة
/// التنظيم»); Definite: a noun with the article («الهجوم») that may refer back; Suffered: «تعرّض … لقصف», whose
/// subject is the target; Prospective: a time reference to what came after («قبل شن هجوم أوسع»), not yet happened then.
/// </summary>
public readonly record struct TriggerReading(PhraseMatch<TriggerEntry> Hit, bool Temporal, bool Definite, bool Suffered, bool Prospective = false);
