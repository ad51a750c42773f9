namespace CoordinatorBot.Cards.Model;

public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }
