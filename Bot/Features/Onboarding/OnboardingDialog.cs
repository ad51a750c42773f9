using CoordinatorBot.Bot.Conversation.Dialogs;
using CoordinatorBot.Domain.Input;
using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Bot.Features.Onboarding;

/// <summary>
/// "onboarding ny": asks for the municipality (one of the 98, typos forgiven), the membership model, the professional
/// and technical contact persons, the supplier (one of the community's, or a new one by name) and the go-live date,
/// then makes the checklist.
/// </summary>
public sealed class OnboardingDialog(OnboardingService onboardings, TeamRoster roster, TimeProvider time) : IDialog
{
    public const string DialogId = "onboarding.new";
    private static readonly Texts[] Languages = [new(Language.Danish), new(Language.English)];

    public string Id => DialogId;

    public IReadOnlyList<DialogStep> Steps =>
    [
        new("municipality", DialogStepKind.Text, t => t.OnboardingAskMunicipality, t => t.FactMunicipality, CheckMunicipalityAsync),
        new("model", DialogStepKind.Choice, t => t.OnboardingAskModel, t => t.FactMembershipModel, CheckModel, Models),
        new("professional", DialogStepKind.Person, t => t.OnboardingAskProfessional, t => t.FactProfessionalContact, CheckPersonAsync, PeopleAsync),
        new("technical", DialogStepKind.Person, t => t.OnboardingAskTechnical, t => t.FactTechnicalContact, CheckPersonAsync, PeopleAsync),
        new("supplier", DialogStepKind.Choice, t => t.OnboardingAskSupplier, t => t.FactSupplier, CheckSupplier, SuppliersAsync),
        new("golive", DialogStepKind.Date, t => t.OnboardingAskGoLive, t => t.FactGoLive, CheckGoLive),
    ];

    public async Task<Reply> CompleteAsync(Turn turn, IReadOnlyDictionary<string, string> answers)
    {
        var details = new OnboardingDetails(
            answers["municipality"],
            Enum.Parse<MembershipModel>(answers["model"]),
            ContactAnswer.Parse(answers["professional"]),
            ContactAnswer.Parse(answers["technical"]),
            answers["supplier"],
            DateOnly.ParseExact(answers["golive"], "yyyy-MM-dd", CultureInfo.InvariantCulture));
        return await onboardings.CreateAsync(InCommunity(turn), details);
    }

    private async Task<StepAnswer> CheckMunicipalityAsync(Turn turn, string answer)
    {
        var found = Municipalities.Find(answer);
        if (found.Municipality is { } municipality)
        {
            return await onboardings.IsInProgressAsync(InCommunity(turn).Community, municipality, turn.CancellationToken)
                ? StepAnswer.Invalid(turn.Texts.OnboardingAlreadyInProgress(Municipalities.OfficialName(municipality)))
                : StepAnswer.Valid(municipality, Municipalities.OfficialName(municipality));
        }

        var problem = turn.Texts.OnboardingUnknownMunicipality(answer);
        return StepAnswer.Invalid(found.Suggestions.Count > 0
            ? $"{problem} {turn.Texts.OnboardingMunicipalitySuggestions(turn.Texts.JoinAlternatives(found.Suggestions.Select(Municipalities.OfficialName)))}"
            : problem);
    }

    private static Task<IReadOnlyList<Choice>> Models(Turn turn) =>
        Task.FromResult<IReadOnlyList<Choice>>([.. Enum.GetValues<MembershipModel>().Select(m => new Choice(turn.Texts.ModelName(m), m.ToString()))]);

    private static Task<StepAnswer> CheckModel(Turn turn, string answer)
    {
        var folded = TextFolding.Fold(answer);
        var model = Enum.GetValues<MembershipModel>().Cast<MembershipModel?>().FirstOrDefault(m =>
            m.ToString() == answer || Languages.Any(t => TextFolding.Fold(t.ModelName(m!.Value)) == folded));
        return Task.FromResult(model is { } found
            ? StepAnswer.Valid(found.ToString(), turn.Texts.ModelName(found))
            : StepAnswer.Invalid(turn.Texts.DialogInvalidChoice(turn.Texts.JoinAlternatives(Enum.GetValues<MembershipModel>().Select(turn.Texts.ModelName)))));
    }

    private async Task<IReadOnlyList<Choice>> PeopleAsync(Turn turn) =>
        [.. (await roster.GetAsync(InCommunity(turn).Community, turn.CancellationToken)).OrderBy(p => p.Name, StringComparer.Create(turn.Texts.Culture, true))
            .Select(p => new Choice(p.Name, p.AadObjectId))];

    private async Task<StepAnswer> CheckPersonAsync(Turn turn, string answer) =>
        ContactAnswer.Read(answer, await roster.GetAsync(InCommunity(turn).Community, turn.CancellationToken)) is { } contact
            ? StepAnswer.Valid(ContactAnswer.Write(contact), contact.Email is { } email ? $"{contact.Name} ({email})" : contact.Name)
            : StepAnswer.Invalid(turn.Texts.DialogInvalidPerson);

    private static Task<IReadOnlyList<Choice>> SuppliersAsync(Turn turn) =>
        Task.FromResult(SupplierChoice.Choices(turn, InCommunity(turn).Members));

    private static Task<StepAnswer> CheckSupplier(Turn turn, string answer) =>
        Task.FromResult(SupplierChoice.Check(turn, InCommunity(turn).Members, answer));

    private Task<StepAnswer> CheckGoLive(Turn turn, string answer)
    {
        var today = InCommunity(turn).Community.Clock.Today(time.GetUtcNow());
        if (DanishDate.TryParse(answer, today) is not { } date)
        {
            return Task.FromResult(StepAnswer.Invalid(turn.Texts.DialogInvalidDate));
        }

        return Task.FromResult(date > today
            ? StepAnswer.Valid(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date.ToString(turn.Texts.DateFormat, turn.Texts.Culture))
            : StepAnswer.Invalid(turn.Texts.DialogDateNotFuture));
    }

    /// <summary>The dialog starts from a community command and goes on in the same conversation: a community's.</summary>
    private static CommunityTurn InCommunity(Turn turn) =>
        turn as CommunityTurn ?? throw new InvalidOperationException("The onboarding dialog runs in a community's conversation.");
}
