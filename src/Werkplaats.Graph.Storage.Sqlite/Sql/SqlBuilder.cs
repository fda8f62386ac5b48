using System.Data.Common;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// Collects the parameters of one statement: every value, user text or not, enters SQL as a parameter name.
/// <see cref="ForDefinitions"/> writes values as literals instead, for the bodies of triggers, which take no parameters.
/// </summary>
internal sealed class SqlBuilder
{
    private readonly List<KeyValuePair<string, object>> _parameters = [];
    private readonly bool _literals;

    public SqlBuilder()
    {
    }

    private SqlBuilder(bool literals) => _literals = literals;

    /// <summary>A builder whose values become literals: only for schema definitions built from the code's constants.</summary>
    public static SqlBuilder ForDefinitions() => new(literals: true);

    /// <summary>Adds a value and returns its parameter name (or, for definitions, its literal).</summary>
    public string Add(object? value)
    {
        if (_literals)
        {
            return Literal(value);
        }

        var name = $"@p{_parameters.Count}";
        _parameters.Add(new(name, value ?? DBNull.Value));
        return name;
    }

    /// <summary>Adds values for an <c>IN (...)</c> list; SQLite accepts an empty list (it matches nothing).</summary>
    public string AddList<T>(IEnumerable<T> values) => string.Join(", ", values.Select(v => Add(v)));

    public SqlStatement Build(string sql) => new(sql, _parameters);

    private static string Literal(object? value) => value switch
    {
        null => "NULL",
        int or long => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
        string text => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'",
        _ => throw new ArgumentException($"No literal for a {value.GetType().Name}.", nameof(value)),
    };
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

    /// <summary>Runs the statement in <paramref name="transaction"/> for its effect.</summary>
    public async Task ExecuteAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(transaction.Connection!, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs the statement in <paramref name="transaction"/> and returns the first column of its first row.</summary>
    public async Task<object?> ScalarAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(transaction.Connection!, transaction);
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
