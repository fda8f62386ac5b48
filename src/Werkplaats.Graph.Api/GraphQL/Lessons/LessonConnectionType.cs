using Werkplaats.Graph.Api.GraphQL.Relay;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>A page of lessons.</summary>
public sealed class LessonConnectionType() : ConnectionType<LessonType, LessonEdgeType>("Lesson");

/// <summary>A lesson in a list.</summary>
public sealed class LessonEdgeType() : EdgeType<LessonType>("Lesson");
