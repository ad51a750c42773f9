using CoordinatorBot.Domain.People;

namespace CoordinatorBot.Cards.Localization;

/// <summary>The People texts that choose their key: refusals, topics and tables of a person's data.</summary>
public sealed partial class Texts
{
    [TextPerValue(NoTextFor = nameof(ErasurePermission.Allowed))] public partial string PersonalDataFormerRefused(ErasurePermission permission);

    [TextPerValue] public partial string PersonalTopicName(PersonalTopic topic);

    /// <summary>What a table holds, in words; the table's own name for one without a text (a table added later).</summary>
    public string PersonalDataTableName(string table) => table switch
    {
        "communities" => PersonalDataTable_communities, "members" => PersonalDataTable_members,
        "personalconversations" => PersonalDataTable_personalconversations, "decisions" => PersonalDataTable_decisions,
        "onboardings" => PersonalDataTable_onboardings, "dialogs" => PersonalDataTable_dialogs,
        "greetings" => PersonalDataTable_greetings, "tasks" => PersonalDataTable_tasks,
        "jobruns" => PersonalDataTable_jobruns, "outbox" => PersonalDataTable_outbox,
        "meetings" => PersonalDataTable_meetings, "backlog" => PersonalDataTable_backlog,
        "githubqueue" => PersonalDataTable_githubqueue, "statusreports" => PersonalDataTable_statusreports,
        "pseudonyms" => PersonalDataTable_pseudonyms, "guides" => PersonalDataTable_guides,
        _ => table,
    };
}
