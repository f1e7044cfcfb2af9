using Athar.Input;

namespace Athar.Web.Api;

/// <summary>RFC 7807 problem details for the API's errors: the title says what kind, the detail says what to fix.</summary>
internal static class ApiProblems
{
    public static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request parameter", detail: detail);

    public static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    public static IResult Unavailable(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not available", detail: detail);

    /// <summary>Turns a user error raised while reading parameters (or by the store's own validation) into a 400.</summary>
    public static async ValueTask<object?> UserErrorsAsBadRequest(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (UserInputException e)
        {
            return BadRequest(e.Message);
        }
    }
}
