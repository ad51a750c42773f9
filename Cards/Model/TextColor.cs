namespace CoordinatorBot.Cards.Model;

public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }
