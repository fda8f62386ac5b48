using System.Data.Common;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// Collects the parameters of one statement: every value, user text or not, enters SQL as a parameter name.
/// </summary>
internal sealed class SqlBuilder
{
    private readonly List<KeyValuePair<string, object>> _parameters = [];

    /// <summary>Adds a value and returns its parameter name.</summary>
    public string Add(object? value)
    {
        var name = $"@p{_parameters.Count}";
        _parameters.Add(new(name, value ?? DBNull.Value));
        return name;
    }

    /// <summary>Adds values for an <c>IN (...)</c> list; SQLite accepts an empty list (it matches nothing).</summary>
    public string AddList<T>(IEnumerable<T> values) => string.Join(", ", values.Select(v => Add(v)));

    public SqlStatement Build(string sql) => new(sql, _parameters);
}

/// <summary>A SQL text with its parameters: what the adapter runs, and what tests explain.</summary>
internal sealed record SqlStatement(string Sql, IReadOnlyList<KeyValuePair<string, object>> Parameters)
{
    public DbCommand CreateCommand(DbConnection connection, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // The text is built from constants only; every value is a parameter.
        command.CommandText = Sql;
#pragma warning restore CA2100
        command.Transaction = transaction;
        foreach (var (name, value) in Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
