namespace Athar;

/// <summary>One pipeline stage: reads earlier layers of the document and adds its own.</summary>
public interface IAnnotator
{
    /// <summary>Short name used in pipeline listings and error messages.</summary>
    string Name { get; }

    /// <summary>
    /// The layers (annotation types) this stage reads. An earlier stage must make each: <see cref="Pipeline"/>
    /// checks this when it is built, so a missing stage is an error there, not an article with nothing found.
    /// </summary>
    IReadOnlyList<Type> Requires { get; }

    /// <summary>The layers this stage sets.</summary>
    IReadOnlyList<Type> Produces { get; }

    void Annotate(Document document);
}
