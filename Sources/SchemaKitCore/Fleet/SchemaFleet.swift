import Logging

/// The same entities across many tenants: every schema of a database that matches a pattern
/// (schema-per-tenant), or a list of databases (database-per-tenant), checked, planned or
/// updated with bounded concurrency.
///
/// ```swift
/// let fleet = SchemaFleet(config)
/// let report = try await fleet.run(.apply, .matching("tenant_*"), .init(parallel: 8))
/// print(report.table)
/// // tenant      statements  seconds  outcome
/// // tenant_001           3     0.02  applied
/// // …
/// // 200 tenants: 199 applied, 1 failed; 1 catalog read, 3 plans, 1012 queries in 2.41 s
/// ```
///
/// How it scales:
///
/// - **One catalog read per database.** Schema tenants are read together, by one introspection
///   of the configured database (nine queries on PostgreSQL, whatever the number of schemas), and
///   each tenant is compared from it. Database tenants are read one by one.
/// - **One plan per distinct schema.** Tenants whose schemas are the same but for their
///   namespace share one comparison and one plan, moved to each namespace name by name
///   (never by text); a plan that cannot be moved exactly is computed for its tenant alone.
/// - **Bounded connections.** At most ``FleetOptions/parallel`` tenants are applied at once,
///   each worker on one connection it keeps: for schema tenants, a connection to the database;
///   for database tenants on one MySQL or MariaDB server, one connection that switches database
///   (`use`).
///
/// Resumable by construction: every tenant is compared afresh, so a second run applies only what
/// the first did not. One tenant's failure is reported with its reason and the others go on,
/// unless ``FleetOptions/failFast``.
///
/// Schema tenants are updated under the configured database's schema lock, held for the whole
/// run; each database tenant under its own. Entities that name a schema of their own are shared
/// by all tenants, not part of any: `schema:update` applies them, the fleet leaves them out.
public struct SchemaFleet: Sendable {
    /// Which tenants.
    public enum Members: Sendable {
        /// Schemas whose name matches, read from the configured database (PostgreSQL); on MySQL
        /// and MariaDB, whose schemas are databases, the server's databases whose name matches.
        case matching(NamePattern)
        /// These tenants, in this order.
        case tenants([Tenant])
    }

    /// The entities and the configured database (the one schema tenants live in, and the server
    /// database tenants are named on).
    public let configuration: SchemaConfiguration
    let logger: Logger

    /// A fleet of `configuration`'s entities, logging on `logger`.
    public init(_ configuration: SchemaConfiguration, logger: Logger = Logger(label: "schemakit.fleet")) {
        self.configuration = configuration
        self.logger = logger
    }

    /// Runs `action` on every member. Throws only when the run cannot start (no connection, the
    /// configured database cannot be read, invalid options); a tenant's own failure is in its
    /// result. `progress` is called as each tenant finishes, with the number finished and the total.
    public func run(
        _ action: FleetAction, _ members: Members, _ options: FleetOptions = .init(),
        progress: @escaping @Sendable (FleetTenantResult, _ finished: Int, _ total: Int) -> Void = { _, _, _ in }
    ) async throws -> FleetReport {
        guard options.parallel >= 1 else {
            throw SchemaError(.invalidConfiguration, "A fleet needs at least one connection at a time, not \(options.parallel)")
        }
        guard let connector = configuration.database.connector else {
            throw SchemaError(.invalidConfiguration, "\(configuration.database.dialect.id.name) is configured for SQL generation only; a fleet needs connections")
        }
        let clock = ContinuousClock()
        let started = clock.now
        let dialect = configuration.database.dialect
        var report = FleetReport(action: action)
        let counter = ProgressCounter(progress: progress)
        switch members {
        case .matching(let pattern):
            if dialect.capabilities.supportsSchemas {
                report.absorb(try await schemaPass(action, names: .matching(pattern), connector, options, counter))
            } else if let query = dialect.databaseListQuery {
                let names = try await databaseNames(query, connector)
                let tenants = names.filter(pattern.matches).map(Tenant.database)
                guard !tenants.isEmpty else {
                    throw SchemaError(.invalidConfiguration, "No database on the server matches '\(pattern)'")
                }
                await counter.add(tenants.count)
                report.absorb(try await databasePass(action, tenants, connector, options, counter))
            } else {
                throw SchemaError(.unsupportedByDialect, """
                    \(dialect.id.name) has no schemas or databases to match '\(pattern)'; list the tenants' databases instead (--tenants)
                    """)
            }
        case .tenants(let tenants):
            let schemas = tenants.compactMap { tenant -> String? in
                if case .schema(let name) = tenant.location { return name }
                return nil
            }
            let databases = tenants.filter { if case .schema = $0.location { false } else { true } }
            await counter.add(tenants.count)
            if !schemas.isEmpty {
                guard dialect.capabilities.supportsSchemas else {
                    throw SchemaError(.unsupportedByDialect, "\(dialect.id.name) has no schemas: '\(schemas[0])' cannot be a schema tenant")
                }
                report.absorb(try await schemaPass(action, names: .listed(schemas), connector, options, counter))
            }
            if !databases.isEmpty {
                if options.failFast, !report.failed.isEmpty {
                    // An earlier failure under fail-fast: nothing more starts.
                    for tenant in databases {
                        let result = FleetTenantResult(tenant: tenant, outcome: .skipped)
                        report.results.append(result)
                        await counter.finished(result)
                    }
                } else {
                    report.absorb(try await databasePass(action, databases, connector, options, counter))
                }
            }
            report.sort(as: tenants)
        }
        report.seconds = Self.seconds(clock.now - started)
        return report
    }

    // MARK: - Schema tenants: one read, shared plans

    enum SchemaNames {
        case matching(NamePattern)
        case listed([String])
    }

    /// What one tenant's update is.
    struct TenantPlan: Sendable {
        var script: SQLScript
        var differences: [String]
        var checks: [PreflightCheck]
    }

    private func schemaPass(
        _ action: FleetAction, names: SchemaNames, _ connector: any SchemaDatabaseConnector,
        _ options: FleetOptions, _ counter: ProgressCounter
    ) async throws -> FleetReport {
        let main = try await connector.connect(logger: logger)
        let generator = SchemaGenerator(configuration, database: main, logger: logger)
        do {
            let body: @Sendable () async throws -> FleetReport = {
                let live = try await main.introspect(generator.introspectionOptions)
                var report = FleetReport(action: action)
                report.catalogReads = 1
                report.connections = 1
                let tenants: [String]
                switch names {
                case .listed(let listed): tenants = listed
                case .matching(let pattern):
                    // The default schema holds what all tenants share: never a tenant of a pattern.
                    tenants = live.namespaces.filter { $0 != generator.dialect.defaultSchema && pattern.matches($0) }.sorted()
                    guard !tenants.isEmpty else {
                        throw SchemaError(.invalidConfiguration, "No schema of \(connector) matches '\(pattern)'")
                    }
                    await counter.add(tenants.count)
                }
                if let tenant = tenants.first(where: { $0 == generator.dialect.defaultSchema }) {
                    throw SchemaError(.invalidConfiguration,
                                      "The default schema '\(tenant)' is not a tenant's; update it with schema:update, and list only tenants' schemas")
                }
                var planner = SchemaPlanner(generator: generator, live: live, action: action, options: options)
                try planner.prepare()
                var plans: [(String, Result<TenantPlan, SchemaError>, Double)] = []
                for (name, members) in planner.groups(tenants) {
                    for (member, outcome) in planner.plans(for: members, key: name) {
                        plans.append((member, outcome.result, outcome.seconds))
                    }
                }
                report.plansComputed = planner.plansComputed
                let order = Dictionary(tenants.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
                plans.sort { order[$0.0, default: 0] < order[$1.0, default: 0] }

                var pending: [(Tenant, TenantPlan, Double)] = []
                let planningFailed = plans.contains { if case .failure = $0.1 { true } else { false } }
                for (name, outcome, seconds) in plans {
                    var result = FleetTenantResult(tenant: .schema(name), outcome: .upToDate)
                    result.seconds = seconds
                    switch outcome {
                    case .failure(let error):
                        result.outcome = .failed
                        result.error = error
                    case .success(let plan):
                        result.statements = plan.script.statements.count
                        result.differences = plan.differences
                        if !plan.script.isEmpty {
                            if action == .plan || options.keepScripts { result.script = plan.script }
                            if action == .apply {
                                guard options.failFast && planningFailed else {
                                    pending.append((.schema(name), plan, seconds))
                                    continue
                                }
                                // Fail-fast: a tenant that could not be planned stops the others before any applies.
                                result.outcome = .skipped
                            } else {
                                result.outcome = .drifted
                            }
                        }
                    }
                    report.results.append(result)
                    await counter.finished(result)
                }
                if !pending.isEmpty {
                    let applied = try await apply(pending, generator: generator, connector: connector, options, counter)
                    report.absorb(applied)
                }
                report.sort(as: tenants.map(Tenant.schema))
                report.queries += await main.queryCount
                return report
            }
            let report = action == .apply ? try await generator.withSchemaLock(body) : try await body()
            try await main.close()
            return report
        } catch {
            try? await main.close()
            throw error
        }
    }

    /// Applies planned schema tenants on at most `parallel` connections to the configured database.
    private func apply(
        _ pending: [(Tenant, TenantPlan, Double)], generator: SchemaGenerator, connector: any SchemaDatabaseConnector,
        _ options: FleetOptions, _ counter: ProgressCounter
    ) async throws -> FleetReport {
        let queue = WorkQueue(count: pending.count)
        let workers = min(options.parallel, pending.count)
        let transactional = generator.dialect.capabilities.supportsTransactionalDDL
        var report = FleetReport(action: .apply)
        try await withThrowingTaskGroup(of: FleetReport.self) { group in
            for _ in 0..<workers {
                group.addTask {
                    var part = FleetReport(action: .apply)
                    var connection: (any SchemaDatabase)?
                    while let index = await queue.next() {
                        let (tenant, plan, planSeconds) = pending[index]
                        let clock = ContinuousClock()
                        let started = clock.now
                        var result = FleetTenantResult(tenant: tenant, outcome: .applied)
                        result.statements = plan.script.statements.count
                        result.differences = plan.differences
                        if options.keepScripts { result.script = plan.script }
                        do {
                            if connection == nil {
                                connection = try await connector.connect(logger: logger)
                                part.connections += 1
                            }
                            guard let database = connection else { continue }
                            if options.preflight, !plan.checks.isEmpty {
                                let preflight = try await Preflight.run(plan.checks) { try await database.rows($0) }
                                try generator.requirePassing(preflight)
                            }
                            try await database.execute(plan.script.statements, transactional: transactional)
                        } catch {
                            result.outcome = .failed
                            result.error = SchemaError.wrapping(error)
                            if result.error?.code == .connectionFailed || result.error?.code == .timedOut, let broken = connection {
                                part.queries += await broken.queryCount
                                try? await broken.close()
                                connection = nil
                            }
                            if options.failFast { await queue.stop() }
                        }
                        result.seconds = planSeconds + Self.seconds(clock.now - started)
                        part.results.append(result)
                        await counter.finished(result)
                    }
                    if let connection {
                        part.queries += await connection.queryCount
                        try? await connection.close()
                    }
                    return part
                }
            }
            for try await part in group { report.absorb(part) }
        }
        let started = Set(report.results.map(\.tenant))
        for (tenant, plan, _) in pending where !started.contains(tenant) {
            var result = FleetTenantResult(tenant: tenant, outcome: .skipped)
            result.statements = plan.script.statements.count
            result.differences = plan.differences
            report.results.append(result)
            await counter.finished(result)
        }
        return report
    }

    // MARK: - Database tenants: one read each, plans shared by identical schemas

    private func databasePass(
        _ action: FleetAction, _ tenants: [Tenant], _ connector: any SchemaDatabaseConnector,
        _ options: FleetOptions, _ counter: ProgressCounter
    ) async throws -> FleetReport {
        let queue = WorkQueue(count: tenants.count)
        let cache = PlanCache()
        let workers = min(options.parallel, tenants.count)
        var report = FleetReport(action: action)
        try await withThrowingTaskGroup(of: FleetReport.self) { group in
            for _ in 0..<workers {
                group.addTask {
                    var part = FleetReport(action: action)
                    // The connection this worker keeps, and the server it reaches.
                    var held: (key: String?, database: any SchemaDatabase)?
                    while let index = await queue.next() {
                        let tenant = tenants[index]
                        let clock = ContinuousClock()
                        let started = clock.now
                        var result = FleetTenantResult(tenant: tenant, outcome: .upToDate)
                        do {
                            let tenantConnector = try self.connector(for: tenant, from: connector)
                            // A mistyped file name must not become a new, empty database.
                            if tenantConnector.connectingCreatesDatabase,
                               try await !tenantConnector.databaseExists(logger: logger, managementDatabase: nil) {
                                throw SchemaError(.connectionFailed, "Database \(tenantConnector) does not exist")
                            }
                            let key = tenantConnector.serverKey
                            var database: (any SchemaDatabase)?
                            if let current = held, let key, current.key == key,
                               try await current.database.switchDatabase(to: tenantConnector.databaseName) {
                                database = current.database
                            }
                            if database == nil {
                                if let current = held {
                                    part.queries += await current.database.queryCount
                                    try? await current.database.close()
                                    held = nil
                                }
                                let opened = try await tenantConnector.connect(logger: logger)
                                part.connections += 1
                                held = (key, opened)
                                database = opened
                            }
                            guard let database else { continue }
                            part.catalogReads += 1
                            result = try await self.update(tenant, action, database, tenantConnector, cache, options)
                        } catch {
                            result.outcome = .failed
                            result.error = SchemaError.wrapping(error)
                            if let current = held, result.error?.code == .connectionFailed || result.error?.code == .timedOut {
                                part.queries += await current.database.queryCount
                                try? await current.database.close()
                                held = nil
                            }
                            if options.failFast { await queue.stop() }
                        }
                        result.seconds = Self.seconds(clock.now - started)
                        part.results.append(result)
                        await counter.finished(result)
                    }
                    if let current = held {
                        part.queries += await current.database.queryCount
                        try? await current.database.close()
                    }
                    return part
                }
            }
            for try await part in group { report.absorb(part) }
        }
        report.plansComputed = await cache.computed
        let started = Set(report.results.map(\.tenant))
        for tenant in tenants where !started.contains(tenant) {
            let result = FleetTenantResult(tenant: tenant, outcome: .skipped)
            report.results.append(result)
            await counter.finished(result)
        }
        report.sort(as: tenants)
        return report
    }

    /// Reads, plans and (for `.apply`) preflights and applies one database tenant, under its
    /// schema lock when applying.
    private func update(
        _ tenant: Tenant, _ action: FleetAction, _ database: any SchemaDatabase, _ connector: any SchemaDatabaseConnector,
        _ cache: PlanCache, _ options: FleetOptions
    ) async throws -> FleetTenantResult {
        var configuration = configuration
        configuration.database = DatabaseConfiguration(dialect: database.dialect, connector: connector)
        let generator = SchemaGenerator(configuration, database: database, logger: logger)
        let body: @Sendable () async throws -> FleetTenantResult = {
            let live = try await database.introspect(generator.introspectionOptions)
            var planner = SchemaPlanner(generator: generator, live: live, action: action, options: options)
            // The entities' schema is built once per dialect for the whole pass, not per tenant.
            if let unplaced = await cache.unplaced(for: database.dialect.id) {
                planner.use(unplaced: unplaced)
            } else {
                let unplaced = try generator.unplacedTargetSchema()
                await cache.store(unplaced: unplaced, for: database.dialect.id)
                planner.use(unplaced: unplaced)
            }
            let current = try planner.scopedCurrent()
            let key = PlanCache.Key(dialect: database.dialect.id, current: current)
            let plan: SchemaFleet.TenantPlan
            if let cached = await cache.plan(for: key) {
                plan = cached
            } else {
                plan = try planner.plan(from: current)
                await cache.store(plan, for: key)
            }
            var result = FleetTenantResult(tenant: tenant, outcome: .upToDate)
            result.statements = plan.script.statements.count
            result.differences = plan.differences
            guard !plan.script.isEmpty else { return result }
            if action == .plan || options.keepScripts { result.script = plan.script }
            switch action {
            case .check, .plan:
                result.outcome = .drifted
            case .apply:
                if options.preflight, !plan.checks.isEmpty {
                    try generator.requirePassing(try await Preflight.run(plan.checks) { try await database.rows($0) })
                }
                try await generator.execute(plan.script)
                result.outcome = .applied
            }
            return result
        }
        return action == .apply ? try await generator.withSchemaLock(body) : try await body()
    }

    private func connector(for tenant: Tenant, from configured: any SchemaDatabaseConnector) throws -> any SchemaDatabaseConnector {
        switch tenant.location {
        case .database(let name): try configured.connector(forDatabase: name)
        case .url(let url): try configured.connector(for: url)
        case .schema(let name):
            throw SchemaError(.invalidConfiguration, "'\(name)' is a schema tenant, not a database")
        }
    }

    private func databaseNames(_ query: String, _ connector: any SchemaDatabaseConnector) async throws -> [String] {
        let database = try await connector.connect(logger: logger)
        do {
            let names = try await database.rows(query).compactMap { $0.first ?? nil }
            try await database.close()
            return names
        } catch {
            try? await database.close()
            throw error
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

// MARK: - Planning

/// Compares tenants with the entities, sharing one plan among tenants whose schemas are the same
/// but for their namespace.
struct SchemaPlanner {
    /// The namespace a shared plan is computed in, then moved out of; chosen so that no tenant
    /// name contains it or is contained in it.
    private(set) var placeholder = "schemakit_fleet_tenant"
    let generator: SchemaGenerator
    let live: DatabaseSchema
    let action: FleetAction
    let options: FleetOptions
    private(set) var plansComputed = 0
    private var unplaced: DatabaseSchema?

    /// The live tables and enum types of each namespace, so that a tenant's part is found
    /// without going through every table of the database.
    private let tablesByNamespace: [String: [TableSchema]]
    private let enumsByNamespace: [String: [NativeEnumSchema]]

    init(generator: SchemaGenerator, live: DatabaseSchema, action: FleetAction, options: FleetOptions) {
        self.generator = generator
        self.live = live
        self.action = action
        self.options = options
        tablesByNamespace = Dictionary(grouping: live.tables.filter { $0.schema != nil && $0.name != SchemaGenerator.migrationsTableName }) { $0.schema ?? "" }
        enumsByNamespace = Dictionary(grouping: live.nativeEnums.filter { $0.schema != nil }) { $0.schema ?? "" }
    }

    /// Builds the entities' schema once, without the tables that name a schema of their own.
    mutating func prepare() throws {
        var target = try generator.unplacedTargetSchema()
        let shared = target.tables.filter { $0.schema != nil }
        if !shared.isEmpty {
            generator.logger.notice("entities with a schema of their own are shared, not per tenant: the fleet leaves them to schema:update",
                                    metadata: ["tables": "\(shared.map(\.qualifiedName.description).joined(separator: ", "))"])
            target.tables.removeAll { $0.schema != nil }
            target.nativeEnums.removeAll { $0.schema != nil }
            target.namespaces = []
        }
        unplaced = target
    }

    /// Builds from `unplaced`, the entities' schema as ``SchemaGenerator/unplacedTargetSchema()``
    /// gives it, computed once for many tenants.
    mutating func use(unplaced: DatabaseSchema) {
        self.unplaced = unplaced
    }

    /// The target of one tenant (`nil`: a database tenant, unplaced).
    func target(_ namespace: String?) throws -> DatabaseSchema {
        guard let unplaced else { return try generator.targetSchema(schema: namespace) }
        return try generator.targetSchema(schema: namespace, from: unplaced)
    }

    /// A database tenant's live schema, limited to what the entities use.
    func scopedCurrent() throws -> DatabaseSchema {
        generator.scoped(live, to: try target(nil))
    }

    /// What of the live schema belongs to schema tenant `name`.
    func current(of name: String) -> DatabaseSchema {
        var result = DatabaseSchema()
        result.tables = tablesByNamespace[name] ?? []
        result.nativeEnums = enumsByNamespace[name] ?? []
        result.namespaces = live.namespaces.contains(name) ? [name] : []
        return result
    }

    /// Tenants grouped by their schema moved to the placeholder namespace: each group's members
    /// differ only by namespace. Groups come in the order of their first member.
    mutating func groups(_ names: [String]) -> [(String, [String])] {
        while names.contains(where: { $0.contains(placeholder) || placeholder.contains($0) }) { placeholder += "_" }
        var groups: [DatabaseSchema: Int] = [:]
        var result: [(String, [String])] = []
        for name in names {
            let key = current(of: name).movingNamespace(name, to: placeholder)
            if let index = groups[key] {
                result[index].1.append(name)
            } else {
                groups[key] = result.count
                result.append((name, [name]))
            }
        }
        return result
    }

    struct Outcome {
        var result: Result<SchemaFleet.TenantPlan, SchemaError>
        var seconds: Double
    }

    /// The plans of one group's members: computed once in the placeholder namespace and moved
    /// to each member, or computed for a member alone (a group of one, or a plan that names the
    /// namespace in text).
    mutating func plans(for members: [String], key first: String) -> [(String, Outcome)] {
        let clock = ContinuousClock()
        guard members.count > 1 else {
            let started = clock.now
            let result = Result { try plan(namespace: first) }.mapError(SchemaError.wrapping)
            return [(first, Outcome(result: result, seconds: SchemaFleet.seconds(clock.now - started)))]
        }
        let started = clock.now
        let shared = Result { try plan(from: current(of: first).movingNamespace(first, to: placeholder), namespace: placeholder) }
            .mapError(SchemaError.wrapping)
        let sharedSeconds = SchemaFleet.seconds(clock.now - started) / Double(members.count)
        return members.map { member in
            let started = clock.now
            let result: Result<SchemaFleet.TenantPlan, SchemaError>
            switch shared {
            case .failure:
                // The comparison itself failed (an invalid rename hint, say): the same for every
                // member, but each tenant's error names its own tables.
                result = Result { try plan(namespace: member) }.mapError(SchemaError.wrapping)
            case .success(let plan):
                if let moved = move(plan, to: member) {
                    result = .success(moved)
                } else {
                    result = Result { try self.plan(namespace: member) }.mapError(SchemaError.wrapping)
                }
            }
            return (member, Outcome(result: result, seconds: sharedSeconds + SchemaFleet.seconds(clock.now - started)))
        }
    }

    /// Compares schema tenant `namespace` alone.
    mutating func plan(namespace: String) throws -> SchemaFleet.TenantPlan {
        try plan(from: current(of: namespace), namespace: namespace)
    }

    /// Compares `current` with the target placed in `namespace` (unplaced for `nil`).
    mutating func plan(from current: DatabaseSchema, namespace: String? = nil) throws -> SchemaFleet.TenantPlan {
        plansComputed += 1
        var update = options.update
        update.schema = namespace
        let target = try target(namespace)
        let difference = try generator.difference(from: current, to: target, detectRenames: update.detectRenames)
        let script = try generator.script(for: difference, target: target, update)
        var checks: [PreflightCheck] = []
        if action == .apply, options.preflight, !script.isEmpty {
            checks = Preflight.checks(for: difference, live: current, dialect: generator.dialect)
            if !update.dropTables { checks.removeAll { $0.kind == .droppedTableRows } }
        }
        return SchemaFleet.TenantPlan(script: script, differences: difference.lines, checks: checks)
    }

    /// A plan computed in the placeholder namespace, for `member`; `nil` when a name cannot move exactly.
    private func move(_ plan: SchemaFleet.TenantPlan, to member: String) -> SchemaFleet.TenantPlan? {
        let text = NamespaceTextMove(from: placeholder, to: member, dialect: generator.dialect)
        guard let script = plan.script.movingNamespace(placeholder, to: member, quotedBy: generator.dialect),
              let checks = text(plan.checks) else { return nil }
        var differences: [String] = []
        for line in plan.differences {
            guard let moved = text(line) else { return nil }
            differences.append(moved)
        }
        return SchemaFleet.TenantPlan(script: script, differences: differences, checks: checks)
    }
}

// MARK: - Coordination

/// Hands out tenant indexes to workers, and stops handing them out after a failure under fail-fast.
actor WorkQueue {
    private var nextIndex = 0
    private let count: Int
    private var stopped = false

    init(count: Int) { self.count = count }

    func next() -> Int? {
        guard !stopped, nextIndex < count else { return nil }
        defer { nextIndex += 1 }
        return nextIndex
    }

    func stop() { stopped = true }
}

/// Plans of database tenants by their live schema (identical schemas share one), and the
/// entities' schema they are compared with.
actor PlanCache {
    struct Key: Hashable, Sendable {
        var dialect: DialectID
        var current: DatabaseSchema
    }

    private var plans: [Key: SchemaFleet.TenantPlan] = [:]
    private var unplacedTargets: [DialectID: DatabaseSchema] = [:]
    private(set) var computed = 0

    /// The entities' schema for a dialect, built once per pass.
    func unplaced(for dialect: DialectID) -> DatabaseSchema? { unplacedTargets[dialect] }

    func store(unplaced: DatabaseSchema, for dialect: DialectID) { unplacedTargets[dialect] = unplaced }

    func plan(for key: Key) -> SchemaFleet.TenantPlan? { plans[key] }

    /// Two workers may compute the same plan at once; it counts once.
    func store(_ plan: SchemaFleet.TenantPlan, for key: Key) {
        guard plans[key] == nil else { return }
        plans[key] = plan
        computed += 1
    }
}

/// Counts finished tenants for the progress callback.
actor ProgressCounter {
    private let progress: @Sendable (FleetTenantResult, Int, Int) -> Void
    private var finishedCount = 0
    private var total = 0

    init(progress: @escaping @Sendable (FleetTenantResult, Int, Int) -> Void) { self.progress = progress }

    func add(_ count: Int) { total += count }

    func finished(_ result: FleetTenantResult) {
        finishedCount += 1
        progress(result, finishedCount, max(total, finishedCount))
    }
}

extension FleetReport {
    /// Results in the order of `tenants`.
    mutating func sort(as tenants: [Tenant]) {
        let order = Dictionary(tenants.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        results.sort { order[$0.tenant, default: 0] < order[$1.tenant, default: 0] }
    }

    mutating func absorb(_ other: FleetReport) {
        results += other.results
        catalogReads += other.catalogReads
        queries += other.queries
        plansComputed += other.plansComputed
        connections += other.connections
    }
}

extension SchemaError {
    /// `error` as a ``SchemaError``: itself, or a ``Code/statementFailed`` that describes it.
    static func wrapping(_ error: any Error) -> SchemaError {
        if let error = error as? SchemaError { return error }
        return SchemaError(.statementFailed, String(describing: error), underlying: error)
    }
}
