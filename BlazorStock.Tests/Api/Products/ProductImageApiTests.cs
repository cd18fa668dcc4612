using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BlazorStock.Domain.Catalog;
using BlazorStock.Tests.Support;
using BlazorStock.Web.Api.Products;
using Microsoft.EntityFrameworkCore;

namespace BlazorStock.Tests.Api.Products;

public sealed class ProductImageApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task A_picture_sent_as_the_body_is_served_where_the_product_says_and_a_multipart_upload_replaces_it()
    {
        var product = await factory.ProductAsync(1);
        using var staff = await factory.StaffClientAsync();
        var png = Picture(PngSignature, 2000);

        var saved = await ApiAssert.JsonAsync(await staff.PutAsync($"/api/products/{product.Id}/image", Raw(png, "image/png")), HttpStatusCode.OK);

        Assert.Equal((product.Id, 1, $"/images/products/{product.Id}/1"),
            (saved.GetProperty("productId").GetInt32(), saved.GetProperty("version").GetInt32(), saved.GetProperty("url").GetString()));
        using var anyone = factory.Client();
        var found = await anyone.GetAsync($"/api/products/{product.Id}/image");
        Assert.Equal(HttpStatusCode.Found, found.StatusCode);
        Assert.Equal($"/images/products/{product.Id}/1", found.Headers.Location!.OriginalString);
        var served = await anyone.GetAsync(found.Headers.Location);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync());

        // The declared type is the client's word; the domain goes by the bytes.
        var jpeg = Picture([0xFF, 0xD8, 0xFF], 3000);
        using var form = new MultipartFormDataContent { { Raw(jpeg, "application/octet-stream"), "file", "photo.bin" } };
        var replaced = await ApiAssert.JsonAsync(await staff.PutAsync($"/api/products/{product.Id}/image", form), HttpStatusCode.OK);

        Assert.Equal(2, replaced.GetProperty("version").GetInt32());
        var image = await factory.DbAsync(db => db.ProductImages.AsNoTracking().SingleAsync(i => i.ProductId == product.Id));
        Assert.Equal("image/jpeg", image.ContentType);
        Assert.Equal(jpeg, image.Data);
        Assert.Equal($"/images/products/{product.Id}/2", (await anyone.GetAsync($"/api/products/{product.Id}/image")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Wrong_types_bytes_that_are_no_picture_oversized_pictures_and_unknown_products_are_refused_and_change_nothing()
    {
        var product = await factory.ProductAsync(1);
        using var staff = await factory.StaffClientAsync();
        var url = $"/api/products/{product.Id}/image";

        var text = await ApiAssert.ProblemAsync(await staff.PutAsync(url, new StringContent("a picture", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        Assert.Contains("multipart/form-data", text.GetProperty("detail").GetString());
        await ApiAssert.ProblemAsync(await staff.PutAsync(url, new StringContent("{}", Encoding.UTF8, "application/json")), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        var notPicture = await ApiAssert.ProblemAsync(await staff.PutAsync(url, Raw(Encoding.UTF8.GetBytes("GIF89a, honestly"), "image/png")), HttpStatusCode.BadRequest, "invalid_image");
        Assert.Equal("Only PNG, JPEG and WebP images are accepted.", notPicture.GetProperty("detail").GetString());
        var oversized = await ApiAssert.ProblemAsync(await staff.PutAsync(url, Raw(Picture(PngSignature, ProductImage.MaxBytes + 1), "image/png")), HttpStatusCode.BadRequest, "invalid_image");
        Assert.StartsWith("A picture must be between 1 byte and 1024 KB", oversized.GetProperty("detail").GetString());
        using (var form = new MultipartFormDataContent { { Raw(Picture(PngSignature, ProductImage.MaxBytes + 1), "image/png"), "file", "big.png" } })
        {
            await ApiAssert.ProblemAsync(await staff.PutAsync(url, form), HttpStatusCode.BadRequest, "invalid_image");
        }

        await ApiAssert.ProblemAsync(await staff.PutAsync(url, Raw(Picture(PngSignature, (int)ProductImageApi.MaxBodyBytes + 1), "image/png")), HttpStatusCode.RequestEntityTooLarge, "body_too_large");
        await ApiAssert.ProblemAsync(await staff.PutAsync(url, Raw([], "image/png")), HttpStatusCode.BadRequest, "invalid_image");
        using (var two = new MultipartFormDataContent { { Raw(Picture(PngSignature, 100), "image/png"), "file", "a.png" }, { Raw(Picture(PngSignature, 100), "image/png"), "file", "b.png" } })
        {
            await ApiAssert.ProblemAsync(await staff.PutAsync(url, two), HttpStatusCode.BadRequest, "invalid_image");
        }

        await ApiAssert.ProblemAsync(await staff.PutAsync(url, new StringContent("no boundary", Encoding.UTF8, "multipart/form-data")), HttpStatusCode.BadRequest, "invalid_request");
        var truncated = new StringContent("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\n\u0089PNG", Encoding.UTF8);
        truncated.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
        await ApiAssert.ProblemAsync(await staff.PutAsync(url, truncated), HttpStatusCode.BadRequest, "invalid_request");
        await ApiAssert.ProblemAsync(await staff.PutAsync("/api/products/987654/image", Raw(Picture(PngSignature, 100), "image/png")), HttpStatusCode.NotFound, "product_not_found");

        Assert.Equal(0, await factory.DbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.ImageVersion).SingleAsync()));
        Assert.False(await factory.DbAsync(db => db.ProductImages.AnyAsync(i => i.ProductId == product.Id)));
        using var anyone = factory.Client();
        await ApiAssert.ProblemAsync(await anyone.GetAsync(url), HttpStatusCode.NotFound, "image_not_found");
        await ApiAssert.ProblemAsync(await anyone.GetAsync("/api/products/987654/image"), HttpStatusCode.NotFound, "product_not_found");
    }

    [Fact]
    public async Task Only_staff_set_a_picture()
    {
        var product = await factory.ProductAsync(1);
        using var anonymous = factory.Client();
        using var nobody = factory.BearerClient(await factory.UserWithoutRoleTokenAsync());

        await ApiAssert.ProblemAsync(await anonymous.PutAsync($"/api/products/{product.Id}/image", Raw(Picture(PngSignature, 100), "image/png")), HttpStatusCode.Unauthorized);
        await ApiAssert.ProblemAsync(await nobody.PutAsync($"/api/products/{product.Id}/image", Raw(Picture(PngSignature, 100), "image/png")), HttpStatusCode.Forbidden);

        Assert.Equal(0, await factory.DbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.ImageVersion).SingleAsync()));
    }

    private static byte[] Picture(byte[] signature, int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        signature.CopyTo(bytes, 0);
        return bytes;
    }

    private static ByteArrayContent Raw(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }
}
