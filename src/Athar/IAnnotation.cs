namespace Athar;

/// <summary>Anything a stage adds to a document: it always points at the text it came from.</summary>
public interface IAnnotation
{
    Span Span { get; }
}
