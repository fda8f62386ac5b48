using System.Data.Common;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Storage.Sqlite.Schema;

/// <summary>The Nodes columns every read selects, and reading them back from a data reader.</summary>
internal static class NodeRows
{
    private static readonly string[] _columns =
    [
        "Id", "Kind", "Key", "Name", "NameSort", "NameEn", "Description", "DescriptionEn", "Summary", "Status",
        "Scope", "Evidence", "Category", "Formal", "OnProgrammeCommittee", "Place", "Municipality", "SortDate",
        "EndedOn", "Ordinal",
    ];

    /// <summary>How many columns <see cref="Select"/> yields; columns after them are the caller's.</summary>
    public static int Count => _columns.Length;

    public static IReadOnlyList<string> Columns => _columns;

    /// <summary>The column values of a row, in the order of <see cref="Columns"/>, as SQLite stores them.</summary>
    public static object?[] Values(NodeEntity row) =>
    [
        row.Id, (int)row.Kind, row.Key, row.Name, row.NameSort, row.NameEn, row.Description, row.DescriptionEn, row.Summary,
        row.Status, row.Scope, row.Evidence, row.Category, row.Formal, row.OnProgrammeCommittee, row.Place, row.Municipality,
        row.SortDate, row.EndedOn, row.Ordinal,
    ];

    /// <summary>The column list, each column qualified by the table alias.</summary>
    public static string Select(string alias) => string.Join(", ", _columns.Select(c => $"{alias}.{c}"));

    public static NodeEntity Read(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        Kind = (NodeKind)reader.GetInt32(1),
        Key = reader.GetString(2),
        Name = reader.GetString(3),
        NameSort = reader.GetString(4),
        NameEn = Text(reader, 5),
        Description = Text(reader, 6),
        DescriptionEn = Text(reader, 7),
        Summary = Text(reader, 8),
        Status = Text(reader, 9),
        Scope = Text(reader, 10),
        Evidence = Text(reader, 11),
        Category = Text(reader, 12),
        Formal = reader.IsDBNull(13) ? null : reader.GetInt64(13) != 0,
        OnProgrammeCommittee = reader.IsDBNull(14) ? null : reader.GetInt64(14) != 0,
        Place = Text(reader, 15),
        Municipality = Text(reader, 16),
        SortDate = Text(reader, 17),
        EndedOn = Text(reader, 18),
        Ordinal = reader.IsDBNull(19) ? null : reader.GetInt32(19),
    };

    /// <summary>A text column at <paramref name="ordinal"/>, null when NULL; also for the caller's extra columns.</summary>
    public static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
