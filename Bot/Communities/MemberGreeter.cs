using CoordinatorBot.Storage.Onboarding;

namespace CoordinatorBot.Bot.Communities;

/// <summary>Greets each person who joins the team, once, in the community's language, in the channel.</summary>
public sealed class MemberGreeter(GreetingStore greetings, MemberStore members, CommunitySender sender, TimeProvider time)
{
    public async Task GreetAsync(Community community, IEnumerable<ChannelAccount> joined, CancellationToken cancellationToken)
    {
        var texts = new Texts(community.LanguageOf());
        foreach (var person in joined)
        {
            if (person.AadObjectId is not { Length: > 0 } id ||
                !await greetings.TryRecordAsync(community.Id, id, time.GetUtcNow(), cancellationToken))
            {
                continue;
            }

            var all = await members.ListAsync(community.Id, cancellationToken);
            var card = MemberWelcomeCard.Compose(texts, person.Name ?? texts.NobodyText, person.Id, community.ProductName ?? community.Name, all);
            await sender.PostAsync(community, card, null, cancellationToken);
        }
    }
}
