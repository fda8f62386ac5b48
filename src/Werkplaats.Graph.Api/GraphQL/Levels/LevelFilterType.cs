using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Levels;

/// <summary>Which levels to list.</summary>
public sealed class LevelFilterType() : KeysFilterType<LevelKey, LevelKeyType>("Level", "levels");
