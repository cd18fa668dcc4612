using BlazorStock.Domain.Holds;

namespace BlazorStock.Web.Live;

/// <summary>The word browsers receive for what happened to a hold.</summary>
public static class HoldEventKind
{
    public static string Of(HoldEvent held) => held switch
    {
        HoldCreated => "created",
        HoldExtended => "extended",
        HoldReleased => "released",
        HoldExpired => "expired",
        HoldConverted => "converted",
        _ => "changed",
    };
}
