using BlazorStock.Web.Features.Staff.History;

namespace BlazorStock.Tests.Features.Staff;

public sealed class AuditChangeTests
{
    [Fact]
    public void A_change_lists_only_the_fields_that_changed_in_words_before_and_after()
    {
        var changes = AuditChange.Describe(
            """{"status":"Active","quantity":2,"expiresAt":"2026-11-01T12:15:00+00:00"}""",
            """{"status":"Released","quantity":2,"expiresAt":"2026-11-01T12:25:00+00:00"}""");

        Assert.Equal(
            [("Status", "Active", "Released"), ("Expires at", "1 Nov 2026, 12:15:00 UTC", "1 Nov 2026, 12:25:00 UTC")],
            changes.Select(c => (c.Name, c.Before, c.After)));
    }

    [Fact]
    public void A_created_object_lists_its_values_without_the_empty_ones_and_nested_values_by_name()
    {
        var changes = AuditChange.Describe(null, """{"sku":"DESK-WAL","holdDuration":null,"customer":{"name":"Ada"},"lines":[1,2]}""");

        Assert.Equal(
            [("Sku", null, "DESK-WAL"), ("Customer name", null, "Ada"), ("Lines", null, "1, 2")],
            changes.Select(c => (c.Name, c.Before, c.After)));
    }

    [Fact]
    public void Text_that_is_not_json_is_shown_as_it_is()
    {
        Assert.Equal([("Value", "old", "new")], AuditChange.Describe("old", "new").Select(c => (c.Name, c.Before, c.After)));
    }
}
