namespace BlazorStock.Web.Api.Admin;

/// <param name="Reason">Why staff act on someone else's hold; required, 1–500 characters, kept in the audit log. Left out, the domain refuses it (<c>invalid_reason</c>).</param>
public sealed record StaffReasonRequest(string? Reason = null);
