namespace CoordinatorBot.Cards.Model;

public enum TextSize { Default, Small, Medium, Large, ExtraLarge }
