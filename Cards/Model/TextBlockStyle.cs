namespace CoordinatorBot.Cards.Model;

public enum TextBlockStyle { Default, Heading }
