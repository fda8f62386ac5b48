namespace Werkplaats.Graph.Core.Storage;

/// <summary>
/// What a caller may see. Published knowledge is visible to everyone; a draft lesson only to callers who may see the
/// drafts of one of the lesson's issues (its Arena, its trekker) or of every issue (the programme committee).
/// Stores apply it on every read path; nothing else decides it.
/// </summary>
public sealed record Visibility(bool AllDrafts, IReadOnlyList<string> DraftsOfIssues)
{
    /// <summary>Anonymous callers and partners outside the Arena: published knowledge only.</summary>
    public static readonly Visibility Public = new(false, []);

    /// <summary>Everything, drafts included: the store's own maintenance (import, export).</summary>
    public static readonly Visibility Everything = new(true, []);

    /// <summary>True when some drafts are visible, so stores can skip the draft test for public readers.</summary>
    public bool SeesDrafts => AllDrafts || DraftsOfIssues.Count > 0;
}
