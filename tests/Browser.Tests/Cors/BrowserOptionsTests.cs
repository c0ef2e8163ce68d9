using Microsoft.Extensions.Configuration;
using PartyOrg.Api.Browser;
using PartyOrg.Domain.Data;

namespace PartyOrg.Browser.Tests.Cors;

public sealed class BrowserOptionsTests
{
    [Theory]
    [InlineData("Cors:AllowedOrigins:0", "dashboard.example", "Cors:AllowedOrigins lists 'dashboard.example'")]
    [InlineData("Cors:AllowedOrigins:0", "https://dashboard.example/app", "Cors:AllowedOrigins lists 'https://dashboard.example/app'")]
    [InlineData("Cors:AllowedOrigins:0", "ftp://dashboard.example", "Cors:AllowedOrigins lists 'ftp://dashboard.example'")]
    [InlineData("Ide:Enabled", "sometimes", "Ide:Enabled must be true or false, got 'sometimes'.")]
    public void A_bad_value_stops_the_start_with_a_line_naming_it(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();

        var error = Assert.Throws<ConfigurationException>(() => BrowserOptions.Load(configuration, "/srv"));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_serve_the_IDE_allow_no_other_origin_and_read_the_web_folder_of_the_content_root()
    {
        var options = BrowserOptions.Load(new ConfigurationBuilder().Build(), "/srv/api");

        Assert.True(options.IdeEnabled);
        Assert.Empty(options.AllowedOrigins);
        Assert.Equal("/srv/api/web", options.WebRoot);
    }
}
