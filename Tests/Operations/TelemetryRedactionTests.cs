namespace CoordinatorBot.Tests.Operations;

[Trait("Category", "Unit")]
public sealed class TelemetryRedactionTests
{
    [Fact]
    public void A_community_id_becomes_a_short_stable_hash()
    {
        var hash = TelemetryHash.Of("19:team-one@thread.tacv2");

        Assert.Matches("^[0-9a-f]{12}$", hash);
        Assert.Equal(hash, TelemetryHash.Of("19:team-one@thread.tacv2"));
        Assert.NotEqual(hash, TelemetryHash.Of("19:team-two@thread.tacv2"));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations/19%3Ateam-one%40thread.tacv2%3Bmessageid%3D1/activities/1711",
        "https://smba.trafficmanager.net/emea/v3/conversations/~{0}/activities/~{1}")]
    [InlineData("http://127.0.0.1:10002/devstoreaccount1/tabc123members(PartitionKey='19%3Ateam-one',RowKey='aad-alice')?$select=x",
        "http://127.0.0.1:10002/devstoreaccount1/tabc123members")]
    [InlineData("https://graph.microsoft.com/v1.0/users/8f1c2d3e-aaaa-bbbb-cccc-123456789abc?$select=displayName",
        "https://graph.microsoft.com/v1.0/users/~{2}")]
    public void A_url_keeps_its_host_and_api_words_and_loses_ids_keys_and_query(string url, string expected)
    {
        var formatted = string.Format(System.Globalization.CultureInfo.InvariantCulture, expected,
            TelemetryHash.Of("19:team-one@thread.tacv2;messageid=1"), TelemetryHash.Of("1711"), TelemetryHash.Of("8f1c2d3e-aaaa-bbbb-cccc-123456789abc"));

        Assert.Equal(formatted, UrlRedaction.Redact(url));
    }
}
