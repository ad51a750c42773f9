namespace CoordinatorBot.Tests.Storage;

/// <summary>Any id becomes a key Table Storage accepts: no forbidden characters, at most 1 KiB.</summary>
[Trait("Category", "Unit")]
public sealed class TableKeyTests
{
    [Theory]
    [InlineData("19:abc@thread.tacv2")]
    [InlineData("a/b\\c#d?e%f")]
    [InlineData("tab\there\u0000nul\u007fdel\u0085nel")]
    [InlineData("pair 😀 kept")]
    public void Escaped_keys_hold_no_forbidden_character_and_unescape_to_the_id(string id)
    {
        var key = TableKey.Escape(id);

        Assert.DoesNotContain(key, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
        Assert.Equal(id, TableKey.Unescape(key));
    }

    [Fact]
    public void A_lone_surrogate_is_escaped()
    {
        var id = "lone " + (char)0xD800 + " surrogate";

        var key = TableKey.Escape(id);

        Assert.DoesNotContain(key, char.IsSurrogate);
        Assert.Equal(id, TableKey.Unescape(key));
    }

    [Fact]
    public void An_ordinary_id_is_left_as_it_is() => Assert.Equal("a:1Xy-_.;messageid=123", TableKey.Escape("a:1Xy-_.;messageid=123"));

    [Theory]
    [InlineData(401)]
    [InlineData(5000)]
    [InlineData(100_000)]
    public void A_long_id_becomes_a_short_key_of_its_own(int length)
    {
        var id = new string('x', length);
        var other = id[..^1] + "y";

        var key = TableKey.Escape(id);

        Assert.True(key.Length <= TableKey.MaxLength, $"{key.Length} characters");
        Assert.NotEqual(key, TableKey.Escape(other));
        Assert.Equal(key, TableKey.Escape(id));
    }

    [Fact]
    public void A_long_id_of_escaped_characters_is_not_cut_inside_an_escape()
    {
        var key = TableKey.Escape(new string('/', 300));

        Assert.True(key.Length <= TableKey.MaxLength);
        Assert.Matches("^(%002F)+%~[0-9A-F]{64}$", key);
    }
}
