using Werkplaats.Graph.Api.GraphQL.Mutations;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Practices;

/// <summary>What every practice mutation returns: the practice as it now is, or the reasons nothing was written.</summary>
public abstract class PracticePayloadType(string name, string written)
    : NodePayloadType<PracticeType, Practice>(name, "practice", NodeKind.Practice, written);

/// <summary>The payload of createPractice.</summary>
public sealed class CreatePracticePayloadType() : PracticePayloadType("CreatePracticePayload", "the practice created");

/// <summary>The payload of updatePractice.</summary>
public sealed class UpdatePracticePayloadType() : PracticePayloadType("UpdatePracticePayload", "the practice as changed");

/// <summary>The payload of attachPractice.</summary>
public sealed class AttachPracticePayloadType() : PracticePayloadType("AttachPracticePayload", "the practice with what was attached");

/// <summary>The payload of detachPractice.</summary>
public sealed class DetachPracticePayloadType() : PracticePayloadType("DetachPracticePayload", "the practice without what was detached");
