namespace CoordinatorBot.Cards.Model;

/// <summary>A picture by its address; <see cref="AltText"/> says in words what it shows, for those who cannot see it.</summary>
public sealed record Image(Uri Url) : CardElement
{
    public required string AltText { get; init; }
}
