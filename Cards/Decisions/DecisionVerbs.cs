namespace CoordinatorBot.Cards.Composers;

// Part of CardVerbs, kept in the feature's folder so that a feature adds its verbs here and no file is edited by
// every feature. The namespace stays CoordinatorBot.Cards.Composers, where every caller already finds CardVerbs.
/// <summary>The verbs of decisions' cards and the data keys they carry.</summary>
public static partial class CardVerbs
{
    public const string ProposeDecision = "decision.propose";
    public const string Vote = "decision.vote";
    public const string RefreshDecision = "decision.refresh";
    public const string CloseDecision = "decision.close";
    public const string ShowDecision = "decision.show";
    public const string DecisionsPage = "decisions.page";
    public const string DecisionKey = "decision";
    public const string ChoiceKey = "choice";
}
