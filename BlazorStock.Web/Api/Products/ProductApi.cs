using BlazorStock.Domain.Catalog;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using BlazorStock.Domain;
using BlazorStock.Web.Errors;
using BlazorStock.Web.Staff;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Web.Api.Products;

/// <summary>The catalog with live availability (anyone), and product maintenance (staff).</summary>
public static class ProductApi
{
    public static IEndpointRouteBuilder MapProductEndpoints(this IEndpointRouteBuilder api)
    {
        var products = api.MapGroup("/products").WithTags("Products");
        products.MapGet("", ListProductsAsync).WithName("ListProducts").WithSummary("Products for sale with what can be held now.");
        products.MapGet("/{id:int}", GetProductAsync).WithName("GetProduct").WithSummary("A product with availability per warehouse.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var staff = products.MapGroup("").RequireStaff(StaffPolicies.Warehouse);
        staff.MapPost("", CreateProductAsync).WithName("CreateProduct").WithSummary("Create a product (or a kit, with components).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPut("/{id:int}", UpdateProductAsync).WithName("UpdateProduct").WithSummary("Update a product.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<Ok<List<ProductSummary>>> ListProductsAsync(StockDbContext db, AvailabilityService availability, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking()
            .Include(p => p.Components)
            .Where(p => p.IsActive)
            .OrderBy(p => p.Name)
            .ToListAsync(cancellationToken);
        var stocked = products.SelectMany(p => p.StockNeeds(1).Select(n => n.ProductId)).Distinct().ToList();
        var available = await availability.AvailableByProductAsync(stocked, cancellationToken);
        return TypedResults.Ok(products
            .Select(p => new ProductSummary(p.Id, p.Sku, p.Name, p.Category, p.Price, Math.Max(0, p.AvailableFrom(available)), p.IsKit, p.IsSerialized))
            .ToList());
    }

    public static async Task<Results<Ok<ProductDetailResponse>, ProblemHttpResult>> GetProductAsync(int id, StockDbContext db, CancellationToken cancellationToken) =>
        await ProductReadModel.DetailAsync(db, id, cancellationToken) is { } product
            ? TypedResults.Ok(product)
            : ApiProblems.Problem(StatusCodes.Status404NotFound, ErrorCodes.ProductNotFound, $"Product {id} does not exist.");

    public static async Task<Results<Created<ProductDetailResponse>, ProblemHttpResult>> CreateProductAsync(
        ProductRequest request, CatalogService catalog, StockDbContext db, CancellationToken cancellationToken)
    {
        if (request.ComponentsProblem() is { } problem)
        {
            return problem;
        }

        var product = await catalog.CreateProductAsync(request.ToDetails(), request.ToComponents(), cancellationToken);
        var detail = await ProductReadModel.DetailAsync(db, product.Id, cancellationToken);
        return TypedResults.Created($"/api/products/{product.Id}", detail);
    }

    public static async Task<Results<Ok<ProductDetailResponse>, ProblemHttpResult>> UpdateProductAsync(
        int id, ProductRequest request, CatalogService catalog, StockDbContext db, CancellationToken cancellationToken)
    {
        if (request.ComponentsProblem() is { } problem)
        {
            return problem;
        }

        await catalog.UpdateProductAsync(id, request.ToDetails(), request.ToComponents(), cancellationToken);
        return TypedResults.Ok((await ProductReadModel.DetailAsync(db, id, cancellationToken))!);
    }
}
