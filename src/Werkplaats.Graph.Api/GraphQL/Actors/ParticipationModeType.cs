using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Actors;

/// <summary>Arena or Tribune.</summary>
public sealed class ParticipationModeType() : DescribedEnumType<ParticipationMode>(
    "ParticipationMode",
    "How a partner takes part in an atelier (the Arena and Tribune model).",
    new Dictionary<ParticipationMode, string>
    {
        [ParticipationMode.Arena] = "Acting in the Arena: working, evaluating and learning together in the atelier.",
        [ParticipationMode.Tribune] = "Following the atelier from the Tribune and its activities.",
    });
