using CoordinatorBot.Storage.People;

namespace CoordinatorBot.Tests.People;

/// <summary>
/// Every table says what it holds about people, so the export and the erasure cannot forget one. A table added to
/// TableNames.All without a line in PersonalDataCatalog fails here (and stops the export and erasure at run time).
/// </summary>
[Trait("Category", "Unit")]
public sealed class PersonalDataCatalogTests
{
    [Fact]
    public void Every_table_is_classified_for_personal_data()
    {
        Assert.Empty(PersonalDataCatalog.Unclassified);
    }

    [Fact]
    public void The_catalog_names_only_tables_that_exist()
    {
        Assert.All(PersonalDataCatalog.Tables.Keys, t => Assert.Contains(t, TableNames.All));
    }

    [Fact]
    public void What_serves_the_person_alone_is_erased_and_the_communitys_record_is_kept()
    {
        var erased = PersonalDataCatalog.Tables.Where(t => t.Value.HoldsPeople && t.Value.Erases(new Azure.Data.Tables.TableEntity("p", "r"), "aad-x"))
            .Select(t => t.Key).ToHashSet();

        Assert.Superset(new HashSet<string> { TableNames.PersonalConversations, TableNames.Outbox }, erased);
        Assert.DoesNotContain(TableNames.Decisions, erased);
        Assert.DoesNotContain(TableNames.Meetings, erased);
        Assert.True(PersonalDataCatalog.Tables[TableNames.Tasks].Erases(new Azure.Data.Tables.TableEntity("c", "n|aad-x"), "aad-x"));
        Assert.True(PersonalDataCatalog.Tables[TableNames.Members].Erases(new Azure.Data.Tables.TableEntity("c", "aad-x"), "aad-x"));
        Assert.False(PersonalDataCatalog.Tables[TableNames.Members].Erases(new Azure.Data.Tables.TableEntity("c", "%h|123"), "aad-x"));
        Assert.False(PersonalDataCatalog.Tables[TableNames.Pseudonyms].HoldsPeople);
        // The person's own dialog goes; another's open dialog that names them (a contact chosen) is theirs to finish.
        Assert.True(PersonalDataCatalog.Tables[TableNames.Dialogs].Erases(new Azure.Data.Tables.TableEntity("19:channel", "aad-x"), "aad-x"));
        Assert.False(PersonalDataCatalog.Tables[TableNames.Dialogs].Erases(new Azure.Data.Tables.TableEntity("19:channel", "aad-y"), "aad-x"));
    }
}
