using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>What a lesson rests on.</summary>
public sealed class EvidenceKindType() : DescribedEnumType<EvidenceKind>(
    "EvidenceKind",
    "What a lesson rests on.",
    new Dictionary<EvidenceKind, string>
    {
        [EvidenceKind.Practice] = "Knowledge from doing: what professionals and partners saw work in practice.",
        [EvidenceKind.Experience] = "Experiential knowledge of residents and experience experts.",
        [EvidenceKind.Research] = "Research: evaluation, data or literature.",
    });
