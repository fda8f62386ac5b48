using GraphQL.Types;

namespace Werkplaats.Graph.Api.GraphQL.Common;

/// <summary>An enum of the domain model with a description for the type and for each value.</summary>
public abstract class DescribedEnumType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : struct, Enum
{
    protected DescribedEnumType(string name, string description, IReadOnlyDictionary<TEnum, string> values)
    {
        Name = name;
        Description = description;
        foreach (var (value, text) in values)
        {
            Values[Core.Model.EnumNames.ToConstant(value)]!.Description = text;
        }
    }
}
