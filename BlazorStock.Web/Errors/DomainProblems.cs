using BlazorStock.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorStock.Web.Errors;

/// <summary>Turns a domain refusal into RFC 9457 problem details carrying the domain's machine code.</summary>
public static class DomainProblems
{
    public static int StatusFor(string code) => code switch
    {
        ErrorCodes.HoldNotFound or ErrorCodes.OrderNotFound or ErrorCodes.ProductNotFound
            or ErrorCodes.WarehouseNotFound or ErrorCodes.UnitNotFound or ErrorCodes.WaitlistEntryNotFound => StatusCodes.Status404NotFound,
        ErrorCodes.SignInRequired => StatusCodes.Status403Forbidden,
        ErrorCodes.InvalidQuantity or ErrorCodes.InvalidProduct or ErrorCodes.InvalidKit or ErrorCodes.InvalidImage
            or ErrorCodes.InvalidReason or ErrorCodes.InvalidPaymentReference or ErrorCodes.InvalidCustomer => StatusCodes.Status400BadRequest,
        ErrorCodes.PaymentDeclined => StatusCodes.Status402PaymentRequired,
        ErrorCodes.StorageFull or ErrorCodes.WritesUnavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status409Conflict,
    };

    public static ProblemHttpResult ToProblem(this DomainException error)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        foreach (var (key, value) in error.Details)
        {
            extensions[ExtensionName(key)] = value;
        }

        return TypedResults.Problem(detail: error.Message, statusCode: StatusFor(error.Code), title: Title(error.Code), extensions: extensions);
    }

    /// <summary>
    /// A detail named like a member of the problem itself ("status" of a hold) would write a second
    /// "status" into the JSON and clients would read the hold's status as the HTTP one; rename it.
    /// </summary>
    private static string ExtensionName(string key) => key switch
    {
        "status" => "currentStatus",
        "type" or "title" or "detail" or "instance" or "code" or "traceId" or "requestId" => key + "Detail",
        _ => key,
    };

    private static string Title(string code) => char.ToUpperInvariant(code[0]) + code[1..].Replace('_', ' ');
}
