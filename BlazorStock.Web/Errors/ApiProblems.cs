using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorStock.Web.Errors;

/// <summary>Problem details for refusals the web layer makes itself (not the domain), with the same <c>code</c> extension.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult Problem(int status, string code, string detail, IDictionary<string, object?>? extra = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        foreach (var (key, value) in extra ?? new Dictionary<string, object?>())
        {
            extensions[key] = value;
        }

        return TypedResults.Problem(detail: detail, statusCode: status, title: Title(code), extensions: extensions);
    }

    public static ProblemHttpResult Invalid(string code, string detail) => Problem(StatusCodes.Status400BadRequest, code, detail);

    public static string Title(string code) => char.ToUpperInvariant(code[0]) + code[1..].Replace('_', ' ');
}
