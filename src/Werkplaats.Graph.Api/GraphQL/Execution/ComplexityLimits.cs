using GraphQL.Validation.Complexity;

namespace Werkplaats.Graph.Api.GraphQL.Execution;

/// <summary>The depth and complexity limits of every document, and how introspection is priced within them.</summary>
public static class ComplexityLimits
{
    private static readonly FieldComplexityResult _introspectionField = new(1, 1);

    public static void Configure(ComplexityOptions complexity, GraphQLOptions limits)
    {
        complexity.MaxDepth = limits.MaxDepth;
        complexity.MaxComplexity = limits.MaxComplexity;

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
