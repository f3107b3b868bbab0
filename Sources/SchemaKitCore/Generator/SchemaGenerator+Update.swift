extension SchemaGenerator {
    // MARK: - Without a connection

    /// What separates `current` from the entities' schema. Only the namespaces the entities
    /// use are compared, so tables of other schemas are never taken for removed ones, and the
    /// migrations table is left alone.
    ///
    /// Every difference is logged at `debug` with its attribute and both values.
    public func updateDifference(from current: DatabaseSchema, _ options: UpdateSchemaOptions = .init()) throws -> SchemaDifference {
        try updateDifference(from: current, target: try targetSchema(schema: options.schema), options)
    }

    /// ``updateDifference(from:_:)`` to a ``targetSchema(schema:)`` already built.
    package func updateDifference(from current: DatabaseSchema, target: DatabaseSchema, _ options: UpdateSchemaOptions) throws -> SchemaDifference {
        try difference(from: scoped(current, to: target), to: target, detectRenames: options.detectRenames)
    }

    /// The statements that bring `current` to the entities' schema, grouped as in the dump.
    ///
    /// ```swift
    /// let script = try generator.updateSchemaScript(from: live, .init(safe: true))
    /// // alter table "author" add column "born" date null;
    /// ```
    public func updateSchemaScript(from current: DatabaseSchema, _ options: UpdateSchemaOptions = .init()) throws -> SQLScript {
        try updateSchemaScript(from: current, target: try targetSchema(schema: options.schema), options)
    }

    /// ``updateSchemaScript(from:_:)`` to a ``targetSchema(schema:)`` already built (the command
    /// line builds it while the database is read).
    package func updateSchemaScript(from current: DatabaseSchema, target: DatabaseSchema, _ options: UpdateSchemaOptions) throws -> SQLScript {
        try dialect.validate()
        let difference = try difference(from: scoped(current, to: target), to: target, detectRenames: options.detectRenames)
        return try script(for: difference, target: target, options)
    }

    /// The statements that bring one schema to another of the same dialect, with no entities
    /// involved: what `schemakit diff` runs between two databases.
    ///
    /// ```swift
    /// let script = try SchemaGenerator.updateScript(from: staging, to: production, dialect: .postgreSQL)
    /// ```
    public static func updateScript(
        from current: DatabaseSchema, to target: DatabaseSchema, dialect: any SQLDialect, _ options: UpdateSchemaOptions = .init()
    ) throws -> SQLScript {
        try dialect.validate()
        let difference = try SchemaComparator.compare(from: current, to: target, dialect: dialect, detectRenames: options.detectRenames)
        return try updateScript(for: difference, to: target, dialect: dialect, options)
    }

    /// The statements for a difference already computed by ``SchemaComparator/compare(from:to:dialect:detectRenames:)``
    /// between two schemas of one dialect: a caller that needs both the difference and the script
    /// compares once.
    ///
    /// ```swift
    /// let difference = try SchemaComparator.compare(from: staging, to: production, dialect: .postgreSQL)
    /// let script = try SchemaGenerator.updateScript(for: difference, to: production, dialect: .postgreSQL)
    /// ```
    public static func updateScript(
        for difference: SchemaDifference, to target: DatabaseSchema, dialect: any SQLDialect, _ options: UpdateSchemaOptions = .init()
    ) throws -> SQLScript {
        try dialect.validate()
        let planning = try options.online.map { try dialect.online($0) } ?? dialect
        let planner = UpdatePlanner(dialect: planning, safe: options.safe, dropTables: options.dropTables, createForeignKeyConstraints: true)
        var script = try planner.script(for: difference, target: target)
        if let online = options.online { script = planning.onlineScript(script, online) }
        guard options.wrap, !script.isEmpty else { return script }
        var wrapped = SQLScript()
        wrapped.append(dialect.prologue(disableForeignKeys: false))
        wrapped.groups += script.groups
        wrapped.append(dialect.epilogue(disableForeignKeys: false))
        return wrapped
    }

    // MARK: - Live

    /// The SQL that brings the database (or `options.fromSchema`) to the entities' schema;
    /// the empty string when it is up to date.
    ///
    /// ```swift
    /// print(try await generator.getUpdateSchemaSQL(.init(safe: true, wrap: false)))
    /// // alter table "author" add column "born" date null;
    /// ```
    public func getUpdateSchemaSQL(_ options: UpdateSchemaOptions = .init()) async throws -> String {
        try updateSchemaScript(from: try await currentSchema(options), options).text
    }

    /// Brings the database to the entities' schema.
    ///
    /// The schema is read once the schema lock is held (``withSchemaLock(_:)``), so of several
    /// processes updating at once one applies and the others find nothing left to do
    /// (``SchemaApplyOutcome/upToDate``).
    ///
    /// On PostgreSQL and SQLite the whole update is one transaction: it applies completely or
    /// not at all. MySQL and MariaDB commit each DDL statement; a failure there names the
    /// statement that failed and lists, in ``SchemaError/appliedStatements``, those that stay
    /// applied.
    ///
    /// Unless `options.preflight` is off, the rows already there are counted first
    /// (``preflight(from:_:)``): when they would make a change fail, nothing runs and the error
    /// (``SchemaError/Code/preflightFailed``) names the changes, the counts and some of the rows.
    @discardableResult
    public func updateSchema(_ options: UpdateSchemaOptions = .init()) async throws -> SchemaApplyOutcome {
        try await withSchemaLock {
            let live = try await currentSchema(options)
            let script = try updateSchemaScript(from: live, options)
            guard !script.isEmpty else {
                logger.debug("schema is up to date")
                return .upToDate
            }
            if options.preflight { try requirePassing(try await preflight(from: live, options)) }
            try await execute(script)
            return .applied(statements: script.statements.count)
        }
    }

    /// What the rows already in the database would do to the update from `live`: the changes
    /// they would make fail, and the data it would lose, with counts (bounded by
    /// ``Preflight/countLimit``) and, for failures, the keys of a few rows. Runs a counting
    /// query or two per data-sensitive change, and nothing else.
    ///
    /// With `safe`, dropped columns and tables are still reported (as what safe mode keeps);
    /// with `dropTables` off, dropped tables are not.
    ///
    /// ```swift
    /// let report = try await generator.preflight(from: try await generator.introspect())
    /// report.failing.first?.description
    /// // set not null on "author"."bio" would fail: 12 rows hold null (3, 8, 14, 15, 21, …)
    /// ```
    public func preflight(from live: DatabaseSchema, _ options: UpdateSchemaOptions = .init()) async throws -> PreflightReport {
        try await preflight(from: live, target: try targetSchema(schema: options.schema), options)
    }

    /// ``preflight(from:_:)`` to a ``targetSchema(schema:)`` already built.
    package func preflight(from live: DatabaseSchema, target: DatabaseSchema, _ options: UpdateSchemaOptions) async throws -> PreflightReport {
        let database = try requireDatabase()
        let difference = try updateDifference(from: live, target: target, options)
        var checks = Preflight.checks(for: difference, live: live, dialect: dialect)
        if !options.dropTables { checks.removeAll { $0.kind == .droppedTableRows } }
        return try await Preflight.run(checks) { try await database.rows($0) }
    }

    /// The preflight of the update from the live database (read now).
    public func preflight(_ options: UpdateSchemaOptions = .init()) async throws -> PreflightReport {
        try await preflight(from: try await currentSchema(options), options)
    }

    /// Throws ``SchemaError/Code/preflightFailed`` when rows would make a change fail.
    public func requirePassing(_ report: PreflightReport) throws {
        let failing = report.failing
        guard !failing.isEmpty else { return }
        var error = SchemaError(.preflightFailed, """
            Nothing was applied: the rows already in the database would make \(failing.count) change\(failing.count == 1 ? "" : "s") fail:
            \(failing.map { "  - \($0)" }.joined(separator: "\n"))
            Fix or remove those rows (or change the entities), then run the update again.
            """)
        error.preflight = report
        throw error
    }

    /// Runs a script on the database: in one transaction where the engine has transactional
    /// DDL, statement by statement (reporting what stays applied) where it does not.
    ///
    /// ```swift
    /// let script = try generator.updateSchemaScript(from: try await generator.introspect())
    /// print(script.text)
    /// try await generator.execute(script)   // the SQL just shown, without reading the schema again
    /// ```
    ///
    /// It runs under the schema lock; to be sure no other run changed the schema since it was
    /// read, read it and run this inside one ``withSchemaLock(_:)``.
    public func execute(_ script: SQLScript) async throws {
        let database = try requireDatabase()
        try await withSchemaLock {
            try await database.execute(script.statements, transactional: dialect.capabilities.supportsTransactionalDDL)
        }
    }

    /// What separates the database from the entities' schema; empty when they match (the
    /// drift check behind `schema:update --check`).
    public func schemaDifference(_ options: UpdateSchemaOptions = .init()) async throws -> SchemaDifference {
        try updateDifference(from: try await currentSchema(options), options)
    }

    /// The update and its reverse, as a migration would hold them. Renames are reversed by
    /// name, so `down` renames back rather than dropping and adding.
    public func getUpdateSchemaMigrationSQL(_ options: UpdateSchemaOptions = .init()) async throws -> UpdateMigrationSQL {
        try dialect.validate()
        let target = try targetSchema(schema: options.schema)
        let current = scoped(try await currentSchema(options), to: target)
        let up = try difference(from: current, to: target, detectRenames: options.detectRenames)
        var previous = current
        for table in up.changedTables {
            guard let index = previous.tables.firstIndex(where: { $0.qualifiedName == table.from.qualifiedName }) else { continue }
            if table.isRenamed { previous.tables[index].renamedFrom = table.to.name }
            for rename in table.renamedColumns {
                guard let column = previous.tables[index].columns.firstIndex(where: { $0.name == rename.from.name }) else { continue }
                previous.tables[index].columns[column].renamedFrom = rename.to.name
            }
        }
        let down = try difference(from: target, to: previous, detectRenames: options.detectRenames)
        return UpdateMigrationSQL(up: try script(for: up, target: target, options).text,
                                  down: try script(for: down, target: previous, options).text)
    }

    // MARK: - Helpers

    func currentSchema(_ options: UpdateSchemaOptions) async throws -> DatabaseSchema {
        if let schema = options.fromSchema { return schema }
        return try await introspect()
    }

    func difference(from current: DatabaseSchema, to target: DatabaseSchema, detectRenames: Bool) throws -> SchemaDifference {
        let difference = try SchemaComparator.compare(from: current, to: target, dialect: dialect, detectRenames: detectRenames)
        for line in difference.lines { logger.debug("schema difference", metadata: ["difference": "\(line)"]) }
        return difference
    }

    func script(for difference: SchemaDifference, target: DatabaseSchema, _ options: UpdateSchemaOptions) throws -> SQLScript {
        let planning = try options.online.map { try dialect.online($0) } ?? dialect
        let planner = UpdatePlanner(dialect: planning, safe: options.safe, dropTables: options.dropTables,
                                    createForeignKeyConstraints: self.options.createForeignKeyConstraints)
        var script = try planner.script(for: difference, target: target)
        if let online = options.online { script = planning.onlineScript(script, online) }
        return wrapped(script, wrap: options.wrap)
    }

    /// The live schema limited to the namespaces the target uses (the default one when the
    /// target has no tables), without the migrations table.
    func scoped(_ live: DatabaseSchema, to target: DatabaseSchema) -> DatabaseSchema {
        let key: (String?) -> String? = { $0 == dialect.defaultSchema ? nil : $0 }
        var namespaces = Set(target.tables.map { key($0.schema) }).union(target.namespaces.map(key))
        if target.tables.isEmpty { namespaces.insert(nil) }
        var result = live
        result.tables = live.tables.filter { namespaces.contains(key($0.schema)) && $0.name != Self.migrationsTableName }
        result.nativeEnums = live.nativeEnums.filter { namespaces.contains(key($0.schema)) }
        result.sequences = live.sequences.filter { namespaces.contains(key($0.schema)) }
        result.domains = live.domains.filter { namespaces.contains(key($0.schema)) }
        result.compositeTypes = live.compositeTypes.filter { namespaces.contains(key($0.schema)) }
        result.collations = live.collations.filter { namespaces.contains(key($0.schema)) }
        result.namespaces = live.namespaces.filter { namespaces.contains(key($0)) }
        return result
    }
}
