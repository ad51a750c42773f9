namespace CoordinatorBot.Cards.Model;

public enum AssociatedInputs { Auto, None }
