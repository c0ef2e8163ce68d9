using PartyOrg.Api.Tests.Changes;

namespace PartyOrg.Api.Tests.Transport.Streaming;

/// <summary>The changes API with keep-alives every 300 ms, so tests see them without waiting 15 s.</summary>
public class StreamingApi : ChangesApi
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings =>
        [new("Streaming:KeepAliveSeconds", "0.3"), .. MoreSettings];

    protected virtual IEnumerable<KeyValuePair<string, string>> MoreSettings => [];
}

/// <summary>A host on another host's SQLite file: stopping it and starting another is a restart of the service.</summary>
public sealed class SharedFileApi(string databasePath) : StreamingApi
{
    protected override IEnumerable<KeyValuePair<string, string>> MoreSettings =>
        [new("Database:ConnectionString", $"Data Source={databasePath}")];
}
