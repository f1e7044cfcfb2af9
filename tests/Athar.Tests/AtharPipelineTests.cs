using Athar.Places;
using Athar.Tests.Cli;
using Athar.Tests.Places;

namespace Athar.Tests;

/// <summary>The library builds its pipeline from what it is given, never from the environment.</summary>
[Collection(EnvironmentCollection.Name)]
public class AtharPipelineTests
{
    private static readonly DocumentInfo Yesterday = new() { Published = new DateOnly(2020, 9, 20) };

    [Fact]
    public void A_pipeline_built_with_a_gazetteer_resolves_places_with_it()
    {
        var small = new GazetteerBuilder().AddRows([FakeMosul.Row]).Build();
        var analysed = AtharPipeline.CreateDefault(new PipelineOptions { Gazetteer = small }).Analyze(FakeMosul.AirStrike, Yesterday);
        Assert.Equal(FakeMosul.FakeLat, FakeMosul.MosulLat(analysed));
    }

    [Fact]
    public void The_default_pipeline_ignores_ATHAR_GAZETTEER()
    {
        using var dir = new TempDir();
        FakeMosul.WriteIn(dir.Path);
        var before = Environment.GetEnvironmentVariable("ATHAR_GAZETTEER");
        Environment.SetEnvironmentVariable("ATHAR_GAZETTEER", dir.Path);
        try
        {
            var analysed = AtharPipeline.CreateDefault().Analyze(FakeMosul.AirStrike, Yesterday);
            Assert.Equal(FakeMosul.BuiltInLat, FakeMosul.MosulLat(analysed));
            var strike = Assert.Single(analysed.Layer<Athar.Events.EventRecord>());
            Assert.Equal(FakeMosul.BuiltInLat, strike.Where!.Lat);
        }
        finally
        {
            Environment.SetEnvironmentVariable("ATHAR_GAZETTEER", before);
        }
    }
}

/// <summary>Tests that set environment variables run alone: no other test may read them meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "environment variables";
}
