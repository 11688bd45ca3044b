using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Organisations;
using LiveFair.Silo.Orders;
using LiveFair.Web.Orders;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LiveFair.Web.Tests.Orders;

[Collection(OrderTestGroup.Name)]
public sealed class SalesExportTests(OrdersFixture fixture)
{
    [Fact]
    public async Task The_csv_has_one_row_per_order_and_no_cell_a_spreadsheet_would_run_as_a_formula()
    {
        var host = fixture.OnDelivery;
        using var shop = await OrdersFixture.ShopAsync(host);
        using var buyer = await OrdersFixture.BuyerAsync(host);
        await OrdersFixture.PlaceAsync(buyer, OrdersFixture.Order(shop.ProductId, quantity: 2, name: "=HYPERLINK(\"http://evil\",\"x\")", city: "@SUM(A1)"));
        await OrdersFixture.PlaceAsync(buyer, OrdersFixture.Order(shop.ProductId, name: "-2+3", city: "+成都"));
        var streamer = await host.CreateMemberAsync(shop.WorkshopId, OrganisationRole.Streamer);
        using var streamerHttp = host.CreateClient(await host.SignInAsync(streamer));

        using var response = await streamerHttp.GetAsync($"/api/orgs/{shop.WorkshopId}/sales/orders.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length);
        var cells = rows.Skip(1).SelectMany(row => Cells(row)).ToList();
        Assert.All(cells, cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@', cell));
        Assert.Contains("'=HYPERLINK(\"http://evil\",\"x\")", cells);
        Assert.Contains("'@SUM(A1)", cells);
        Assert.Contains("'-2+3", cells);
        Assert.Contains("100.00", cells);
        Assert.Contains("60.00", cells);
        Assert.Contains("20.00", cells);
    }

    [Theory]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("+86 138", "\"'+86 138\"")]
    [InlineData("-1", "\"'-1\"")]
    [InlineData("@x", "\"'@x\"")]
    [InlineData("\tx", "\"'\tx\"")]
    [InlineData("say \"hi\", 你好", "\"say \"\"hi\"\", 你好\"")]
    [InlineData("12.50", "\"12.50\"")]
    public void A_cell_is_quoted_and_defused(string value, string expected) => Assert.Equal(expected, SalesCsv.Cell(value));

    [Fact]
    public async Task Deleting_a_buyers_account_anonymises_their_orders_and_keeps_the_workshops_books()
    {
        var host = fixture.OnDelivery;
        using var shop = await OrdersFixture.ShopAsync(host);
        using var buyer = await OrdersFixture.BuyerAsync(host);
        var orderId = (await OrdersFixture.PlaceAsync(buyer, OrdersFixture.Order(shop.ProductId, nickname: "小明"))).GetProperty("order").GetProperty("orderId").GetString()!;

        var export = await buyer.Http.GetFromJsonAsync<JsonElement>("/api/me/export");
        Assert.Equal(orderId, Assert.Single(export.GetProperty("orders").EnumerateArray()).GetProperty("orderId").GetString());

        using (var deleted = await buyer.Http.PostAsJsonAsync("/api/me/delete", new { password = buyer.Person.Password }))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        var order = await OrdersFixture.ViewAsync(host, orderId);
        Assert.Equal((null, null, null, true, OrderStatus.Paid), (order.BuyerId, order.Shipping, order.TickerNickname, order.BuyerErased, order.Status));
        Assert.Empty(await host.Services.GetRequiredService<OrderIndex>().ListByBuyerAsync(buyer.Person.Id));
        var listed = Assert.Single((await shop.Admin.Http.GetFromJsonAsync<JsonElement[]>($"/api/orgs/{shop.WorkshopId}/orders"))!);
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("shipping").ValueKind);
        var summary = await shop.Admin.Http.GetFromJsonAsync<JsonElement>($"/api/orgs/{shop.WorkshopId}/sales/summary");
        Assert.Equal((1, 5_000L), (summary.GetProperty("orders").GetInt32(), summary.GetProperty("totalFen").GetInt64()));
        Assert.DoesNotContain("王小明", await shop.Admin.Http.GetStringAsync($"/api/orgs/{shop.WorkshopId}/sales/orders.csv"), StringComparison.Ordinal);
    }

    /// <summary>The cells of one CSV row as written by <see cref="SalesCsv"/>: every cell quoted.</summary>
    private static IEnumerable<string> Cells(string row)
    {
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (quoted && c == '"' && i + 1 < row.Length && row[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                yield return cell.ToString();
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        yield return cell.ToString();
    }
}
