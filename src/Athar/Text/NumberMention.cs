namespace Athar.Text;

public enum NumberKind
{
    Cardinal,
    Ordinal,

    /// <summary>A quantity without an exact value (عشرات «dozens», مئات «hundreds», بضعة «a few»).</summary>
    Vague,
}

/// <summary>A number written in digits (either script) or in words. Vague quantities carry a range.</summary>
[Layer("numbers")]
public sealed record NumberMention(Span Span, string Text, double Value, NumberKind Kind, double? Max = null) : IAnnotation;
