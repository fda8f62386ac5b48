using GraphQL;
using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Api.GraphQL.Mutations;

/// <summary>
/// How every mutation field is made: <c>verbNoun(input: VerbNounInput!): VerbNounPayload!</c>, answered from the
/// idempotency key when the caller sent it before, else run by a write use case.
/// </summary>
public static class MutationFields
{
    public static void WriteField<TInputType, TPayloadType, TInput, TWrites>(
        this ObjectGraphType mutation,
        string name,
        string description,
        Func<TWrites, Editor?, TInput, CancellationToken, Task<WriteResult>> write)
        where TInputType : IInputObjectGraphType
        where TPayloadType : IGraphType
        where TInput : IWriteInput
        where TWrites : notnull =>
        mutation.Field<NonNullGraphType<TPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", "What to write.")
            .ResolveAsync(async context =>
            {
                var (editor, input) = (context.Editor(), context.GetArgument<TInput>("input"));
                return await context.Service<GraphEdits>().ReplayAsync(editor, name, input, context.CancellationToken)
                    ?? await write(context.Service<TWrites>(), editor, input, context.CancellationToken);
            });
}
