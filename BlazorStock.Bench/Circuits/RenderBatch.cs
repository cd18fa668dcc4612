using System.Buffers.Binary;
using System.Text;

namespace BlazorStock.Bench.Circuits;

/// <summary>
/// Reads a render batch as blazor.web.js does (OutOfProcessRenderBatch.ts; written by the server's
/// RenderBatchWriter): the frames it inserts or changes and the event handlers it disposes. No DOM is
/// kept; a scenario looks for the texts and buttons it needs in the frames each batch carries.
/// </summary>
public sealed class RenderBatch
{
    private const int FrameLength = 20;

    // RenderTreeEditType values.
    private const int PrependFrame = 1;
    private const int SetAttribute = 3;
    private const int UpdateText = 5;
    private const int UpdateMarkup = 8;

    private readonly byte[] _data;
    private readonly int[] _owners;
    private readonly List<ClickTarget> _changedClicks = [];
    private readonly int _stringTable;

    public RenderBatch(byte[] data)
    {
        _data = data;
        _stringTable = Int(data.Length - 4);
        var frames = Int(data.Length - 16);
        var count = Int(frames);
        var list = new RenderFrame[count];
        for (var i = 0; i < count; i++)
        {
            var at = frames + 4 + i * FrameLength;
            var type = Int(at);
            list[i] = type switch
            {
                RenderFrame.Element => new RenderFrame(type, Int(at + 4), String(Int(at + 8)), null, 0),
                RenderFrame.Text or 8 => new RenderFrame(type, 1, null, String(Int(at + 4)), 0),
                RenderFrame.Attribute => new RenderFrame(type, 1, String(Int(at + 4)), String(Int(at + 8)), BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(at + 12))),
                4 or 5 => new RenderFrame(type, Int(at + 4), null, null, 0),
                _ => new RenderFrame(type, 1, null, null, 0),
            };
        }

        Frames = list;
        _owners = new int[count];
        var diffs = Int(data.Length - 20);
        for (var d = 0; d < Int(diffs); d++)
        {
            var diff = Int(diffs + 4 + d * 4);
            var componentId = Int(diff);
            var edits = Int(diff + 4);
            for (var e = 0; e < edits; e++)
            {
                var at = diff + 8 + e * 16;
                var type = Int(at);
                var frame = Int(at + 8);
                if (type is PrependFrame or SetAttribute or UpdateText or UpdateMarkup && frame >= 0 && frame < count)
                {
                    var length = type == PrependFrame ? Math.Max(1, list[frame].SubtreeLength) : 1;
                    Array.Fill(_owners, componentId, frame, Math.Min(length, count - frame));
                    if (type == SetAttribute && list[frame] is { Type: RenderFrame.Attribute, Name: "onclick" } changed)
                    {
                        _changedClicks.Add(new ClickTarget(componentId, changed.EventHandlerId));
                    }
                }
            }
        }

        var disposed = Int(data.Length - 8);
        DisposedEventHandlers = Enumerable.Range(0, Int(disposed))
            .Select(i => BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(disposed + 4 + i * 8)))
            .ToArray();
    }

    /// <summary>Every frame the batch inserts or updates, in order (the batch's reference frames).</summary>
    public IReadOnlyList<RenderFrame> Frames { get; }

    public IReadOnlyList<ulong> DisposedEventHandlers { get; }

    public IEnumerable<string> Texts => Frames.Where(f => f.Type == RenderFrame.Text && f.Value is not null).Select(f => f.Value!);

    public int Size => _data.Length;

    /// <summary>Click handlers this batch gave existing buttons (attribute edits), with the component of each.</summary>
    public IReadOnlyList<ClickTarget> ChangedClickHandlers => _changedClicks;

    /// <summary>The buttons inserted by this batch whose text is <paramref name="label"/>, in document order.</summary>
    public IReadOnlyList<ClickTarget> ClickHandlersOf(string label)
    {
        var found = new List<ClickTarget>();
        for (var i = 0; i < Frames.Count; i++)
        {
            var frame = Frames[i];
            if (frame.Type != RenderFrame.Element || frame.Name != "button")
            {
                continue;
            }

            var end = i + frame.SubtreeLength;
            ulong handler = 0;
            var labelled = false;
            for (var j = i + 1; j < end && j < Frames.Count; j++)
            {
                var inner = Frames[j];
                if (inner.Type == RenderFrame.Attribute && inner.Name == "onclick" && j <= i + AttributesOf(i))
                {
                    handler = inner.EventHandlerId;
                }
                else if (inner.Type == RenderFrame.Text && inner.Value?.Trim() == label)
                {
                    labelled = true;
                }
            }

            if (labelled && handler != 0)
            {
                found.Add(new ClickTarget(_owners[i], handler));
            }
        }

        return found;
    }

    private int AttributesOf(int element)
    {
        var count = 0;
        while (element + count + 1 < Frames.Count && Frames[element + count + 1].Type == RenderFrame.Attribute)
        {
            count++;
        }

        return count;
    }

    private int Int(int at) => BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(at));

    private string? String(int index)
    {
        if (index < 0)
        {
            return null;
        }

        var at = Int(_stringTable + index * 4);
        // BinaryWriter's string: a 7-bit encoded length, then UTF-8.
        var length = 0;
        var shift = 0;
        byte b;
        do
        {
            b = _data[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);

        return Encoding.UTF8.GetString(_data, at, length);
    }
}
