namespace Athar.Web.Tests.Api;

/// <summary>Bad parameters are refused with 400 and RFC 7807 problem details that say what to fix; unknown things are 404.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProblemDetailsTests(ApiFixture api)
{
    [Theory]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/events?limit=1001", "1000")]
    [InlineData("/api/events?limit=ten", "limit")]
    [InlineData("/api/events?offset=-1", "offset")]
    [InlineData("/api/events?from=2020-13-01", "YYYY-MM-DD")]
    [InlineData("/api/events?from=2021-01-01&to=2020-01-01", "after")]
    [InlineData("/api/events?bbox=36,35,37", "west,south,east,north")]
    [InlineData("/api/events?bbox=36,95,37,96", "±90")]
    [InlineData("/api/events?country=SYR", "ISO 3166-1")]
    [InlineData("/api/events?type=massacre", "air_strike")]
    [InlineData("/api/events?colour=red", "unknown parameter 'colour'")]
    [InlineData("/api/events?country=SY&country=IQ", "given 2 times")]
    [InlineData("/api/events?q=%22unclosed", "unbalanced quote")]
    [InlineData("/api/events.geojson?limit=50001", "50000")]
    [InlineData("/api/events/1?verbose=1", "unknown parameter")]
    [InlineData("/api/timeline?bucket=week", "day, month, year")]
    [InlineData("/api/search", "give the words to look for (or a hashtag)")]
    [InlineData("/api/search?q=%D9%81%D9%8A", "stop words")]
    [InlineData("/api/search?q=x&limit=500", "limit")]
    [InlineData("/api/top?kind=weapon", "actor, place, hashtag")]
    [InlineData("/api/actors", "give q")]
    [InlineData("/api/actors/isis/whereabouts?from=yesterday", "YYYY-MM-DD")]
    public async Task Bad_parameters_get_400_with_a_message_naming_the_fix(string path, string expected)
    {
        var problem = await api.Problem(path, 400);
        Assert.Equal("Bad request parameter", problem.GetProperty("title").GetString());
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overlong_parameter_is_refused_before_any_query()
    {
        var problem = await api.Problem($"/api/search?q={new string('x', 1001)}", 400);
        Assert.Contains("longer than 1000", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/events/999999", "no event ATH999999")]
    [InlineData("/api/events/ATH999999", "no event ATH999999")]
    [InlineData("/api/articles/999999", "no article 999999")]
    [InlineData("/api/actors/nobody-at-all/whereabouts", "no actor")]
    [InlineData("/api/events/not-a-number", "event ids look like ATH7")]
    [InlineData("/api/teapot", "no API endpoint /api/teapot")]
    public async Task Unknown_things_get_404_problem_details(string path, string expected)
    {
        var problem = await api.Problem(path, 404);
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
