namespace CoordinatorBot.Cards.Portfolio;

/// <summary>The portfolio card's signed links (made for the person who asked) and when the downloads stop working, on whose clock.</summary>
public sealed record PortfolioLinks(Uri Chart, Uri Csv, Uri Json, DateTimeOffset Expires, TimeZoneInfo Zone);
