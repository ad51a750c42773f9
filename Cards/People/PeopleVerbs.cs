namespace CoordinatorBot.Cards.Composers;

// Part of CardVerbs, kept in the feature's folder so that a feature adds its verbs here and no file is edited by
// every feature. The namespace stays CoordinatorBot.Cards.Composers, where every caller already finds CardVerbs.
/// <summary>The verbs of people across communities and their data (issue #13), and the data keys they carry.</summary>
public static partial class CardVerbs
{
    /// <summary>Makes a community the personal chat's current one; data: <see cref="CommunityKey"/>, optionally the
    /// <see cref="CommandKey"/> and <see cref="ArgumentsKey"/> to run there.</summary>
    public const string CommunityChoose = "community.choose";
    public const string DataErase = "data.erase";
    public const string DataEraseFormer = "data.erase.former";
    public const string DataEraseFormerConfirm = "data.erase.former.confirm";

    /// <summary>The erasure confirmations' "no": the card says nothing was erased, with nothing left to press.</summary>
    public const string DataEraseCancel = "data.erase.cancel";

    /// <summary>The person a coordinator's erasure is about (the target, never the actor).</summary>
    public const string PersonKey = "person";
}
