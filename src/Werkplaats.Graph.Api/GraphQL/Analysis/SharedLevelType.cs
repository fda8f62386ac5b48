using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Analysis;

/// <summary>A shared level.</summary>
public sealed class SharedLevelType() : SharedTagType<Levels.LevelType, Level>("Level", "level");
