namespace CoordinatorBot.Bot.Features.Search;

/// <summary>
/// How a compose extension's invoke is answered when it cannot be: HTTP 200 with a text Teams shows in the compose
/// box (type "message"), as Microsoft documents for message extensions — never an error status — in the language of
/// the person's Teams (when storage is away, their stored choice cannot be read).
/// </summary>
public static class ComposeAnswers
{
    public static InvokeResponse Results(IReadOnlyList<ComposeExtensionAttachment> attachments) =>
        new(StatusCodes.Status200OK, ComposeExtensionResponse.Results(attachments));

    public static InvokeResponse Message(string text) => new(StatusCodes.Status200OK, ComposeExtensionResponse.Message(text));

    public static InvokeResponse Failed(Activity activity, bool storageUnavailable)
    {
        var texts = new Texts(LanguageExtensions.ForPerson([], activity.Locale));
        return Message(storageUnavailable ? texts.SearchUnavailable : texts.ErrorGeneric);
    }
}
