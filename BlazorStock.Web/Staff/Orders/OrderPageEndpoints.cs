using BlazorStock.Domain;
using BlazorStock.Domain.Orders;
using BlazorStock.Domain.Persistence;
using BlazorStock.Domain.Stock;
using BlazorStock.Web.Api.Orders;
using BlazorStock.Web.Components.Pages.Staff.Orders;
using BlazorStock.Web.Components.Pages.Staff.Shared;
using BlazorStock.Web.Live;
using BlazorStock.Web.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BlazorStock.Web.Staff.Orders;

/// <summary>
/// Orders in the back office: live list and detail fragments, availability checks, creating an order for a
/// customer, reserving or releasing its stock, and moving it to a next state that OrderTransitions allows.
/// </summary>
public static class OrderPageEndpoints
{
    public const string Changed = "staff:orders";

    public static RouteGroupBuilder MapOrderPageEndpoints(this RouteGroupBuilder staff)
    {
        staff.MapGet("/orders/rows", GetRowsAsync);
        staff.MapGet("/orders/{id:guid}/panel", GetPanelAsync);
        staff.MapGet("/orders/{id:guid}/availability", GetAvailabilityAsync);
        staff.MapPost("/orders/check", CheckAsync);
        staff.MapPost("/orders/create", CreateAsync);
        staff.MapPost("/orders/{id:guid}/transition", TransitionAsync);
        staff.MapPost("/orders/{id:guid}/reserve", ReserveAsync);
        staff.MapPost("/orders/{id:guid}/release", ReleaseAsync);
        return staff;
    }

    public static async Task<RazorComponentResult<OrderRows>> GetRowsAsync([AsParameters] OrdersQuery query, StockDbContext db, CancellationToken cancellationToken) =>
        new(new { View = await OrderPageReader.ListAsync(db, query, cancellationToken) });

    public static async Task<Results<RazorComponentResult<OrderPanel>, NotFound>> GetPanelAsync(Guid id, StockDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        await OrderPageReader.DetailAsync(db, id, cancellationToken) is { } view
            ? new RazorComponentResult<OrderPanel>(new { View = view, Now = time.GetUtcNow() })
            : TypedResults.NotFound();

    public static async Task<Results<RazorComponentResult<AvailabilityResult>, NotFound>> GetAvailabilityAsync(
        Guid id, StockDbContext db, AvailabilityService availability, CancellationToken cancellationToken) =>
        await OrderReadModel.AvailabilityAsync(db, availability, id, cancellationToken) is { } report
            ? new RazorComponentResult<AvailabilityResult>(new { report.Available, report.Lines })
            : TypedResults.NotFound();

    public static async Task<RazorComponentResult<AvailabilityResult>> CheckAsync([FromForm] NewOrderForm form, AvailabilityService availability, CancellationToken cancellationToken)
    {
        var lines = form.Requested();
        if (lines.Count == 0)
        {
            return new(new { Available = false, Lines = Array.Empty<LineAvailabilityResponse>() });
        }

        var report = await availability.CheckAsync(lines, cancellationToken);
        return new(new { report.Available, Lines = report.Lines.Select(l => LineAvailabilityResponse.From(l)).ToList() });
    }

    public static async Task<Results<RazorComponentResult<Toast>, RedirectHttpResult>> CreateAsync(
        [FromForm] NewOrderForm form, HttpContext http, OrderService orders, CancellationToken cancellationToken)
    {
        try
        {
            var order = await orders.CreateAsync(form.Customer ?? "", form.Requested(), form.Reserve, cancellationToken);
            var notice = new StaffNotice("success", form.Reserve ? $"Order for {order.Customer} created; its stock is held." : $"Order for {order.Customer} created.");
            if (http.Request.IsHtmx())
            {
                http.Response.Headers["HX-Redirect"] = $"/staff/orders/{order.Id}";
            }

            return StaffForms.Answer(http, notice, $"/staff/orders/{order.Id}", Changed);
        }
        catch (DomainException error)
        {
            return StaffForms.Answer(http, new StaffNotice("danger", error.Message), "/staff/orders/new", "", Errors.DomainProblems.StatusFor(error.Code));
        }
    }

    public static Task<Results<RazorComponentResult<Toast>, RedirectHttpResult>> TransitionAsync(
        Guid id, [FromForm] TransitionForm form, HttpContext http, OrderService orders, CancellationToken cancellationToken)
    {
        var fallback = $"/staff/orders/{id}";
        if (!Enum.TryParse<OrderStatus>(form.To, out var to) || !Enum.IsDefined(to))
        {
            return Task.FromResult(StaffForms.Refuse(http, "Choose the state to move the order to.", form.ReturnUrl, fallback));
        }

        var reason = form.Reason?.Trim() is { Length: > 0 } given ? given[..Math.Min(given.Length, 500)] : null;
        return StaffForms.ActAsync(http, form.ReturnUrl, fallback, Changed, async () =>
        {
            var order = await orders.TransitionAsync(id, to, reason ?? (to == OrderStatus.Cancelled ? "Cancelled by staff" : null), cancellationToken);
            return $"Order for {order.Customer} is now {order.Status}.";
        });
    }

    public static Task<Results<RazorComponentResult<Toast>, RedirectHttpResult>> ReserveAsync(
        Guid id, [FromForm] ReturnForm form, HttpContext http, OrderService orders, CancellationToken cancellationToken) =>
        StaffForms.ActAsync(http, form.ReturnUrl, $"/staff/orders/{id}", Changed, async () =>
        {
            var order = await orders.ReserveAsync(id, cancellationToken);
            return $"Stock for {order.Customer}'s order is held.";
        });

    public static Task<Results<RazorComponentResult<Toast>, RedirectHttpResult>> ReleaseAsync(
        Guid id, [FromForm] ReturnForm form, HttpContext http, OrderService orders, CancellationToken cancellationToken) =>
        StaffForms.ActAsync(http, form.ReturnUrl, $"/staff/orders/{id}", Changed, async () =>
        {
            var order = await orders.ReleaseReservationsAsync(id, "Reservations released by staff", cancellationToken);
            return $"Released the stock held for {order.Customer}'s order.";
        });
}
