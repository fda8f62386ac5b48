using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>Whether a lesson is published.</summary>
public sealed class PublicationStatusType() : DescribedEnumType<PublicationStatus>(
    "PublicationStatus",
    "Whether a lesson is out: deleted lessons are seen by no one, drafts are seen only by the atelier's Arena, its trekker and the programme committee.",
    new Dictionary<PublicationStatus, string>
    {
        [PublicationStatus.Draft] = "Being worked on in the Arena.",
        [PublicationStatus.Published] = "Published: visible to everyone.",
        [PublicationStatus.Deleted] = "Deleted: hidden from every read, for everyone; only deletedLessons lists it, for the programme committee to restore.",
    });
