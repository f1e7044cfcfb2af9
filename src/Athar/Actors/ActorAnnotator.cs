using Athar.Text;

namespace Athar.Actors;

/// <summary>
/// The actors stage: the "entities" layer. Passes, each reading what the earlier ones found:
/// catalogued names (groups, forces, institutions, media, known persons) → generic agents with a country
/// («القوات التركية») → group anaphors («التنظيم») → person names → person anaphors («الوزير») and short
/// names («السوداني») → generic agents whose country comes from the context («القوات الأمنية»).
/// </summary>
public sealed class ActorAnnotator : IAnnotator
{
    private readonly NamedActorFinder _named;
    private readonly StateAgentFinder _stateAgents;
    private readonly AnaphorResolver _anaphors;
    private readonly PersonFinder _persons;
    private readonly ShortNameResolver _shortNames;
    private readonly BareAgentResolver _bareAgents;
    private readonly WordIndex _index;

    public ActorAnnotator()
        : this(ActorCatalogue.Default)
    {
    }

    public ActorAnnotator(ActorCatalogue catalogue)
    {
        var agents = AgentLexicon.Default;
        var anaphors = AnaphorLexicon.Default;
        var persons = PersonLexicon.Default;
        _named = new NamedActorFinder(catalogue, AliasContext.Default, agents);
        _stateAgents = new StateAgentFinder(catalogue, agents);
        _anaphors = new AnaphorResolver(catalogue, agents, anaphors);
        _persons = new PersonFinder(catalogue, persons, agents, NameTransliterator.Default);
        _shortNames = new ShortNameResolver(persons);
        _bareAgents = new BareAgentResolver(catalogue, agents, anaphors);
        _index = new WordIndex(catalogue, agents, persons, anaphors, AliasContext.Default);
    }

    public string Name => "actors";

    public IReadOnlyList<Type> Requires => [typeof(Token), typeof(Sentence)];

    public IReadOnlyList<Type> Produces => [typeof(ActorMention)];

    public void Annotate(Document document) =>
        document.SetLayer(Find(document.Text, document.Require<Token>(), document.Require<Sentence>()));

    public IReadOnlyList<ActorMention> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var scan = new ActorScan(text, tokens, sentences, _index);
        _named.Find(scan);
        _stateAgents.Find(scan);
        _anaphors.Resolve(scan, persons: false);
        _persons.Find(scan);
        _anaphors.Resolve(scan, persons: true);
        _shortNames.Resolve(scan);
        _bareAgents.Resolve(scan);
        return scan.Found.OrderBy(f => f.Mention.Span.Start).Select(f => f.Mention).ToList();
    }

    /// <summary>Runs the stage on raw text (tokens and sentences made here): for tests and tools.</summary>
    public IReadOnlyList<ActorMention> Find(string text) =>
        Find(text, Tokenizer.Tokenize(text), SentenceSplitter.Split(text));
}
