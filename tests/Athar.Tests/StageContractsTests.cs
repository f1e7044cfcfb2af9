using System.Reflection;
using Athar.Events;
using Athar.Tests.Events;
using Athar.Text;
using Athar.Time;

namespace Athar.Tests;

/// <summary>A pipeline is checked when it is built: every stage's required layers come from an earlier stage.</summary>
public class StageContractsTests
{
    private static readonly IReadOnlyList<IAnnotator> Defaults = AtharPipeline.DefaultStages().ToList();

    [Fact]
    public void Tokens_sentences_and_events_alone_fail_at_build_instead_of_finding_no_events()
    {
        var e = Assert.Throws<MissingLayerException>(() => new Pipeline([new Tokenizer(), new SentenceSplitter(), new EventStage()]));
        Assert.Equal("stage 'events' needs the 'dates' layer, which the 'dates' stage makes; add it before 'events'", e.Message);
        Assert.Equal("dates", e.LayerName);
    }

    [Fact]
    public void A_stage_placed_after_the_one_that_needs_it_is_named_to_move()
    {
        var e = Assert.Throws<MissingLayerException>(() => new Pipeline([new Tokenizer(), new DateFinder(), new NumberFinder()]));
        Assert.Equal("stage 'dates' needs the 'numbers' layer, which the 'numbers' stage makes; move 'numbers' before 'dates'", e.Message);
    }

    [Fact]
    public void A_layer_no_default_stage_makes_is_named_too()
    {
        var e = Assert.Throws<MissingLayerException>(() => new Pipeline([new Tokenizer(), new NeedsNotes()]));
        Assert.Equal("stage 'notes' needs the 'Note' layer, which no stage of the default pipeline makes; add a stage that makes it before 'notes'", e.Message);
    }

    [Fact]
    public void The_default_pipeline_passes_the_check() =>
        Assert.Equal(Defaults.Select(s => s.Name), AtharPipeline.CreateDefault().Stages.Select(s => s.Name));

    public static TheoryData<string, string> StageRequirements()
    {
        var data = new TheoryData<string, string>();
        foreach (var stage in Defaults)
        {
            foreach (var layer in stage.Requires)
                data.Add(stage.Name, layer.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(StageRequirements))]
    public void Leaving_out_the_stages_that_make_a_required_layer_fails_at_build(string stage, string layer)
    {
        var required = Defaults.Single(s => s.Name == stage).Requires.Single(t => t.Name == layer);
        var makers = Defaults.Where(s => s.Produces.Contains(required)).ToList();
        Assert.NotEmpty(makers);
        var e = Assert.Throws<MissingLayerException>(() => new Pipeline(Defaults.Except(makers)));
        Assert.Contains(e.Layer, makers.SelectMany(m => m.Produces));
    }

    [Fact]
    public void Each_stage_reads_no_required_layer_beyond_the_ones_it_declares()
    {
        var analysed = AtharPipeline.CreateDefault().Analyze(EventTestKit.Seed, new DocumentInfo { Id = "seed", Published = new DateOnly(2020, 9, 20) });
        foreach (var stage in Defaults)
        {
            var document = new Document(analysed.Text, analysed.Info);
            foreach (var layer in stage.Requires)
                CopyLayer(analysed, document, layer);
            stage.Annotate(document); // Require on an undeclared layer would throw here
            Assert.All(stage.Produces, layer => Assert.True(HasLayer(document, layer), $"stage '{stage.Name}' did not set {layer.Name}"));
        }
    }

    [Fact]
    public void A_stage_run_by_hand_without_its_layers_fails_instead_of_finding_nothing()
    {
        var document = new Document("قصفت طائرة مسيرة قرية باريشا أمس");
        new Tokenizer().Annotate(document);
        new SentenceSplitter().Annotate(document);
        var e = Assert.Throws<MissingLayerException>(() => new EventStage().Annotate(document));
        Assert.Equal("dates", e.LayerName);
    }

    private static void CopyLayer(Document from, Document to, Type layer) =>
        Generic(nameof(Copy), layer).Invoke(null, [from, to]);

    private static bool HasLayer(Document document, Type layer) =>
        (bool)Generic(nameof(Has), layer).Invoke(null, [document])!;

    private static MethodInfo Generic(string name, Type layer) =>
        typeof(StageContractsTests).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(layer);

    private static void Copy<T>(Document from, Document to) where T : IAnnotation => to.SetLayer(from.Layer<T>());

    private static bool Has<T>(Document document) where T : IAnnotation => document.HasLayer<T>();

    private sealed record Note(Span Span) : IAnnotation;

    private sealed class NeedsNotes : IAnnotator
    {
        public string Name => "notes";

        public IReadOnlyList<Type> Requires => [typeof(Token), typeof(Note)];

        public IReadOnlyList<Type> Produces => [];

        public void Annotate(Document document) => document.Require<Note>();
    }
}
