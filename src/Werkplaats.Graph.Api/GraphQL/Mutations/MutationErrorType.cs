using GraphQL.Types;
using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Api.GraphQL.Mutations;

/// <summary>One reason a mutation wrote nothing.</summary>
public sealed class MutationErrorType : ObjectGraphType<WriteError>
{
    public MutationErrorType()
    {
        Name = "MutationError";
        Description = "One reason a mutation wrote nothing: a stable code, the input field it concerns, and a message for people.";
        Field<NonNullGraphType<MutationErrorCodeType>>("code").Description("What kind of refusal this is.")
            .Resolve(context => context.Source.Code);
        Field<StringGraphType>("field").Description("The input field the error concerns (e.g. \"title\"), when there is one.")
            .Resolve(context => context.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong and, for a rule, which rule (English).")
            .Resolve(context => context.Source.Message);
    }
}
