using Athar.Output;
using Athar.Places;
using Athar.Tests.Cli;

namespace Athar.Tests.Output;

/// <summary>The streamed result document is the same JSON as the one built as a tree (the web API's).</summary>
public sealed class ResultJsonTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_streamed_document_equals_the_built_one(bool indented)
    {
        var document = AtharPipeline.CreateDefault().Analyze(File.ReadAllText(CliRunner.SeedPath), new DocumentInfo { Id = "seed", Published = new DateOnly(2020, 9, 20) });
        var built = ResultJson.Build(document).ToJsonString(indented ? ResultJson.Options : ResultJson.Compact);
        Assert.Equal(built, ResultJson.Serialize(document, indented));
    }

    [Fact]
    public void A_local_gazetteer_is_named_in_the_metadata_of_both()
    {
        var document = AtharPipeline.CreateDefault().Analyze("قصف على إدلب");
        var local = new LocalGazetteerFile("/data/gazetteer.tsv", 12);
        var built = ResultJson.Build(document, local);
        Assert.Equal(built.ToJsonString(ResultJson.Options), ResultJson.Serialize(document, indented: true, local));
        Assert.Equal("""{"path":"/data/gazetteer.tsv","places":12}""", built["localGazetteer"]!.ToJsonString());
        Assert.Equal(["id", "url", "title", "published", "language", "length", "tokens", "localGazetteer"], built.Select(p => p.Key).Take(8));
        Assert.Null(ResultJson.Build(document)["localGazetteer"]);
    }
}
