using GraphQL.Validation.Complexity;

namespace Werkplaats.Graph.Api.GraphQL.Execution;

/// <summary>The depth and complexity limits of every document, and how introspection is priced within them.</summary>
public static class ComplexityLimits
{
    public const double RelationshipListSize = 3;

    private static readonly FieldComplexityResult _introspectionField = new(1, 1);

    public static void Configure(ComplexityOptions complexity, GraphQLOptions limits)
    {
        complexity.MaxDepth = limits.MaxDepth;
        complexity.MaxComplexity = limits.MaxComplexity;

        // Connections are priced by their `first`; a plain relationship list (a lesson's conditions, a practice's
        // issues) holds a few items, so it multiplies what it selects by 3 rather than GraphQL.NET's default 5.
        complexity.DefaultListImpactMultiplier = RelationshipListSize;

        // Introspection costs 1 per selected field: its lists are as long as the schema, not the data, and the default
        // multiplier (5 per list level) would price GraphiQL's introspection query at about 176,000.
        var priceByDefault = complexity.DefaultComplexityImpactDelegate;
        complexity.DefaultComplexityImpactDelegate = context =>
            IsIntrospection(context.ParentType.Name) || IsIntrospection(context.FieldDefinition.Name)
                ? _introspectionField
                : priceByDefault(context);
    }

    // The GraphQL specification reserves names starting with two underscores for introspection.
    private static bool IsIntrospection(string name) => name.StartsWith("__", StringComparison.Ordinal);
}
