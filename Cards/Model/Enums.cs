namespace CoordinatorBot.Cards.Model;

public enum Spacing { None, Small, Default, Medium, Large, ExtraLarge, Padding }

public enum TextSize { Default, Small, Medium, Large, ExtraLarge }

public enum TextWeight { Default, Lighter, Bolder }

public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

public enum TextBlockStyle { Default, Heading }

public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }

public enum ChoiceSetStyle { Compact, Expanded, Filtered }

public enum AssociatedInputs { Auto, None }
