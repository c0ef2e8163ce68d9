using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using PartyOrg.Api.Limits;
using PartyOrg.Api.Security;
using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>A bad value in the Security section stops the start with one line that names the setting and the value.</summary>
public sealed class BadSecurityConfigurationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("party-security-config-").FullName;

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "Security:Limits:MaxDepth", "0", "Security:Limits:MaxDepth must be a positive whole number, got 0." },
        { "Security:Limits:MaxFields", "-5", "Security:Limits:MaxFields must be a positive whole number, got -5." },
        { "Security:Limits:MaxAliases", "-1", "Security:Limits:MaxAliases must be zero or more, got -1." },
        { "Security:Limits:MaxRootFields", "0", "Security:Limits:MaxRootFields must be a positive whole number, got 0." },
        { "Security:Limits:AssumedListSize", "0", "Security:Limits:AssumedListSize must be a positive whole number, got 0." },
        { "Security:RateLimits:PerKeyPerMinute", "0", "Security:RateLimits:PerKeyPerMinute must be a positive whole number, got 0." },
        { "Security:RateLimits:AnonymousPerMinute", "-60", "Security:RateLimits:AnonymousPerMinute must be a positive whole number, got -60." },
        { "Security:KeyCacheSeconds", "-1", "Security:KeyCacheSeconds must be zero or more, got -1." },
        { "Security:Limits:MaxFieldCost", "0", "Security:Limits:MaxFieldCost and MaxTypeCost must be positive, got 0 and 1000." },
        { "Security:Limits:MaxTypeCost", "NaN", "Security:Limits:MaxFieldCost and MaxTypeCost must be positive, got 1000 and NaN." },
        { "Security:Limits:ExecutionTimeout", "-1", "Security:Limits:ExecutionTimeout must be a positive time such as 00:00:30, got -1.00:00:00." },
        { "Security:Limits:ExecutionTimeout", "00:00:00", "Security:Limits:ExecutionTimeout must be a positive time such as 00:00:30, got 00:00:00." },
        { "Security:KnownProxies:0", "not-an-ip", "Security:KnownProxies lists 'not-an-ip', which is not an IP address." },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void A_bad_value_is_refused_naming_the_setting_and_the_value(string key, string value, string message)
    {
        var error = Assert.Throws<ConfigurationException>(() => SecurityRegistration.Load(Configuration((key, value))));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("Security:Limits:MaxDepth", "deep")]
    [InlineData("Security:Limits:ExecutionTimeout", "soon")]
    [InlineData("Security:Introspection", "maybe")]
    public void A_value_of_the_wrong_kind_is_refused_naming_the_setting(string key, string value)
    {
        var error = Assert.Throws<ConfigurationException>(() => SecurityRegistration.Load(Configuration((key, value))));

        Assert.Contains($"'{key}'", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Expected: Security limits are whole numbers, ExecutionTimeout a time such as 00:00:30, Introspection true or false.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Good_values_are_read()
    {
        var options = SecurityRegistration.Load(Configuration(
            ("Security:Limits:MaxDepth", "7"), ("Security:Limits:ExecutionTimeout", "00:00:05"), ("Security:Limits:MaxAliases", "0"),
            ("Security:KnownProxies:0", "10.0.0.1"), ("Security:KnownProxies:1", "::1"), ("Security:Introspection", "false")));

        Assert.Equal((7, TimeSpan.FromSeconds(5), 0), (options.Limits.MaxDepth, options.Limits.ExecutionTimeout, options.Limits.MaxAliases));
        Assert.Equal(["10.0.0.1", "::1"], options.KnownProxies);
        Assert.False(options.Introspection);
    }

    [Fact]
    public void An_unknown_trusted_documents_mode_is_refused()
    {
        var error = Assert.Throws<ConfigurationException>(() => TrustedDocuments.Load(new TrustedDocumentOptions { Mode = "Bogus" }, _directory));

        Assert.Equal("Security:TrustedDocuments:Mode must be Off, Allow or Only, got 'Bogus'.", error.Message);
    }

    [Theory]
    [InlineData("Only")]
    [InlineData("allow")]
    public void A_trusted_documents_mode_without_a_path_is_refused(string mode)
    {
        var error = Assert.Throws<ConfigurationException>(() => TrustedDocuments.Load(new TrustedDocumentOptions { Mode = mode }, _directory));

        Assert.Equal($"Security:TrustedDocuments:Mode is {(mode == "Only" ? "Only" : "Allow")}: Security:TrustedDocuments:Path must name the JSON file of trusted documents.", error.Message);
    }

    [Fact]
    public void A_trusted_document_whose_hash_does_not_match_its_text_is_refused()
    {
        var wrong = Hash("{ region { code } }");
        File.WriteAllText(Path.Combine(_directory, "trusted.json"), $$"""{ "{{wrong}}": "{ region { name } }" }""");

        var error = Assert.Throws<ConfigurationException>(() => TrustedDocuments.Load(new TrustedDocumentOptions { Mode = "Allow", Path = "trusted.json" }, _directory));

        Assert.Equal($"The trusted documents file '{Path.Combine(_directory, "trusted.json")}' lists '{wrong}', which is not the SHA-256 of its document.", error.Message);
    }

    [Theory]
    [InlineData("missing.json")]
    [InlineData("array.json")]
    public void A_trusted_documents_file_that_is_missing_or_no_object_is_refused(string file)
    {
        File.WriteAllText(Path.Combine(_directory, "array.json"), """["{ region { code } }"]""");

        var error = Assert.Throws<ConfigurationException>(() => TrustedDocuments.Load(new TrustedDocumentOptions { Mode = "Only", Path = file }, _directory));

        Assert.StartsWith($"The trusted documents file '{Path.Combine(_directory, file)}' cannot be read as a JSON object from hash to document: ", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> StartFailures => new()
    {
        { "--Security:Limits:MaxDepth=0", "error: Security:Limits:MaxDepth must be a positive whole number, got 0." },
        { "--Security:Limits:ExecutionTimeout=-1", "error: Security:Limits:ExecutionTimeout must be a positive time such as 00:00:30, got -1.00:00:00." },
        { "--Security:KnownProxies:0=not-an-ip", "error: Security:KnownProxies lists 'not-an-ip', which is not an IP address." },
        { "--Security:TrustedDocuments:Mode=Bogus", "error: Security:TrustedDocuments:Mode must be Off, Allow or Only, got 'Bogus'." },
        { "--Security:TrustedDocuments:Mode=Only", "error: Security:TrustedDocuments:Mode is Only: Security:TrustedDocuments:Path must name the JSON file of trusted documents." },
        { "--Security:TrustedDocuments:Path=trusted.json", "error: The trusted documents file '{dir}/trusted.json' lists '{hash}', which is not the SHA-256 of its document." },
    };

    [Theory]
    [MemberData(nameof(StartFailures))]
    public async Task The_service_does_not_start_and_says_why_in_one_line(string setting, string line)
    {
        var hash = Hash("{ region { code } }");
        File.WriteAllText(Path.Combine(_directory, "trusted.json"), $$"""{ "{{hash}}": "{ region { name } }" }""");
        string[] args = setting.Contains("Path=", StringComparison.Ordinal) ? [setting, "--Security:TrustedDocuments:Mode=Allow"] : [setting];

        var (exitCode, stdout, stderr) = await ApiProcess.RunAsync(_directory, [.. args, $"--Database:DataDirectory={_directory}"]);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal([line.Replace("{dir}", _directory, StringComparison.Ordinal).Replace("{hash}", hash, StringComparison.Ordinal)], ApiProcess.Lines(stderr));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
