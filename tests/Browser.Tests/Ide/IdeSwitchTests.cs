using System.Net;
using System.Net.Http.Headers;
using PartyOrg.Browser.Tests.Support;

namespace PartyOrg.Browser.Tests.Ide;

public sealed class IdeSwitchTests
{
    public sealed class Off : BrowserHost
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Ide:Enabled", "false")];
    }

    public sealed class WhenOff(Off host) : IClassFixture<Off>
    {
        [Fact]
        public async Task Ide_Enabled_false_leaves_no_IDE_at_either_address()
        {
            using var client = new HttpClient { BaseAddress = new Uri(host.Origin) };
            using var ui = await client.GetAsync(new Uri("/graphql/ui", UriKind.Relative));
            using var page = await client.SendAsync(Html("/graphql"));

            Assert.Equal(HttpStatusCode.NotFound, ui.StatusCode);
            Assert.NotEqual("text/html", page.Content.Headers.ContentType?.MediaType);
        }
    }

    public sealed class WhenOn(BrowserHost host) : IClassFixture<BrowserHost>
    {
        [Fact]
        public async Task A_browser_GET_of_graphql_gets_the_IDE_and_a_query_in_the_address_still_runs()
        {
            using var client = new HttpClient { BaseAddress = new Uri(host.Origin) };
            using var page = await client.SendAsync(Html("/graphql"));
            using var query = await client.SendAsync(Html("/graphql?query=%7Bregion%7Bname%7D%7D"));

            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.Contains("内蒙古自治区", await query.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private static HttpRequestMessage Html(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.8));
        return request;
    }
}
