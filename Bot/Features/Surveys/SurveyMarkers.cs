using System.Security.Cryptography;
using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>
/// The marker of a person asked by a survey: HMAC-SHA256 of the community, the survey and the person's object id under
/// a key of the bot's own (made once, kept in the settings table), so that the row that says someone has not answered
/// yet shows a meaningless value to anyone reading the table, and differs for the same person in every survey.
/// </summary>
public sealed class SurveyMarkers(SettingStore settings)
{
    private const string KeyName = "survey-marker-key";

    public async Task<string> OfAsync(string communityId, int survey, string aadObjectId, CancellationToken cancellationToken)
    {
        var key = Convert.FromBase64String(await settings.GetOrCreateAsync(KeyName,
            () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), cancellationToken));
        var hash = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(string.Join('\n', communityId, survey.ToString(CultureInfo.InvariantCulture), aadObjectId)));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
