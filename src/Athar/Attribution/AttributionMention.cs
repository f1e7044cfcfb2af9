namespace Athar.Attribution;

public enum AttributionKind
{
    /// <summary>«بحسب X», «وفق X», «نقلاً عن X».</summary>
    According,

    /// <summary>«قال X», «أعلنت X»: the source is the speaker.</summary>
    Speech,

    /// <summary>«مصادر محلية», «ناشطون»: the cue is the whole source.</summary>
    Anonymous,
}

/// <summary>
/// Who reports something: the source phrase (Span, e.g. «مصادر خاصة لـ"الحل نت"», «وزير الداخلية التركي
/// سليمان صويلو») and the cue that introduced it. Inherited is true for «وأضاف» without a named speaker,
/// which continues the previous source.
/// </summary>
[Layer("attributions")]
public sealed record AttributionMention(Span Span, string Text, TextRef Cue, AttributionKind Kind, bool Inherited = false) : IAnnotation;

/// <summary>A word or phrase that hedges, claims, alleges or denies what follows it in its clause.</summary>
[Layer("certainty")]
public sealed record CertaintyCue(Span Span, string Text, Certainty Certainty) : IAnnotation;
