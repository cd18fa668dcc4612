namespace BlazorStock.Domain.Catalog;

/// <summary>
/// A product's picture, kept in the database beside the product rather than on one server's disk, so every
/// app server serves the same one. Only PNG, JPEG and WebP are accepted, checked by their bytes.
/// </summary>
public sealed class ProductImage
{
    public const int MaxBytes = 1024 * 1024;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    private ProductImage()
    {
    }

    private ProductImage(int productId, string contentType, byte[] data)
    {
        ProductId = productId;
        ContentType = contentType;
        Data = data;
    }

    public int ProductId { get; private set; }

    public string ContentType { get; private set; } = "";

    public byte[] Data { get; private set; } = [];

    public static string[] AcceptedTypes { get; } = ["image/png", "image/jpeg", "image/webp"];

    /// <summary>An image from uploaded bytes, or a refusal that says what is wrong with them.</summary>
    /// <summary>Why a file of <paramref name="bytes"/> cannot be a picture, or null; an upload asks before reading it.</summary>
    public static string? SizeProblem(long bytes) =>
        bytes is > 0 and <= MaxBytes ? null : $"A picture must be between 1 byte and {MaxBytes / 1024} KB; that file is {Math.Ceiling(bytes / 1024.0)} KB.";

    public static ProductImage From(int productId, byte[] data)
    {
        if (SizeProblem(data.Length) is { } problem)
        {
            throw new DomainException(ErrorCodes.InvalidImage, problem);
        }

        var type = Sniff(data) ?? throw new DomainException(ErrorCodes.InvalidImage, "Only PNG, JPEG and WebP images are accepted.");
        return new ProductImage(productId, type, data);
    }

    internal void Replace(ProductImage with)
    {
        ContentType = with.ContentType;
        Data = with.Data;
    }

    // The declared type of an upload is the client's word; the first bytes are the file's.
    private static string? Sniff(ReadOnlySpan<byte> data) =>
        data.StartsWith(Png) ? "image/png"
        : data.StartsWith(Jpeg) ? "image/jpeg"
        : data.Length > 12 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8) ? "image/webp"
        : null;
}
