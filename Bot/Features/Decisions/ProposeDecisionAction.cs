using CoordinatorBot.Cards.Decisions;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Storage.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>The proposal form's button: checks everything again on the server, then numbers and posts the decision.</summary>
// The coordinator or a member of the chosen body: checked below, once the body is known.
public sealed class ProposeDecisionAction(DecisionService service, DecisionForms forms, DecisionStore decisions, TimeProvider time)
    : CommunityFormAction(CardVerbs.ProposeDecision)
{
    private static readonly string[] Fields =
    [
        DecisionForm.TitleInput, DecisionForm.TypeInput, DecisionForm.BodyInput, DecisionForm.ContextInput, DecisionForm.ProposalInput,
        DecisionForm.ConsequencesInput, DecisionForm.ImplementationInput, DecisionForm.RisksInput, DecisionForm.DeadlineDateInput,
        DecisionForm.DeadlineTimeInput, DecisionForm.RuleInput, DecisionForm.ParticipationInput, DecisionForm.SupersedesInput,
    ];

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var community = turn.Community;
        var texts = turn.Texts;
        var actor = turn.Actor;
        if (!DecisionAuthority.MayProposeAny(actor))
        {
            return Reply.WithText(texts.DecisionNotAllowedToPropose);
        }

        var entered = new DecisionForm.Entered(Fields.ToDictionary(f => f, input.Text));
        if (!Enum.TryParse<DecisionType>(input.Text(DecisionForm.TypeInput), out var type) || !Enum.IsDefined(type) || type == DecisionType.Minutes ||
            !Enum.TryParse<DecidingBody>(input.Text(DecisionForm.BodyInput), out var body) || !Enum.IsDefined(body))
        {
            return Reply.WithCard(await forms.ComposeAsync(turn, entered, [DraftProblem.Title]));
        }

        if (DecisionAuthority.MayPropose(actor, body) != DecisionPermission.Allowed)
        {
            return Reply.WithText(texts.DecisionNotMemberOfBody);
        }

        var draft = new DecisionDraft(
            input.Text(DecisionForm.TitleInput) ?? string.Empty, type, body,
            input.Text(DecisionForm.ContextInput) ?? string.Empty,
            input.Text(DecisionForm.ProposalInput) ?? string.Empty,
            input.Text(DecisionForm.ConsequencesInput), input.Text(DecisionForm.ImplementationInput), input.Text(DecisionForm.RisksInput),
            Deadline(input, community.Clock) ?? DateTimeOffset.MinValue,
            Rule(input, community.RuleOf(body)),
            DecisionNumber.TryParse(input.Text(DecisionForm.SupersedesInput)));
        var problems = draft.Validate(time.GetUtcNow()).ToList();
        if (draft.Supersedes is { } old &&
            DecisionAuthority.MaySupersede(body, await decisions.GetAsync(community.Id, old, turn.CancellationToken)) is var permission &&
            permission != DecisionPermission.Allowed)
        {
            problems.Add(permission == DecisionPermission.Upward ? DraftProblem.SupersedesUpward : DraftProblem.Supersedes);
        }

        if (problems.Count > 0)
        {
            return Reply.WithCard(await forms.ComposeAsync(turn, entered, problems));
        }

        var stored = await service.ProposeAsync(community, turn.Members, turn.ActorId!, turn.ActorName, draft, turn.CancellationToken);
        var proposed = texts.DecisionProposed(stored.Decision.Number);
        var notice = body.MembersOf(turn.Members).Count > 0
            ? new Notice(proposed, false)
            : new Notice($"{proposed} {texts.DecisionNoMembersOfBody(texts.RoleHeld(body.Role(), null, null))}", true);
        return DecisionReplies.Card(turn, stored, notice);
    }

    /// <summary>The deadline as the person meant it: a date and time on the community's clock.</summary>
    private static DateTimeOffset? Deadline(CardInput input, CommunityClock communityClock)
    {
        if (!DateOnly.TryParseExact(input.Text(DecisionForm.DeadlineDateInput), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ||
            !TimeOnly.TryParseExact(input.Text(DecisionForm.DeadlineTimeInput), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            return null;
        }

        return communityClock.ToInstant(date, clock);
    }

    private static DecisionRule Rule(CardInput input, DecisionRule bodyRule)
    {
        var participation = input.Number(DecisionForm.ParticipationInput);
        var kind = Enum.TryParse<RuleKind>(input.Text(DecisionForm.RuleInput), out var k) && Enum.IsDefined(k) ? k : bodyRule.Kind;
        return new DecisionRule(kind, participation is { } p ? (int)Math.Round(p) : bodyRule.MinimumParticipationPercent);
    }
}
