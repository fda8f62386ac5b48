using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQL.Validation.Rules.Custom;

namespace Werkplaats.Graph.Api.GraphQL.Execution;

/// <summary>The depth and complexity limits of documents, per kind of caller, and how introspection is priced within them.</summary>
public static class ComplexityLimits
{
    public const double RelationshipListSize = 3;

    /// <summary>
    /// What one introspection field adds. GraphiQL's introspection query scores in proportion to the schema (about
    /// 20,800 per point with the schema of practices, agenda and lifting), so a quarter point keeps it near 5,200: inside
    /// the anonymous limit with room for the schema to grow, while a document of four such queries is still refused.
    /// </summary>
    public const double IntrospectionFieldImpact = 0.25;

    private static readonly FieldComplexityResult _introspectionField = new(IntrospectionFieldImpact, 1);

    /// <summary>The options of one limit: <paramref name="maxDepth"/> and <paramref name="maxComplexity"/> with our pricing.</summary>
    public static ComplexityOptions Create(int maxDepth, int maxComplexity)
    {
        var complexity = new ComplexityOptions
        {
            MaxDepth = maxDepth,
            MaxComplexity = maxComplexity,         // Connections are priced by their `first`; a plain relationship list (a lesson's conditions, a practice's
                                                   // issues) holds a few items, so it multiplies what it selects by 3 rather than GraphQL.NET's default 5.
            DefaultListImpactMultiplier = RelationshipListSize
        };

        // Introspection costs IntrospectionFieldImpact per field and does not multiply: its lists are as long as the
        // schema, not the data, and the default multiplier (5 per list level) would price GraphiQL's introspection query
        // at about 176,000.
        var priceByDefault = complexity.DefaultComplexityImpactDelegate;
        complexity.DefaultComplexityImpactDelegate = context =>
            IsIntrospection(context.ParentType.Name) || IsIntrospection(context.FieldDefinition.Name)
                ? _introspectionField
                : priceByDefault(context);
        return complexity;
    }

    // The GraphQL specification reserves names starting with two underscores for introspection.
    private static bool IsIntrospection(string name) => name.StartsWith("__", StringComparison.Ordinal);
}

/// <summary>
/// GraphQL.NET's complexity rule, with errors that say whose limit was exceeded (e.g. "for anonymous queries outside
/// the catalogue"), so a caller knows that signing in or a catalogue query would get further.
/// </summary>
public sealed class CallerComplexityRule(ComplexityOptions options, string appliesTo) : ComplexityValidationRule(options)
{
    private readonly double _maxComplexity = options.MaxComplexity ?? double.MaxValue;
    private readonly int _maxDepth = options.MaxDepth ?? int.MaxValue;

    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        if (totalComplexity > _maxComplexity)
        {
            context.ReportError(new ComplexityError(
                $"Query is too complex to execute. Complexity is {totalComplexity}; maximum allowed {appliesTo} is {_maxComplexity}."));
        }

        if (maxDepth > _maxDepth)
        {
            context.ReportError(new ComplexityError(
                $"Query is too nested to execute. Maximum depth is {maxDepth} levels; maximum allowed {appliesTo} is {_maxDepth}."));
        }

        return ValueTask.CompletedTask;
    }
}
