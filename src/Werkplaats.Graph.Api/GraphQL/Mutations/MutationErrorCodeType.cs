using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Api.GraphQL.Mutations;

/// <summary>Why a mutation wrote nothing.</summary>
public sealed class MutationErrorCodeType() : DescribedEnumType<WriteErrorCode>(
    "MutationErrorCode",
    "Why a mutation wrote nothing. These come in the payload's errors, with HTTP 200; the response's top-level errors "
        + "are kept for requests that could not run at all.",
    new Dictionary<WriteErrorCode, string>
    {
        [WriteErrorCode.Validation] = "An input field breaks a rule; field names it and the message starts with the field and the rule.",
        [WriteErrorCode.NotFound] = "A referenced node does not exist, or you may not see it.",
        [WriteErrorCode.Conflict] = "The write clashes with what is stored, e.g. a lesson key that is taken.",
        [WriteErrorCode.Forbidden] = "You are signed in but have no right to this write.",
        [WriteErrorCode.Unauthenticated] = "You are not signed in: send a bearer token.",
    });
