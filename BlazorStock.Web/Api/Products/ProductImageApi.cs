using BlazorStock.Domain;
using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Persistence;
using BlazorStock.Web.Errors;
using BlazorStock.Web.Features.Catalog;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace BlazorStock.Web.Api.Products;

/// <summary>A product's picture: staff upload one (as the product editor does), anyone finds where it is served.</summary>
public static class ProductImageApi
{
    /// <summary>Room for the multipart envelope around the largest picture the domain takes.</summary>
    public const long MaxBodyBytes = ProductImage.MaxBytes + (64 * 1024);

    public static IEndpointRouteBuilder MapProductImageEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/products/{id:int}/image", GetImageAsync).WithName("GetProductImage").WithTags("Products")
            .WithSummary("Redirects (302) to where the product's current picture is served.")
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/products/{id:int}/image", SetImageAsync).WithName("SetProductImage").WithTags("Products").RequireStaff(StaffPolicies.Warehouse)
            .WithSummary($"Replace the product's picture: PNG, JPEG or WebP (checked by its bytes), at most {ProductImage.MaxBytes / 1024} KB; send it as multipart/form-data (one file) or as the body with its image content type.")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .AddOpenApiOperationTransformer(DescribeBody)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    public static async Task<Results<RedirectHttpResult, ProblemHttpResult>> GetImageAsync(int id, StockDbContext db, CancellationToken cancellationToken)
    {
        var version = await db.Products.AsNoTracking().Where(p => p.Id == id).Select(p => (int?)p.ImageVersion).SingleOrDefaultAsync(cancellationToken);
        return version switch
        {
            null => ApiProblems.Problem(StatusCodes.Status404NotFound, ErrorCodes.ProductNotFound, $"Product {id} does not exist."),
            0 => ApiProblems.Problem(StatusCodes.Status404NotFound, "image_not_found", $"Product {id} has no picture."),
            { } current => TypedResults.Redirect(ProductImageEndpoint.UrlOf(id, current)),
        };
    }

    public static async Task<Results<Ok<ProductImageResponse>, ProblemHttpResult>> SetImageAsync(
        int id, HttpRequest request, CatalogService catalog, CancellationToken cancellationToken)
    {
        byte[] data;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (Exception malformed) when (malformed is InvalidDataException || (malformed is IOException && malformed is not BadHttpRequestException))
            {
                // A truncated body ends the multipart reader with an IOException; a body past the limit
                // (BadHttpRequestException, also an IOException) keeps its own 413.
                return ApiProblems.Invalid("invalid_request", $"The multipart body could not be read: {malformed.Message}");
            }

            if (form.Files.Count != 1)
            {
                return ApiProblems.Invalid(ErrorCodes.InvalidImage, $"Send exactly one file in the multipart body; this one has {form.Files.Count}.");
            }

            var file = form.Files[0];
            CheckSize(file.Length);
            await using var upload = file.OpenReadStream();
            data = await ReadAllAsync(upload, cancellationToken);
        }
        else if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && ProductImage.AcceptedTypes.Contains(type.MediaType.Value, StringComparer.OrdinalIgnoreCase))
        {
            // Without a length the body is read up to the endpoint's limit, and the domain measures the bytes.
            if (request.ContentLength is { } length)
            {
                CheckSize(length);
            }

            data = await ReadAllAsync(request.Body, cancellationToken);
        }
        else
        {
            return ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type",
                $"Send the picture as multipart/form-data with one file, or as the body with Content-Type {string.Join(", ", ProductImage.AcceptedTypes)}.");
        }

        var product = await catalog.SetImageAsync(id, data, cancellationToken);
        return TypedResults.Ok(new ProductImageResponse(product.Id, product.ImageVersion, ProductImageEndpoint.UrlOf(product.Id, product.ImageVersion)));
    }

    /// <summary>Refuses an upload the domain would refuse for its size before reading it, as the product editor does.</summary>
    private static void CheckSize(long length)
    {
        if (ProductImage.SizeProblem(length) is { } problem)
        {
            throw new DomainException(ErrorCodes.InvalidImage, problem);
        }
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes, cancellationToken);
        return bytes.ToArray();
    }

    private static Task DescribeBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var binary = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
        var content = new Dictionary<string, OpenApiMediaType>
        {
            ["multipart/form-data"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = binary },
                    Required = new HashSet<string> { "file" },
                },
            },
        };
        foreach (var type in ProductImage.AcceptedTypes)
        {
            content[type] = new OpenApiMediaType { Schema = binary };
        }

        operation.RequestBody = new OpenApiRequestBody { Required = true, Content = content };
        return Task.CompletedTask;
    }
}
