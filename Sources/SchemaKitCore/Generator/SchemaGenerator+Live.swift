import Logging

extension SchemaGenerator {
    /// Opens the configured database, runs `body` with a generator bound to it, and closes the
    /// connection whatever happens. Introspection queries and every schema difference are
    /// logged at `debug` level on `logger`.
    ///
    /// ```swift
    /// try await SchemaGenerator.withDatabase(config) { generator in
    ///     try await generator.createSchema()
    /// }
    /// ```
    @discardableResult
    public static func withDatabase<Result: Sendable>(
        _ configuration: SchemaConfiguration,
        logger: Logger = Logger(label: "schemakit"),
        _ body: (SchemaGenerator) async throws -> Result
    ) async throws -> Result {
        guard let connector = configuration.database.connector else {
            throw SchemaError(.invalidConfiguration,
                              "\(configuration.database.dialect.id) is configured for SQL generation only; it has no connection")
        }
        let database = try await connector.connect(logger: logger)
        let generator = SchemaGenerator(configuration, database: database, logger: logger)
        do {
            let result = try await body(generator)
            try await database.close()
            return result
        } catch {
            try? await database.close()
            throw error
        }
    }

    func requireDatabase() throws -> any SchemaDatabase {
        guard let database else {
            throw SchemaError(.invalidConfiguration, "This operation needs a database connection; use SchemaGenerator.withDatabase")
        }
        return database
    }

    var introspectionOptions: IntrospectionOptions {
        IntrospectionOptions(ignoreSchema: options.ignoreSchema, skipTables: options.skipTables, skipColumns: options.skipColumns)
    }

    /// The live schema, with skip lists applied.
    public func introspect() async throws -> DatabaseSchema {
        try await requireDatabase().introspect(introspectionOptions)
    }

    /// Runs `body` holding the database's schema lock (``SchemaLock``), waiting for it at most
    /// ``SchemaGeneratorOptions/schemaLockTimeout``. Every applying operation takes it by
    /// itself; take it around a read and an apply of your own so that no other run changes the
    /// schema in between:
    ///
    /// ```swift
    /// try await generator.withSchemaLock {
    ///     let script = try generator.updateSchemaScript(from: try await generator.introspect())
    ///     print(script.text)
    ///     try await generator.execute(script)   // takes the lock again without waiting
    /// }
    /// ```
    public func withSchemaLock<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        let database = try requireDatabase()
        guard let timeout = options.schemaLockTimeout else { return try await body() }
        return try await database.withSchemaLock(waitingAtMost: timeout, body)
    }

    /// Creates the entities' schema (tables, indexes, keys, checks, enum types, namespaces),
    /// in one transaction where the engine allows, under the schema lock.
    ///
    /// Once it has the lock it reads the database: when the entities' tables are all there
    /// exactly as declared (another process created them a moment ago) nothing runs and the
    /// result is ``SchemaApplyOutcome/upToDate``; otherwise the create script runs whole.
    @discardableResult
    public func createSchema(_ options: CreateSchemaOptions = .init()) async throws -> SchemaApplyOutcome {
        let database = try requireDatabase()
        return try await withSchemaLock {
            let target = try targetSchema(schema: options.schema)
            if !target.tables.isEmpty {
                let live = try await database.introspect(introspectionOptions)
                let existing = try updateDifference(from: live, UpdateSchemaOptions(dropTables: false, schema: options.schema))
                if existing.isEmpty {
                    logger.debug("schema is up to date")
                    return .upToDate
                }
            }
            let statements = try createSchemaScript(options).statements
            try await database.execute(statements, transactional: dialect.capabilities.supportsTransactionalDDL)
            return .applied(statements: statements.count)
        }
    }

    /// The SQL that drops the entities' tables that exist in the database.
    public func getDropSchemaSQL(_ options: DropSchemaOptions = .init()) async throws -> String {
        var existing: DatabaseSchema?
        if let database { existing = try await database.introspect(introspectionOptions) }
        return try dropSchemaScript(options, existing: existing).text
    }

    /// Drops the entities' tables (never tables the entities do not know), or with `dropDb`
    /// the whole database.
    public func dropSchema(_ options: DropSchemaOptions = .init()) async throws {
        if options.dropDb {
            try await configuration.dropDatabase(logger: logger)
            return
        }
        let database = try requireDatabase()
        try await withSchemaLock {
            let existing = try await database.introspect(introspectionOptions)
            try await database.execute(dropSchemaScript(options, existing: existing).statements,
                                       transactional: dialect.capabilities.supportsTransactionalDDL)
        }
    }

    /// Removes every row of the entities' tables, children before parents; the schema stays.
    ///
    /// Rows that reference each other in a cycle cannot be deleted in any order, so on engines
    /// without `truncate … cascade` foreign key checks are off while the rows go.
    public func clearDatabase() async throws {
        let database = try requireDatabase()
        try await withSchemaLock { try await clearDatabase(database) }
    }

    private func clearDatabase(_ database: any SchemaDatabase) async throws {
        let existing = try await database.introspect(introspectionOptions)
        let target = try targetSchema()
        let tables = CommitOrder.sort(target.tables).reversed().filter { existing.table($0.qualifiedName) != nil }
        var statements = tables.isEmpty ? [] : try dialect.render(.deleteRows(tables.map(\.qualifiedName)))
        let capabilities = dialect.capabilities
        if !capabilities.supportsDropCascade, capabilities.canDisableForeignKeyChecks, !statements.isEmpty {
            statements = dialect.prologue(disableForeignKeys: true) + statements + dialect.epilogue(disableForeignKeys: true)
        }
        try await database.execute(statements, transactional: true)
    }

    /// Runs a seeder from the configuration (the default one for `nil`); returns its name.
    ///
    /// ```swift
    /// try await generator.seed()                 // DatabaseSeeder
    /// try await generator.seed("TagSeeder")
    /// ```
    @discardableResult
    public func seed(_ name: String? = nil, schema: String? = nil) async throws -> String {
        let seeder = try configuration.seeder.seeder(named: name)
        try await seeder.init().run(SeedDatabase(database: try requireDatabase(), seeders: configuration.seeder, defaultSchema: schema))
        return seeder.seederName
    }

    /// Creates the configured database if it is missing (see ``SchemaConfiguration/ensureDatabase(logger:)``).
    @discardableResult
    public func ensureDatabase() async throws -> Bool {
        try await configuration.ensureDatabase(logger: logger)
    }

    /// Creates the configured database through the management database.
    public func createDatabase() async throws {
        guard let connector = configuration.database.connector else {
            throw SchemaError(.invalidConfiguration, "\(dialect.id) is configured for SQL generation only")
        }
        try await connector.createDatabase(logger: logger, managementDatabase: options.managementDbName)
    }

    /// Drops the configured database.
    public func dropDatabase() async throws {
        try await configuration.dropDatabase(logger: logger)
    }

    /// Makes sure the database exists, drops the entities' tables and creates them again.
    ///
    /// The drop and the create run under one hold of the schema lock.
    public func refreshDatabase(_ options: CreateSchemaOptions = .init()) async throws {
        try await ensureDatabase()
        try await withSchemaLock {
            try await dropSchema(DropSchemaOptions(schema: options.schema))
            try await createSchema(options)
        }
    }
}

extension SchemaConfiguration {
    /// Creates the configured database if it does not exist; returns whether it did.
    ///
    /// Connects to the server's management database (`schemaGenerator.managementDbName`,
    /// `postgres` by default on PostgreSQL) to do so.
    @discardableResult
    public func ensureDatabase(logger: Logger = Logger(label: "schemakit")) async throws -> Bool {
        guard let connector = database.connector else { return false }
        let management = schemaGenerator.managementDbName
        if try await connector.databaseExists(logger: logger, managementDatabase: management) { return false }
        do {
            try await connector.createDatabase(logger: logger, managementDatabase: management)
        } catch {
            // Several processes starting together race to create it: losing that race is fine.
            if try await connector.databaseExists(logger: logger, managementDatabase: management) { return false }
            throw error
        }
        return true
    }

    /// Drops the configured database.
    public func dropDatabase(logger: Logger = Logger(label: "schemakit")) async throws {
        guard let connector = database.connector else {
            throw SchemaError(.invalidConfiguration, "\(database.dialect.id) is configured for SQL generation only")
        }
        try await connector.dropDatabase(logger: logger, managementDatabase: schemaGenerator.managementDbName)
    }
}

extension SchemaGenerator {
    /// Runs a SQL script, split into statements by ``SQLScriptSplitter``; in one transaction
    /// where the engine supports transactional DDL.
    ///
    /// A script SchemaKit wrote (a `--dump`, ``getUpdateSchemaSQL(_:)``) runs exactly as
    /// ``execute(_:)-(SQLScript)`` would run it: each statement gets the requirements its dialect
    /// gives it (``SQLDialect/scriptStatement(_:)``), so SQLite's `pragma foreign_keys = off`
    /// runs outside the transaction, where it takes effect, and `pragma foreign_key_check`
    /// fails the script when rows break a key. A session statement between others (where a
    /// transaction would ignore it) is refused before anything runs. It runs under the schema
    /// lock (``withSchemaLock(_:)``).
    ///
    /// ```swift
    /// try await generator.execute("create table note (body text); insert into note values ('a;b');")
    /// ```
    public func execute(_ script: String) async throws {
        let statements = SQLScriptSplitter.split(script, rules: dialect.lexicalRules).map(dialect.scriptStatement)
        let database = try requireDatabase()
        try await withSchemaLock {
            try await database.execute(statements, transactional: dialect.capabilities.supportsTransactionalDDL)
        }
    }
}

/// What an applying operation did.
public enum SchemaApplyOutcome: Sendable, Hashable {
    /// The statements ran.
    case applied(statements: Int)
    /// The database already had the schema (read under the schema lock): nothing ran.
    case upToDate
}
