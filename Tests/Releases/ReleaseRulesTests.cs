namespace CoordinatorBot.Tests.Releases;

/// <summary>Versions sort the way people read them, a version is entered once, and who may enter and mark.</summary>
[Trait("Category", "Unit")]
public sealed class ReleaseRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static Release Release(string version, int day = 1) => new()
    {
        Version = version, Date = new DateOnly(2026, 11, day), Summary = "Rettelser", RecordedAt = DateTimeOffset.UnixEpoch,
    };

    private static ReleaseVersion V(string text) => ReleaseVersion.TryParse(text) ?? throw new ArgumentException(text);

    [Theory]
    [InlineData("3.9.1", "3.10.0")]
    [InlineData("3.10.0", "3.10.1")]
    [InlineData("3.0.0-rc.1", "3.0.0")]
    [InlineData("3.0.0-alpha", "3.0.0-beta")]
    [InlineData("3.0.0-rc.2", "3.0.0-rc.10")]
    [InlineData("2024.2", "2024.10")]
    [InlineData("2025.12", "2026.1")]
    [InlineData("2026-03", "2026-11")]
    [InlineData("R9", "R12")]
    [InlineData("v1.9", "v1.10")]
    [InlineData("3.2", "3.2.1")]
    public void Versions_sort_the_way_people_read_them(string older, string newer)
    {
        Assert.True(V(older).CompareTo(V(newer)) < 0, $"{older} < {newer}");
        Assert.True(V(newer).CompareTo(V(older)) > 0, $"{newer} > {older}");
    }

    [Theory]
    [InlineData("3.2.0", "v3.2.0")]
    [InlineData("3.2.0", "3.2")]
    [InlineData("3.02.0", "3.2.0")]
    [InlineData("3.2.0+build.7", "3.2.0")]
    [InlineData("R12", "r12")]
    public void The_same_version_written_another_way_is_the_same(string a, string b)
    {
        Assert.Equal(V(a), V(b));
        Assert.Equal(V(a).Key, V(b).Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("3 2 0")]
    [InlineData("...")]
    [InlineData("1234567890123456789012345678901234567890X")]
    public void What_is_no_version_is_refused(string text) => Assert.Null(ReleaseVersion.TryParse(text));

    [Fact]
    public void The_list_is_newest_first_by_version_not_by_when_it_was_entered()
    {
        var newest = ReleaseLog.Newest([Release("3.9.1", 20), Release("3.10.0", 2), Release("2.0.0", 25), Release("3.10.0-rc.1", 1)]);

        Assert.Equal(["3.10.0", "3.10.0-rc.1", "3.9.1", "2.0.0"], newest.Select(r => r.Version));
    }

    [Fact]
    public void A_version_entered_twice_is_refused_however_it_is_written()
    {
        var existing = new[] { Release("3.2.0") };

        Assert.Contains(ReleaseProblem.VersionTaken, new ReleaseEntry("v3.2", Today, "Nyt", null, []).Validate(existing, new HashSet<string>(), Today));
        Assert.Empty(new ReleaseEntry("3.2.1", Today, "Nyt", null, []).Validate(existing, new HashSet<string>(), Today));
    }

    [Fact]
    public void An_entry_is_checked_field_by_field()
    {
        var problems = new ReleaseEntry("", Today.AddDays(1), " ", new string('x', 3001), ["B-2026-099"])
            .Validate([], new HashSet<string> { "B-2026-001" }, Today);

        Assert.Equal([ReleaseProblem.Version, ReleaseProblem.Date, ReleaseProblem.Summary, ReleaseProblem.Notes, ReleaseProblem.UnknownDecision], problems);
    }

    [Fact]
    public void Only_the_items_own_supplier_marks_a_delivered_item_and_only_the_coordinator_enters_a_release()
    {
        var item = new BacklogItem
        {
            Number = 4, Title = "Eksport", Need = "…", Class = MoscowClass.Must, Supplier = "Magenta ApS", RaisedById = "aad-1",
            Status = ItemStatus.Delivered,
        };
        Member Person(Role role, string? supplier = null) => new("aad-x", "X", new HashSet<Role> { role }, null, null, supplier);

        Assert.Equal(ReleasePermission.Allowed, ReleaseAuthority.MayMark(Person(Role.Supplier, "Magenta ApS"), item));
        Assert.Equal(ReleasePermission.OtherSupplier, ReleaseAuthority.MayMark(Person(Role.Supplier, "Netcompany"), item));
        Assert.Equal(ReleasePermission.NotSupplier, ReleaseAuthority.MayMark(Person(Role.Coordinator), item));
        Assert.Equal(ReleasePermission.NotAMember, ReleaseAuthority.MayMark(null, item));
        Assert.Equal(ReleasePermission.NotDelivered, ReleaseAuthority.MayMark(Person(Role.Supplier, "Magenta ApS"), item with { Status = ItemStatus.InTest }));
        Assert.Equal(ReleasePermission.Allowed, ReleaseAuthority.MayEnter(Person(Role.Coordinator)));
        Assert.Equal(ReleasePermission.NotCoordinator, ReleaseAuthority.MayEnter(Person(Role.Supplier, "Magenta ApS")));
    }

    [Fact]
    public void A_delivered_item_without_a_release_waits_and_one_with_it_belongs_to_it()
    {
        BacklogItem Item(int n, ItemStatus status, string? version) => new()
        {
            Number = n, Title = $"P{n}", Need = "…", Class = MoscowClass.Must, Supplier = "Magenta ApS", RaisedById = "aad-1",
            Status = status, ReleaseVersion = version,
        };
        var items = new[] { Item(1, ItemStatus.Delivered, null), Item(2, ItemStatus.Delivered, "v3.2"), Item(3, ItemStatus.InTest, null) };

        Assert.Equal([1], ReleaseLog.Waiting(items).Select(i => i.Number));
        Assert.Equal([2], ReleaseLog.ItemsOf(Release("3.2.0"), items).Select(i => i.Number));
    }

    [Fact]
    public void A_delivered_item_stored_before_releases_existed_reads_as_waiting_for_one()
    {
        var old = """{"Number":7,"Title":"Eksport","Need":"…","Class":"Must","Supplier":"Magenta ApS","Status":"Delivered","RaisedById":"aad-1"}""";

        var item = CoordinatorBot.Storage.Tables.RecordJson.Read<BacklogItem>(old);

        Assert.Null(item.ReleaseVersion);
        Assert.Equal([7], ReleaseLog.Waiting([item]).Select(i => i.Number));
    }
}
