namespace Athar;

/// <summary>One pipeline stage: reads earlier layers of the document and adds its own.</summary>
public interface IAnnotator
{
    /// <summary>Short name used in pipeline listings and error messages.</summary>
    string Name { get; }

    void Annotate(Document document);
}
