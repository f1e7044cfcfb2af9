namespace Athar.Text;

/// <summary>A sentence (or headline, or paragraph fragment) with its index in the document.</summary>
[Layer("sentences")]
public sealed record Sentence(Span Span, int Index) : IAnnotation;
