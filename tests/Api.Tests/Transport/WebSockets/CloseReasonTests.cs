using System.Text;
using PartyOrg.Api.Transport.WebSockets;

namespace PartyOrg.Api.Tests.Transport.WebSockets;

public sealed class CloseReasonTests
{
    [Fact]
    public void Short_description_is_kept_as_it_is()
    {
        Assert.Equal("Invalid message: not JSON", CloseReason.BadRequest("Invalid message: not JSON").Description);
    }

    [Theory]
    [InlineData('x')]
    [InlineData('蒙')]
    public void Long_description_is_cut_to_123_bytes_on_a_character_boundary(char filler)
    {
        var description = CloseReason.BadRequest("Invalid message: " + new string(filler, 500)).Description;

        Assert.InRange(Encoding.UTF8.GetByteCount(description), 110, CloseReason.MaxDescriptionBytes);
        Assert.EndsWith("...", description, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', description);
    }

    [Fact]
    public void Slow_consumer_code_is_private_and_not_one_of_the_protocol_s()
    {
        int[] protocol = [4400, 4401, 4403, 4406, 4408, 4409, 4429, 4500];

        Assert.InRange(CloseReason.SlowConsumer.Code, 4000, 4999);
        Assert.DoesNotContain(CloseReason.SlowConsumer.Code, protocol);
    }
}
