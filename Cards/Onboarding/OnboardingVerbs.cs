namespace CoordinatorBot.Cards.Composers;

// Part of CardVerbs, kept in the feature's folder so that a feature adds its verbs here and no file is edited by
// every feature. The namespace stays CoordinatorBot.Cards.Composers, where every caller already finds CardVerbs.
/// <summary>The verbs of the checklist and its template, and the data keys they carry.</summary>
public static partial class CardVerbs
{
    public const string TickStep = "onboarding.tick";
    public const string TemplateAdd = "template.add";
    public const string TemplateChange = "template.change";
    public const string TemplateMoveUp = "template.moveup";
    public const string TemplateRemove = "template.remove";
    public const string OnboardingKey = "onboarding";
    public const string StepKey = "step";
}
