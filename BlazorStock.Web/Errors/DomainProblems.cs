using BlazorStock.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorStock.Web.Errors;

/// <summary>Turns a domain refusal into RFC 9457 problem details carrying the domain's machine code.</summary>
public static class DomainProblems
{
    public static int StatusFor(string code) => code switch
    {
        ErrorCodes.HoldNotFound or ErrorCodes.OrderNotFound or ErrorCodes.ProductNotFound
            or ErrorCodes.WarehouseNotFound or ErrorCodes.UnitNotFound => StatusCodes.Status404NotFound,
        ErrorCodes.InvalidQuantity or ErrorCodes.InvalidProduct or ErrorCodes.InvalidKit => StatusCodes.Status400BadRequest,
        ErrorCodes.PaymentDeclined => StatusCodes.Status402PaymentRequired,
        _ => StatusCodes.Status409Conflict,
    };

    public static ProblemHttpResult ToProblem(this DomainException error)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        foreach (var (key, value) in error.Details)
        {
            extensions[key] = value;
        }

        return TypedResults.Problem(detail: error.Message, statusCode: StatusFor(error.Code), title: Title(error.Code), extensions: extensions);
    }

    private static string Title(string code) => char.ToUpperInvariant(code[0]) + code[1..].Replace('_', ' ');
}
