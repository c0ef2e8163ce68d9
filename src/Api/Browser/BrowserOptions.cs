using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Browser;

/// <summary>The <c>Ide</c>, <c>Cors</c> and <c>Web</c> sections: what the service offers to browsers.</summary>
public sealed record BrowserOptions(bool IdeEnabled, IReadOnlyList<string> AllowedOrigins, string WebRoot)
{
    /// <summary>Where the front end's build lands, relative to the content root (src/Api); the MSBuild target writes it.</summary>
    public const string DefaultWebRoot = "web";

    /// <summary>Binds and checks the sections; an origin that is not <c>scheme://host[:port]</c> stops the start.</summary>
    public static BrowserOptions Load(IConfiguration configuration, string contentRoot)
    {
        var ide = configuration["Ide:Enabled"];
        if (ide is not null && !bool.TryParse(ide, out _))
        {
            throw new ConfigurationException($"Ide:Enabled must be true or false, got '{ide}'.");
        }

        var ideEnabled = ide is null || bool.Parse(ide);
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        foreach (var origin in origins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || uri.PathAndQuery != "/" || origin.EndsWith('/'))
            {
                throw new ConfigurationException($"Cors:AllowedOrigins lists '{origin}', which is not an origin such as https://dashboard.example or http://localhost:5173.");
            }
        }

        var webRoot = Path.GetFullPath(configuration["Web:Root"] ?? DefaultWebRoot, contentRoot);
        return new BrowserOptions(ideEnabled, origins, webRoot);
    }
}
