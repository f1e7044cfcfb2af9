using Athar.Attribution;
using Athar.Claims;
using Athar.Events;
using Athar.Text;

namespace Athar;

/// <summary>The default stage order. Each stage reads only the layers of the stages before it.</summary>
public static class AtharPipeline
{
    public static Pipeline CreateDefault() => new(DefaultStages());

    public static IEnumerable<IAnnotator> DefaultStages()
    {
        yield return new LanguageGuesser();
        yield return new Tokenizer();
        yield return new SentenceSplitter();
        yield return new HashtagFinder();
        yield return new NumberFinder();
        yield return new Time.DateFinder();
        yield return new Places.PlaceFinder();
        yield return new Actors.ActorAnnotator();
        yield return new AttributionFinder();
        yield return new EventExtractor();
        yield return new ClaimFinder();
    }
}
