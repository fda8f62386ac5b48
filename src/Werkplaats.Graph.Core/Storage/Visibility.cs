namespace Werkplaats.Graph.Core.Storage;

/// <summary>
/// What a caller may see. Published knowledge is visible to everyone; a draft lesson only to callers who may see the
/// drafts of one of the lesson's issues (its Arena, its trekker) or of every issue (the programme committee).
/// A deleted lesson is hidden from everyone, the committee included, unless <see cref="WithDeleted"/> (the store's
/// own maintenance, and the committee's list of deleted lessons). Stores apply it on every read path; nothing else
/// decides it.
/// </summary>
public sealed record Visibility(bool AllDrafts, IReadOnlyList<string> DraftsOfIssues, bool WithDeleted = false)
{
    /// <summary>Anonymous callers and partners outside the Arena: published knowledge only.</summary>
    public static readonly Visibility Public = new(false, []);

    /// <summary>Everything, drafts and deleted lessons included: the store's own maintenance, and what writes check.</summary>
    public static readonly Visibility Everything = new(true, [], WithDeleted: true);

    /// <summary>True when some drafts are visible, so stores can skip the draft test for public readers.</summary>
    public bool SeesDrafts => AllDrafts || DraftsOfIssues.Count > 0;
}
