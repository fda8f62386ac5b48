using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Practices;

/// <summary>Where a practice stands.</summary>
public sealed class PracticeStatusType() : DescribedEnumType<PracticeStatus>(
    "PracticeStatus",
    "Where a learning practice stands.",
    new Dictionary<PracticeStatus, string>
    {
        [PracticeStatus.Planned] = "Agreed on, not started yet.",
        [PracticeStatus.Running] = "Under way.",
        [PracticeStatus.Completed] = "Finished.",
    });
