using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Neo4j.Cypher;

/// <summary>
/// Every Cypher statement the Neo4j adapter sends, one method per statement, each parameterised (values only as
/// <c>$p</c> parameters; labels and types from the model's enums) and with bounded patterns only. The filter, draft
/// and order fragments come from <see cref="FilterCypherCompiler"/>, <see cref="VisibilityCypher"/> and
/// <see cref="NodeSortCypher"/>. Tests lint and snapshot what these methods build.
/// </summary>
internal static class CypherCatalogue
{
    /// <summary>The full-text index over the folded names (weighted) and longer texts of every kind.</summary>
    public const string TextIndex = "node_text";

    /// <summary>Deep enough for local -> regional -> national lifting, bounded so a DERIVED_FROM cycle ends (as in SQLite).</summary>
    public const int MaxLiftingDepth = 10;

    private const string IdempotencyLabel = "IdempotencyKey";
    private const string DataVersionLabel = "DataVersion";
    private const string ChangeLogLabel = "ChangeLogEntry";
    private const string ChangeLogCounterLabel = "ChangeLogCounter";

    /// <summary>
    /// The data version's singleton, made when missing: a random store id, so a new (or emptied and bootstrapped)
    /// database that counts from 0 again is never taken for an old one.
    /// </summary>
    private const string MergeDataVersion =
        $"MERGE (v:{DataVersionLabel} {{id: 1}}) ON CREATE SET v.store = randomUUID(), v.number = 0";

    /// <summary>Every kind's label, for statements over all nodes of the graph.</summary>
    private static readonly string _anyKind = string.Join('|', Enum.GetNames<NodeKind>());

    // ---- Bootstrap (InitializeAsync): all idempotent, IF NOT EXISTS.

    /// <summary>
    /// Uniqueness of each kind's key, the idempotency keys, the change log and the singletons (so concurrent MERGEs meet
    /// one node), the data version, the full-text index and the indexes the orders use.
    /// </summary>
    public static IEnumerable<CypherStatement> Bootstrap()
    {
        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            var label = kind.ToString();
            var name = label.ToLowerInvariant();
            yield return Fixed($"bootstrap.{name}.key",
                $"CREATE CONSTRAINT {name}_key IF NOT EXISTS FOR (n:{label}) REQUIRE n.{NodeProperties.Key} IS UNIQUE");
            foreach (var property in new[] { NodeProperties.NameSort, NodeProperties.SortDate, NodeProperties.Status })
            {
                yield return Fixed($"bootstrap.{name}.{property}",
                    $"CREATE INDEX {name}_{property} IF NOT EXISTS FOR (n:{label}) ON (n.{property})");
            }
        }

        yield return Fixed("bootstrap.idempotency",
            $"CREATE CONSTRAINT idempotency_id IF NOT EXISTS FOR (k:{IdempotencyLabel}) REQUIRE k.id IS UNIQUE");
        yield return Fixed("bootstrap.change-log",
            $"CREATE CONSTRAINT change_log_sequence IF NOT EXISTS FOR (e:{ChangeLogLabel}) REQUIRE e.sequence IS UNIQUE");
        yield return Fixed("bootstrap.change-log-counter",
            $"CREATE CONSTRAINT change_log_counter_id IF NOT EXISTS FOR (c:{ChangeLogCounterLabel}) REQUIRE c.id IS UNIQUE");
        yield return Fixed("bootstrap.data-version.id",
            $"CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (v:{DataVersionLabel}) REQUIRE v.id IS UNIQUE");
        yield return Fixed("bootstrap.data-version", MergeDataVersion);
        yield return Fixed("bootstrap.text",
            $"CREATE FULLTEXT INDEX {TextIndex} IF NOT EXISTS FOR (n:{_anyKind}) " +
            $"ON EACH [n.{NodeProperties.SearchNames}, n.{NodeProperties.SearchBody}] " +
            "OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } }");

        // New indexes fill in the background; searching one that is not online yet fails.
        yield return Fixed("bootstrap.await-indexes", "CALL db.awaitIndexes(300)");
    }

    // ---- Reads.

    public static CypherStatement CountNodes() =>
        Fixed("status.count", $"MATCH (n:{_anyKind}) RETURN count(n) AS nodes");

    /// <summary>The data version (see <see cref="DataVersion"/>): one node by its unique id.</summary>
    public static CypherStatement ReadDataVersion() =>
        Fixed("data-version.read", $"MATCH (v:{DataVersionLabel} {{id: 1}}) RETURN v.store AS store, v.number AS number");

    /// <summary>Up to <paramref name="limit"/> change log entries before <paramref name="before"/>, newest first.</summary>
    public static CypherStatement ReadChangeLog(long? before, int limit)
    {
        var parameters = new CypherParameters();
        return parameters.Build("change-log.read",
            $"MATCH (e:{ChangeLogLabel}) WHERE e.sequence < {parameters.Add(before ?? long.MaxValue)} {ChangeLogColumns} " +
            $"ORDER BY e.sequence DESC LIMIT {parameters.Add(limit)}");
    }

    /// <summary>Visible nodes of one kind by key.</summary>
    public static CypherStatement GetNodes(NodeKind kind, IReadOnlyCollection<string> keys, Visibility visibility)
    {
        var parameters = new CypherParameters();
        return parameters.Build($"nodes.{kind}",
            $"MATCH (n:{kind}) WHERE n.{NodeProperties.Key} IN {parameters.Add(keys)} " +
            $"AND {VisibilityCypher.Condition("n", visibility, parameters)} RETURN properties(n) AS node");
    }

    /// <summary>One page: <c>First + 1</c> nodes, so the extra one tells whether a next page exists.</summary>
    public static CypherStatement FindPage(NodeQuery query)
    {
        var parameters = new CypherParameters();
        var sort = NodeSort.For(query.Kind, query.Order);
        var where = Matches(query.Kind, query.Filter, query.Visibility, "n", parameters);
        if (query.After is { } after)
        {
            where += $" AND {sort.After("n", after, parameters)}";
        }

        return parameters.Build($"nodes.page.{query.Kind}",
            $"MATCH (n:{query.Kind}) WHERE {where} RETURN properties(n) AS node " +
            $"ORDER BY {sort.OrderBy("n")} LIMIT {parameters.Add(Math.Max(query.First, 0) + 1)}");
    }

    public static CypherStatement Count(NodeQuery query)
    {
        var parameters = new CypherParameters();
        return parameters.Build($"nodes.count.{query.Kind}",
            $"MATCH (n:{query.Kind}) WHERE {Matches(query.Kind, query.Filter, query.Visibility, "n", parameters)} RETURN count(n) AS total");
    }

    /// <summary>
    /// Visible neighbours over one hop from sources of one kind, ordered by source key, then the neighbour's natural
    /// order; with the relationship's direction as seen from the source and its properties.
    /// </summary>
    public static CypherStatement GetLinks(NodeKind sourceKind, IReadOnlyCollection<string> sourceKeys, Hop hop, Visibility visibility)
    {
        var parameters = new CypherParameters();
        return parameters.Build($"links.{sourceKind}.{hop.Type}.{hop.Direction}.{hop.Target}",
            $"MATCH (s:{sourceKind}){FilterCypherCompiler.Step(hop, "r")}(n:{hop.Target}) " +
            $"WHERE s.{NodeProperties.Key} IN {parameters.Add(sourceKeys)} AND {VisibilityCypher.Condition("n", visibility, parameters)} " +
            "RETURN s.key AS source, properties(n) AS node, startNode(r) = s AS outgoing, r.role AS role, r.mode AS mode, r.since AS since " +
            $"ORDER BY s.{NodeProperties.Key}, {NodeSort.For(hop.Target, NodeOrder.Natural).OrderBy("n")}");
    }

    /// <summary>Every relationship of the given types at nodes of one kind, both ends visible, as stored (from, type, to).</summary>
    public static CypherStatement GetRelationships(
        NodeKind kind, IReadOnlyCollection<string> keys, IReadOnlyCollection<RelationshipType> types, Visibility visibility)
    {
        var parameters = new CypherParameters();
        return parameters.Build($"relationships.{kind}",
            $"MATCH (s:{kind})-[r]-(o) WHERE s.{NodeProperties.Key} IN {parameters.Add(keys)} " +
            $"AND type(r) IN {parameters.Add(types.Select(RelationshipSchema.GraphName).ToList())} " +
            $"AND {VisibilityCypher.Condition("s", visibility, parameters)} AND {VisibilityCypher.Condition("o", visibility, parameters)} " +
            RelationshipColumns);
    }

    /// <summary>How many visible matching nodes reach each pair of visible target keys over two hops.</summary>
    public static CypherStatement CountPairs(NodeKind kind, NodeFilter filter, Hop first, Hop second, Visibility visibility)
    {
        var parameters = new CypherParameters();
        return parameters.Build($"pairs.{kind}",
            $"MATCH (n:{kind}) WHERE {Matches(kind, filter, visibility, "n", parameters)} " +
            $"MATCH (n){FilterCypherCompiler.Step(first)}(a:{first.Target}) WHERE {VisibilityCypher.Condition("a", visibility, parameters)} " +
            $"MATCH (n){FilterCypherCompiler.Step(second)}(b:{second.Target}) WHERE {VisibilityCypher.Condition("b", visibility, parameters)} " +
            "RETURN a.key AS first, b.key AS second, count(DISTINCT n) AS count ORDER BY first, second");
    }

    /// <summary>The full-text search, best first, the key breaking ties. Null when the text holds no word.</summary>
    public static CypherStatement? Search(SearchQuery query)
    {
        if (SearchText.ToIndexQuery(query.Text) is not { } text || query.First <= 0)
        {
            return null;
        }

        var parameters = new CypherParameters();
        var kinds = query.Kinds.Count == 0
            ? "true"
            : $"head(labels(n)) IN {parameters.Add(query.Kinds.Distinct().Select(k => k.ToString()).ToList())}";
        return parameters.Build("search",
            $"CALL db.index.fulltext.queryNodes('{TextIndex}', {parameters.Add(text)}) YIELD node, score " +
            $"WITH node AS n, score WHERE {kinds} AND {VisibilityCypher.Condition("n", query.Visibility, parameters)} " +
            "RETURN head(labels(n)) AS kind, properties(n) AS node, score " +
            $"ORDER BY score DESC, n.{NodeProperties.Key} LIMIT {parameters.Add(query.First)}");
    }

    /// <summary>The audit properties of the nodes of one kind that were written through the write port.</summary>
    public static CypherStatement GetAudit(NodeKind kind, IReadOnlyCollection<string> keys)
    {
        var parameters = new CypherParameters();
        return parameters.Build($"audit.{kind}",
            $"MATCH (n:{kind}) WHERE n.{NodeProperties.Key} IN {parameters.Add(keys)} AND n.changedBy IS NOT NULL {AuditColumns}");
    }

    // ---- Import (ImportAsync, in one explicit transaction): batched UNWIND ... MERGE, so importing twice changes nothing.

    /// <summary>
    /// Upserts a batch of nodes of one kind. A node counts as updated only when one of the imported properties
    /// differs; audit properties are not imported, so they stay.
    /// </summary>
    public static CypherStatement ImportNodes(NodeKind kind, IReadOnlyList<Dictionary<string, object?>> rows)
    {
        var parameters = new CypherParameters();
        return parameters.Build($"import.nodes.{kind}",
            $"UNWIND {parameters.Add(rows)} AS row " +
            $"OPTIONAL MATCH (stored:{kind} {{key: row.key}}) " +
            $"WITH row, stored IS NULL AS created, stored IS NOT NULL AND {Differs("stored", "row")} AS updated " +
            $"MERGE (n:{kind} {{key: row.key}}) SET n += row " +
            "RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated");
    }

    /// <summary>
    /// Upserts a batch of relationships of one type between two kinds; <c>matched</c> below the batch size means an end
    /// is missing (the caller rolls back).
    /// </summary>
    public static CypherStatement ImportRelationships(
        RelationshipType type, NodeKind from, NodeKind to, IReadOnlyList<Dictionary<string, object?>> rows)
    {
        var parameters = new CypherParameters();
        var name = RelationshipSchema.GraphName(type);
        return parameters.Build($"import.relationships.{name}.{from}.{to}",
            $"UNWIND {parameters.Add(rows)} AS row " +
            $"MATCH (a:{from} {{key: row.from}}) MATCH (b:{to} {{key: row.to}}) " +
            $"OPTIONAL MATCH (a)-[stored:{name}]->(b) " +
            $"WITH a, b, row, stored IS NULL AS created, stored IS NOT NULL AND {Differs("stored", "row.props")} AS updated " +
            $"MERGE (a)-[r:{name}]->(b) SET r += row.props " +
            "RETURN count(*) AS matched, count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated");
    }

    /// <summary>
    /// Derives the missing (Lesson)-[:ABOUT]->(Issue): the issues of the lesson's practices and of those of every lesson
    /// it is derived from, up to <see cref="MaxLiftingDepth"/> steps. An import only adds relationships, so adding the
    /// missing ones is a complete recompute there; a write uses <see cref="RecomputeAbout"/>.
    /// </summary>
    public static CypherStatement DeriveAbout()
    {
        var parameters = new CypherParameters();
        return parameters.Build("about.derive",
            $"MATCH (l:{NodeKind.Lesson})-[:{Graph(RelationshipType.DerivedFrom)}*0..{MaxLiftingDepth}]->(:{NodeKind.Lesson})" +
            $"-[:{Graph(RelationshipType.LearnedIn)}]->(:{NodeKind.Practice})-[:{Graph(RelationshipType.PartOf)}]->(i:{NodeKind.Issue}) " +
            $"WITH DISTINCT l, i MERGE (l)-[:{Graph(RelationshipType.About)}]->(i)");
    }

    /// <summary>
    /// Recomputes ABOUT of the lessons a write concerns: the seeds (lessons by key, or the lessons learned in practices
    /// by key) and every lesson lifted from them, up to <see cref="MaxLiftingDepth"/> steps each way. Their ABOUT is
    /// deleted and derived again, so a removed LEARNED_IN, PART_OF or DERIVED_FROM takes its issues away.
    /// </summary>
    public static CypherStatement RecomputeAbout(NodeKind seedKind, IReadOnlyCollection<string> keys)
    {
        var parameters = new CypherParameters();
        var seeds = seedKind switch
        {
            NodeKind.Lesson => $"MATCH (s:{NodeKind.Lesson}) WHERE s.{NodeProperties.Key} IN {parameters.Add(keys)} ",
            NodeKind.Practice => $"MATCH (s:{NodeKind.Lesson})-[:{Graph(RelationshipType.LearnedIn)}]->(p:{NodeKind.Practice}) " +
                $"WHERE p.{NodeProperties.Key} IN {parameters.Add(keys)} ",
            _ => throw new ArgumentOutOfRangeException(nameof(seedKind), seedKind, "ABOUT derives from lessons and practices only."),
        };
        return parameters.Build($"about.recompute.{seedKind}",
            seeds +
            $"MATCH (l:{NodeKind.Lesson})-[:{Graph(RelationshipType.DerivedFrom)}*0..{MaxLiftingDepth}]->(s) WITH DISTINCT l " +
            $"OPTIONAL MATCH (l)-[a:{Graph(RelationshipType.About)}]->(:{NodeKind.Issue}) DELETE a WITH DISTINCT l " +
            $"MATCH (l)-[:{Graph(RelationshipType.DerivedFrom)}*0..{MaxLiftingDepth}]->(:{NodeKind.Lesson})" +
            $"-[:{Graph(RelationshipType.LearnedIn)}]->(:{NodeKind.Practice})-[:{Graph(RelationshipType.PartOf)}]->(i:{NodeKind.Issue}) " +
            $"WITH DISTINCT l, i MERGE (l)-[:{Graph(RelationshipType.About)}]->(i)");
    }

    // ---- The write port (ApplyAsync, in one explicit transaction).

    public static CypherStatement StoredResult(string actor, string key)
    {
        var parameters = new CypherParameters();
        return parameters.Build("change.stored-result",
            $"MATCH (k:{IdempotencyLabel} {{id: {parameters.Add(IdempotencyId(actor, key))}}}) RETURN k.result AS result");
    }

    /// <summary>Creates nodes; a key that exists breaks the uniqueness constraint (Conflict).</summary>
    public static CypherStatement CreateNodes(NodeKind kind, IReadOnlyList<Dictionary<string, object?>> rows)
    {
        var parameters = new CypherParameters();
        return parameters.Build($"change.create.{kind}", $"UNWIND {parameters.Add(rows)} AS row CREATE (n:{kind}) SET n = row");
    }

    public static CypherStatement UpdateNodes(NodeKind kind, IReadOnlyList<Dictionary<string, object?>> rows)
    {
        var parameters = new CypherParameters();
        return parameters.Build($"change.update.{kind}",
            $"UNWIND {parameters.Add(rows)} AS row MATCH (n:{kind} {{key: row.key}}) SET n += row");
    }

    /// <summary>Which of these keys exist: the ends of relationships and updated nodes must.</summary>
    public static CypherStatement ExistingKeys(NodeKind kind, IReadOnlyCollection<string> keys)
    {
        var parameters = new CypherParameters();
        return parameters.Build($"change.existing.{kind}",
            $"MATCH (n:{kind}) WHERE n.{NodeProperties.Key} IN {parameters.Add(keys)} RETURN n.key AS key");
    }

    public static CypherStatement RemoveRelationships(
        RelationshipType type, NodeKind from, NodeKind to, IReadOnlyList<Dictionary<string, object?>> rows)
    {
        var parameters = new CypherParameters();
        var name = RelationshipSchema.GraphName(type);
        return parameters.Build($"change.remove.{name}.{from}.{to}",
            $"UNWIND {parameters.Add(rows)} AS row MATCH (:{from} {{key: row.from}})-[r:{name}]->(:{to} {{key: row.to}}) DELETE r");
    }

    /// <summary>Adds relationships; one that exists takes the new role, mode and since (as in SQLite).</summary>
    public static CypherStatement AddRelationships(
        RelationshipType type, NodeKind from, NodeKind to, IReadOnlyList<Dictionary<string, object?>> rows)
    {
        var parameters = new CypherParameters();
        var name = RelationshipSchema.GraphName(type);
        return parameters.Build($"change.add.{name}.{from}.{to}",
            $"UNWIND {parameters.Add(rows)} AS row MATCH (a:{from} {{key: row.from}}) MATCH (b:{to} {{key: row.to}}) " +
            $"MERGE (a)-[r:{name}]->(b) SET r = row.props");
    }

    /// <summary>Moves the audit trail of nodes of one kind on; the created ones also get their creator.</summary>
    public static CypherStatement Touch(NodeKind kind, IReadOnlyCollection<string> keys, IReadOnlyCollection<string> created, GraphChange change)
    {
        var parameters = new CypherParameters();
        var (actor, name, at) = (parameters.Add(change.Author.ActorKey), parameters.Add(change.Author.PersonName), parameters.Add(StoredText.Of(change.At)));
        var isNew = $"n.{NodeProperties.Key} IN {parameters.Add(created)}";
        return parameters.Build($"change.touch.{kind}",
            $"MATCH (n:{kind}) WHERE n.{NodeProperties.Key} IN {parameters.Add(keys)} " +
            $"SET n.changedBy = {actor}, n.changedByName = {name}, n.changedAt = {at}, " +
            $"n.createdBy = CASE WHEN {isNew} THEN {actor} ELSE n.createdBy END, " +
            $"n.createdByName = CASE WHEN {isNew} THEN {name} ELSE n.createdByName END, " +
            $"n.createdAt = CASE WHEN {isNew} THEN {at} ELSE n.createdAt END");
    }

    public static CypherStatement StoreResult(GraphChange change, string key)
    {
        var parameters = new CypherParameters();
        return parameters.Build("change.store-result",
            $"CREATE (:{IdempotencyLabel} {{id: {parameters.Add(IdempotencyId(change.Author.ActorKey, key))}, " +
            $"actor: {parameters.Add(change.Author.ActorKey)}, key: {parameters.Add(key)}, result: {parameters.Add(change.Result)}, " +
            $"createdAt: {parameters.Add(StoredText.Of(change.At))}}})");
    }

    /// <summary>Appends a change to the log, numbered by a counter node that the transaction holds locked until it ends.</summary>
    public static CypherStatement AppendChangeLog(GraphChange change, string changes)
    {
        var parameters = new CypherParameters();
        return parameters.Build("change.log",
            $"MERGE (c:{ChangeLogCounterLabel} {{id: 1}}) ON CREATE SET c.last = 0 SET c.last = c.last + 1 " +
            $"CREATE (:{ChangeLogLabel} {{sequence: c.last, at: {parameters.Add(StoredText.Of(change.At))}, " +
            $"actor: {parameters.Add(change.Author.ActorKey)}, actorName: {parameters.Add(change.Author.PersonName)}, " +
            $"operation: {parameters.Add(change.Operation)}, changes: {parameters.Add(changes)}}})");
    }

    /// <summary>
    /// Moves the data version on, inside the writing transaction, so a reader that sees the new number also sees the
    /// new data; every write path ends with it.
    /// </summary>
    public static CypherStatement MoveDataVersionOn() =>
        Fixed("data-version.move-on", $"{MergeDataVersion} SET v.number = v.number + 1");

    // ---- The transfer port (the copy command).

    /// <summary>A page of every node of one kind, drafts included, in key order after <paramref name="afterKey"/>.</summary>
    public static CypherStatement ExportNodes(NodeKind kind, string afterKey, int batchSize)
    {
        var parameters = new CypherParameters();
        return parameters.Build($"export.nodes.{kind}",
            $"MATCH (n:{kind}) WHERE n.{NodeProperties.Key} > {parameters.Add(afterKey)} RETURN properties(n) AS node " +
            $"ORDER BY n.{NodeProperties.Key} LIMIT {parameters.Add(batchSize)}");
    }

    /// <summary>Every stored relationship of these types.</summary>
    public static CypherStatement ExportRelationships(IReadOnlyCollection<RelationshipType> types)
    {
        var parameters = new CypherParameters();
        return parameters.Build("export.relationships",
            $"MATCH ()-[r]->() WHERE type(r) IN {parameters.Add(types.Select(RelationshipSchema.GraphName).ToList())} {RelationshipColumns}");
    }

    /// <summary>The audit properties of every node of one kind written through the write port.</summary>
    public static CypherStatement ExportAudit(NodeKind kind) =>
        Fixed($"export.audit.{kind}", $"MATCH (n:{kind}) WHERE n.changedBy IS NOT NULL {AuditColumns}");

    public static CypherStatement ExportIdempotencyKeys() =>
        Fixed("export.idempotency",
            $"MATCH (k:{IdempotencyLabel}) RETURN k.actor AS actor, k.key AS key, k.result AS result, k.createdAt AS createdAt");

    /// <summary>Replaces the audit properties of nodes of one kind with copied ones.</summary>
    public static CypherStatement RestoreAudit(NodeKind kind, IReadOnlyList<Dictionary<string, object?>> rows)
    {
        var parameters = new CypherParameters();
        return parameters.Build($"restore.audit.{kind}",
            $"UNWIND {parameters.Add(rows)} AS row MATCH (n:{kind} {{key: row.key}}) " +
            "SET n.createdBy = row.createdBy, n.createdByName = row.createdByName, n.createdAt = row.createdAt, " +
            "n.changedBy = row.changedBy, n.changedByName = row.changedByName, n.changedAt = row.changedAt");
    }

    /// <summary>Adds copied idempotency keys; one the store has keeps its result.</summary>
    public static CypherStatement RestoreIdempotencyKeys(IReadOnlyList<Dictionary<string, object?>> rows)
    {
        var parameters = new CypherParameters();
        return parameters.Build("restore.idempotency",
            $"UNWIND {parameters.Add(rows)} AS row MERGE (k:{IdempotencyLabel} {{id: row.actor + '/' + row.key}}) " +
            "ON CREATE SET k.actor = row.actor, k.key = row.key, k.result = row.result, k.createdAt = row.createdAt");
    }

    /// <summary>Adds copied change log entries under their own sequence; one the store has keeps its content.</summary>
    public static CypherStatement RestoreChangeLog(IReadOnlyList<Dictionary<string, object?>> rows)
    {
        var parameters = new CypherParameters();
        return parameters.Build("restore.change-log",
            $"UNWIND {parameters.Add(rows)} AS row MERGE (e:{ChangeLogLabel} {{sequence: row.sequence}}) " +
            "ON CREATE SET e.at = row.at, e.actor = row.actor, e.actorName = row.actorName, e.operation = row.operation, e.changes = row.changes");
    }

    /// <summary>Moves the change log's counter past the copied entries, so later changes are numbered after them.</summary>
    public static CypherStatement RestoreChangeLogCounter(long lastSequence)
    {
        var parameters = new CypherParameters();
        var last = parameters.Add(lastSequence);
        return parameters.Build("restore.change-log-counter",
            $"MERGE (c:{ChangeLogCounterLabel} {{id: 1}}) ON CREATE SET c.last = 0 " +
            $"SET c.last = CASE WHEN c.last < {last} THEN {last} ELSE c.last END");
    }

    // ---- Fragments.

    /// <summary>The node of <paramref name="alias"/> matches the filter and is visible.</summary>
    private static string Matches(NodeKind kind, NodeFilter filter, Visibility visibility, string alias, CypherParameters parameters) =>
        $"{FilterCypherCompiler.Compile(filter, kind, alias, parameters)} AND {VisibilityCypher.Condition(alias, visibility, parameters)}";

    /// <summary>Some property of the map differs from the stored one (null-safe: a missing property equals null).</summary>
    private static string Differs(string stored, string map) =>
        $"any(k IN keys({map}) WHERE NOT coalesce({stored}[k] = {map}[k], {stored}[k] IS NULL AND {map}[k] IS NULL))";

    private const string RelationshipColumns =
        "RETURN head(labels(startNode(r))) AS fromKind, startNode(r).key AS fromKey, type(r) AS type, " +
        "head(labels(endNode(r))) AS toKind, endNode(r).key AS toKey, r.role AS role, r.mode AS mode, r.since AS since";

    private const string ChangeLogColumns =
        "RETURN e.sequence AS sequence, e.at AS at, e.actor AS actor, e.actorName AS actorName, e.operation AS operation, e.changes AS changes";

    private const string AuditColumns =
        "RETURN n.key AS key, n.createdBy AS createdBy, n.createdByName AS createdByName, n.createdAt AS createdAt, " +
        "n.changedBy AS changedBy, n.changedByName AS changedByName, n.changedAt AS changedAt";

    /// <summary>Idempotency keys are per author; actor keys are slugs, so the slash cannot be part of one.</summary>
    private static string IdempotencyId(string actor, string key) => $"{actor}/{key}";

    private static string Graph(RelationshipType type) => RelationshipSchema.GraphName(type);

    private static CypherStatement Fixed(string name, string text) => new CypherParameters().Build(name, text);
}
