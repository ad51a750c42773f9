namespace CoordinatorBot.Cards.Model;

public enum ChoiceSetStyle { Compact, Expanded, Filtered }
