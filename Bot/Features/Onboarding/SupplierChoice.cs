using CoordinatorBot.Bot.Conversation.Dialogs;
using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Bot.Features.Onboarding;

/// <summary>
/// The onboarding's supplier, chosen from the community's suppliers (the companies of the people holding the supplier
/// role), so that the supplier's people may tick its steps; a name is typed only for a supplier with no member yet:
/// "Anden leverandør…" asks for it on the same step, as a text box.
/// </summary>
public static class SupplierChoice
{
    /// <summary>The value of "Anden leverandør…"; no company is called that.</summary>
    public const string Other = "supplier.other";

    private static readonly Texts[] Languages = [new(Language.Danish), new(Language.English)];

    /// <summary>The community's suppliers, each once ("Magenta ApS" and "magenta aps" are one), in the reader's order.</summary>
    public static IReadOnlyList<string> Suppliers(IEnumerable<Member> members, Texts texts) =>
        [.. members.Where(m => m.Holds(Role.Supplier) && !string.IsNullOrWhiteSpace(m.Supplier))
            .Select(m => m.Supplier!.Trim())
            .DistinctBy(s => TextFolding.Fold(s))
            .Order(StringComparer.Create(texts.Culture, true))];

    /// <summary>
    /// The suppliers and "Anden leverandør…"; none (so the card shows a text box) when there is no supplier yet or the
    /// person has just chosen "Anden leverandør…" in this turn.
    /// </summary>
    public static IReadOnlyList<Choice> Choices(Turn turn, IEnumerable<Member> members)
    {
        var suppliers = Suppliers(members, turn.Texts);
        return suppliers.Count == 0 || IsOther(Submitted(turn))
            ? []
            : [.. suppliers.Select(s => new Choice(s, s)), new Choice(turn.Texts.OnboardingOtherSupplier, Other)];
    }

    /// <summary>A known supplier however it is spelt, a new one by name, or the request to type the new one's name.</summary>
    public static StepAnswer Check(Turn turn, IEnumerable<Member> members, string answer)
    {
        if (IsOther(answer))
        {
            return StepAnswer.AskForMore(turn.Texts.OnboardingNewSupplier);
        }

        if (Suppliers(members, turn.Texts).FirstOrDefault(s => OnboardingAuthority.SameSupplier(s, answer)) is { } known)
        {
            return StepAnswer.Valid(known);
        }

        return TextLimits.Fits(answer, TextLimits.SupplierName)
            ? StepAnswer.Valid(answer.Trim())
            : StepAnswer.Invalid(turn.Texts.OnboardingSupplierRequired(TextLimits.SupplierName));
    }

    private static bool IsOther(string? answer) =>
        answer is not null && (answer == Other || Languages.Any(t =>
            TextFolding.Fold(answer.Trim().TrimEnd('…', '.')) == TextFolding.Fold(t.OnboardingOtherSupplier.TrimEnd('…'))));

    // What this turn answered: a card's "answer" (Action.Execute carries it in action.data, Action.Submit in the value),
    // or the typed message. The runner asks again in the same turn after a refused answer, so this tells the step's
    // card that the person has just asked to type a new supplier.
    private static string? Submitted(Turn turn)
    {
        if (turn.Activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            var data = value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object &&
                action.TryGetProperty("data", out var actionData) ? actionData : value;
            return new CardInput(string.Empty, data).Text(DialogPromptCard.AnswerInput);
        }

        return CommandText.WithoutBotMention(turn.Activity);
    }
}
