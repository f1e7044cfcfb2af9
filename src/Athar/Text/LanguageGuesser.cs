namespace Athar.Text;

/// <summary>Sets the document language ("ar" or "en") from the share of Arabic letters, unless it was given.</summary>
public sealed class LanguageGuesser : IAnnotator
{
    public string Name => "language";

    public IReadOnlyList<Type> Requires => [];

    public IReadOnlyList<Type> Produces => [];

    public void Annotate(Document document)
    {
        if (document.Info.Language is not null)
            return;
        document.Info = document.Info with { Language = Guess(document.Text) };
    }

    public static string Guess(string text)
    {
        int arabic = 0, latin = 0;
        foreach (var c in text)
        {
            if (ArabicCharacters.IsArabicLetter(c))
                arabic++;
            else if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
                latin++;
        }
        return latin > arabic * 2 ? "en" : "ar";
    }
}
