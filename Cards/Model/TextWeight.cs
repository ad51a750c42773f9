namespace CoordinatorBot.Cards.Model;

public enum TextWeight { Default, Lighter, Bolder }
