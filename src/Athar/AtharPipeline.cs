using Athar.Attribution;
using Athar.Claims;
using Athar.Events;
using Athar.Text;

namespace Athar;

/// <summary>The default stage order. Each stage reads only the layers of the stages before it.</summary>
public static class AtharPipeline
{
    public static Pipeline CreateDefault(PipelineOptions? options = null) => new(DefaultStages(options ?? new PipelineOptions()));

    public static IEnumerable<IAnnotator> DefaultStages(PipelineOptions? options = null)
    {
        options ??= new PipelineOptions();
        yield return new LanguageGuesser();
        yield return new Tokenizer();
        yield return new SentenceSplitter();
        yield return new HashtagFinder();
        yield return new NumberFinder();
        yield return new Time.DateFinder();
        yield return new Places.PlaceFinder(options.Gazetteer ?? Places.Gazetteer.BuiltIn);
        yield return new Actors.ActorAnnotator();
        yield return new AttributionFinder();
        yield return new EventStage(EventLexicon.Default, options.EventRules ?? Events.Rules.RuleBook.Default, options.Explain);
        yield return new ClaimFinder();
    }
}

/// <summary>
/// How to build the pipeline: the gazetteer places are resolved with, whether events carry the trace of their
/// rules, and which event rules apply. The library reads nothing from the environment: what is not given here
/// is the built-in default.
/// </summary>
public sealed record PipelineOptions
{
    /// <summary>
    /// The gazetteer of the place stage: the built-in one when null. A user's own places come in here
    /// (<see cref="Places.LocalGazetteer.WithBuiltIn"/>); the CLI decides which file that is.
    /// </summary>
    public Places.Gazetteer? Gazetteer { get; init; }

    /// <summary>Events carry the rules that made each field (<c>analyze --explain</c>).</summary>
    public bool Explain { get; init; }

    /// <summary>The event rules (the default table when null); a book with rules switched off shows what they do.</summary>
    public Events.Rules.RuleBook? EventRules { get; init; }
}
