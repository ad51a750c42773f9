namespace CoordinatorBot.Storage.Communities;

/// <summary>PartitionKey = tenant id, RowKey = the person's Entra object id.</summary>
public sealed class PersonalConversationEntity : StoredRow
{
    public string TenantId { get; set; } = string.Empty;
    public string AadObjectId { get; set; } = string.Empty;
    public string UserId { get; set; } = string.Empty;
    public string? Name { get; set; }
    public string ServiceUrl { get; set; } = string.Empty;
    public string ConversationId { get; set; } = string.Empty;
    public string BotId { get; set; } = string.Empty;
    public string? Locale { get; set; }
    public bool IsActive { get; set; }
    public string? ChosenLanguage { get; set; }
    public string? CurrentCommunity { get; set; }

    public PersonalConversation ToConversation() =>
        new(TenantId, AadObjectId, UserId, Name, new ChannelAddress(ServiceUrl, ConversationId, BotId), Locale, IsActive, ChosenLanguage, CurrentCommunity);

    public static PersonalConversationEntity From(PersonalConversation c) => new()
    {
        TenantId = c.TenantId,
        AadObjectId = c.AadObjectId,
        UserId = c.UserId,
        Name = c.Name,
        ServiceUrl = c.Address.ServiceUrl,
        ConversationId = c.Address.ConversationId,
        BotId = c.Address.BotId,
        Locale = c.Locale,
        IsActive = c.IsActive,
        ChosenLanguage = c.ChosenLanguage,
        CurrentCommunity = c.CurrentCommunity,
    };
}
