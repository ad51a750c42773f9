namespace CoordinatorBot.Cards.Model;

public enum Spacing { None, Small, Default, Medium, Large, ExtraLarge, Padding }
