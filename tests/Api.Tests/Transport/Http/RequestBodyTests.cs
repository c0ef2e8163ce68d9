using System.IO.Pipelines;
using System.Text;
using PartyOrg.Api.Transport.Http;

namespace PartyOrg.Api.Tests.Transport.Http;

/// <summary>The request body as read from its pipe: whole in one buffer, in pieces, and past the limit.</summary>
public sealed class RequestBodyTests
{
    private static readonly BodyParser<string> Text = body => Encoding.UTF8.GetString(body);

    [Fact]
    public async Task A_body_that_arrived_whole_is_parsed_as_it_is()
    {
        var pipe = await PipeOfAsync(["{\"query\":\"{ region { name } }\"}"], complete: true);

        var (value, tooLarge) = await RequestBody.ReadAsync(pipe.Reader, 1024, Text, CancellationToken.None);

        Assert.False(tooLarge);
        Assert.Equal("{\"query\":\"{ region { name } }\"}", value);
    }

    [Fact]
    public async Task A_body_in_pieces_is_gathered_even_where_a_character_is_split_between_them()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"name\":\"呼和浩特市党委\"}");
        var split = Array.IndexOf(bytes, (byte)0xE5) + 1;
        var pipe = new Pipe(new PipeOptions(minimumSegmentSize: 8));
        var reading = RequestBody.ReadAsync(pipe.Reader, 1024, Text, CancellationToken.None);
        await pipe.Writer.WriteAsync(bytes.AsMemory(0, split));
        await Task.Yield();
        await pipe.Writer.WriteAsync(bytes.AsMemory(split));
        await pipe.Writer.CompleteAsync();

        var (value, tooLarge) = await reading;

        Assert.False(tooLarge);
        Assert.Equal("{\"name\":\"呼和浩特市党委\"}", value);
    }

    [Fact]
    public async Task A_body_of_exactly_the_limit_is_read_and_one_byte_more_is_too_large()
    {
        var atLimit = await RequestBody.ReadAsync((await PipeOfAsync(["12345", "67890"], complete: true)).Reader, 10, Text, CancellationToken.None);
        var over = await RequestBody.ReadAsync((await PipeOfAsync(["12345", "67890", "1"], complete: true)).Reader, 10, Text, CancellationToken.None);

        Assert.Equal(("1234567890", false), atLimit);
        Assert.Equal((null, true), over);
    }

    [Fact]
    public async Task A_body_proves_too_large_before_it_ends()
    {
        // The writer never completes: the reader must stop as soon as the limit is passed, not wait for the end.
        var pipe = await PipeOfAsync([new string(' ', 600), new string(' ', 600)], complete: false);

        var (value, tooLarge) = await RequestBody.ReadAsync(pipe.Reader, 1000, Text, CancellationToken.None);

        Assert.True(tooLarge);
        Assert.Null(value);
    }

    [Fact]
    public async Task An_empty_body_is_handed_to_the_parser_as_empty()
    {
        var (value, tooLarge) = await RequestBody.ReadAsync((await PipeOfAsync([], complete: true)).Reader, 10, body => body.Length, CancellationToken.None);

        Assert.Equal((0, false), (value, tooLarge));
    }

    private static async Task<Pipe> PipeOfAsync(string[] pieces, bool complete)
    {
        var pipe = new Pipe(new PipeOptions(minimumSegmentSize: 8, pauseWriterThreshold: 0));
        foreach (var piece in pieces)
        {
            await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(piece));
        }

        if (complete)
        {
            await pipe.Writer.CompleteAsync();
        }

        return pipe;
    }
}
