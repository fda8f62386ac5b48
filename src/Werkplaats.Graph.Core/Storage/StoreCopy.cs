namespace Werkplaats.Graph.Core.Storage;

/// <summary>Moves everything one store recorded into another (the copy command): export, then restore.</summary>
public static class StoreCopy
{
    public static async Task<CopyResult> CopyAsync(IGraphTransfer source, IGraphTransfer target, CancellationToken cancellationToken)
    {
        var contents = await source.ExportAsync(cancellationToken);
        var restored = await target.RestoreAsync(contents, cancellationToken);
        return new CopyResult(
            contents.Graph.Nodes.Count, contents.Graph.Relationships.Count, contents.Audit.Count, contents.IdempotencyKeys.Count,
            contents.ChangeLog.Count, restored);
    }
}

/// <summary>What a copy read from the source, and what the target's import changed.</summary>
public sealed record CopyResult(int Nodes, int Relationships, int AuditEntries, int IdempotencyKeys, int ChangeLogEntries, ImportResult Restored);
