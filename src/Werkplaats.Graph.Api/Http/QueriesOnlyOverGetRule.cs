using GraphQL.Validation;
using GraphQLParser.AST;

namespace Werkplaats.Graph.Api.Http;

/// <summary>
/// GET must not change anything (GraphQL over HTTP): a GET request whose selected operation is not a query fails
/// validation with the code of <see cref="RequestErrors.MutationOverGet"/>, which the endpoint answers with 405 and <c>Allow: POST</c>.
/// </summary>
public sealed class QueriesOnlyOverGetRule : IValidationRule
{
    public static readonly QueriesOnlyOverGetRule Instance = new();

    private QueriesOnlyOverGetRule()
    {
    }

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new ValidationError(RequestErrors.MutationOverGet.Message)
            {
                Code = RequestErrors.MutationOverGet.Code,
            });
        }

        return default;
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;
}
