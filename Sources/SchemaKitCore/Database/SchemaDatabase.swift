import Logging

/// A live database: what needs a connection (introspection and execution).
///
/// Drivers implement it: `SQLiteSchemaDatabase`, `PostgresSchemaDatabase`, `MySQLSchemaDatabase`.
public protocol SchemaDatabase: Sendable {
    var dialect: any SQLDialect { get }
    /// Reads the live schema with a fixed number of catalog queries.
    func introspect(_ options: IntrospectionOptions) async throws -> DatabaseSchema
    /// Runs statements in order; inside one transaction when `transactional` and the engine
    /// supports transactional DDL.
    func execute(_ statements: [SQLStatement], transactional: Bool) async throws
    /// Runs one query and returns its rows, each value as text (`nil` for SQL `NULL`).
    ///
    /// ```swift
    /// try await database.rows("select count(*) from book")   // [["3"]]
    /// ```
    func rows(_ sql: String) async throws -> [[String?]]
    /// Runs `body` holding the database-wide schema lock (``SchemaLock``), waiting for it at
    /// most `timeout`; throws ``SchemaError/Code/timedOut`` when another run keeps it longer.
    /// Re-entrant: inside `body`, the same task calling it again runs at once.
    func withSchemaLock<T: Sendable>(waitingAtMost timeout: Duration, _ body: @Sendable () async throws -> T) async throws -> T
    /// Closes the connection.
    func close() async throws
    /// The number of queries sent so far (benchmarks and tests check introspection stays batched).
    var queryCount: Int { get async }
}

/// Opens connections to one configured database, and to its server's management database.
public protocol SchemaDatabaseConnector: Sendable, CustomStringConvertible {
    var dialect: any SQLDialect { get }
    /// The configured database's name.
    var databaseName: String { get }
    func connect(logger: Logger) async throws -> any SchemaDatabase
    /// Whether the configured database exists (a management connection may be used).
    func databaseExists(logger: Logger, managementDatabase: String?) async throws -> Bool
    func createDatabase(logger: Logger, managementDatabase: String?) async throws
    func dropDatabase(logger: Logger, managementDatabase: String?) async throws
    /// Whether connecting creates a missing database (a SQLite file does; a server refuses).
    var connectingCreatesDatabase: Bool { get }
}

extension SchemaDatabase {
    /// No lock: a driver that cannot take one serialises nothing, and says so in its
    /// documentation. The three drivers of this package each take their engine's lock.
    public func withSchemaLock<T: Sendable>(waitingAtMost timeout: Duration, _ body: @Sendable () async throws -> T) async throws -> T {
        try await body()
    }
}

extension SchemaDatabaseConnector {
    public var connectingCreatesDatabase: Bool { false }
}

/// What introspection reads.
public struct IntrospectionOptions: Sendable {
    /// Namespaces never read.
    public var ignoreSchema: [String]
    /// Tables left out of the result.
    public var skipTables: [NameMatcher]
    /// Columns left out of the result, per table.
    public var skipColumns: [String: [NameMatcher]]

    public init(ignoreSchema: [String] = [], skipTables: [NameMatcher] = [], skipColumns: [String: [NameMatcher]] = [:]) {
        self.ignoreSchema = ignoreSchema
        self.skipTables = skipTables
        self.skipColumns = skipColumns
    }
}
