using Athar.Output;
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
}
