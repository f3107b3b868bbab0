import Logging

/// A live database: what needs a connection (introspection and execution).
///
/// Drivers implement it: `SQLiteSchemaDatabase`, `PostgresSchemaDatabase`, `MySQLSchemaDatabase`.
public protocol SchemaDatabase: Sendable {
    /// The dialect of the engine this connection reaches (MariaDB's when the server says it is MariaDB).
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
    /// Makes another database of the same server this connection's own: what introspection
    /// reads, execution changes and the schema lock is named after. Returns `false`, changing
    /// nothing, where a connection belongs to one database for good (PostgreSQL, SQLite); a fleet
    /// then opens a connection per database instead of reusing one.
    func switchDatabase(to name: String) async throws -> Bool
    /// Closes the connection.
    func close() async throws
    /// The number of queries sent so far (benchmarks and tests check introspection stays batched).
    var queryCount: Int { get async }
}

/// Opens connections to one configured database, and to its server's management database.
public protocol SchemaDatabaseConnector: Sendable, CustomStringConvertible {
    /// The dialect of the configured database.
    var dialect: any SQLDialect { get }
    /// The configured database's name.
    var databaseName: String { get }
    /// Opens a connection to the configured database, logging on `logger`.
    func connect(logger: Logger) async throws -> any SchemaDatabase
    /// Whether the configured database exists (a management connection may be used).
    func databaseExists(logger: Logger, managementDatabase: String?) async throws -> Bool
    /// Creates the configured database (a management connection may be used).
    func createDatabase(logger: Logger, managementDatabase: String?) async throws
    /// Drops the configured database, ending other sessions on it where the engine allows.
    func dropDatabase(logger: Logger, managementDatabase: String?) async throws
    /// Whether connecting creates a missing database (a SQLite file does; a server refuses).
    var connectingCreatesDatabase: Bool { get }
    /// The same driver on another database: a `mysql://` connector for a URL of a fleet's
    /// tenant list, say. Throws ``SchemaError/Code/invalidURL`` for a URL of another engine.
    func connector(for url: DatabaseURL) throws -> any SchemaDatabaseConnector
    /// The same server and credentials, another database (for SQLite, another file).
    func connector(forDatabase name: String) throws -> any SchemaDatabaseConnector
    /// Connectors with the same key reach one server with the same credentials, so a connection
    /// of one can serve the others through ``SchemaDatabase/switchDatabase(to:)``; `nil` when no
    /// connection is shared. Never holds a password.
    var serverKey: String? { get }
}

extension SchemaDatabase {
    /// No lock: a driver that cannot take one serialises nothing, and says so in its
    /// documentation. The three drivers of this package each take their engine's lock.
    public func withSchemaLock<T: Sendable>(waitingAtMost timeout: Duration, _ body: @Sendable () async throws -> T) async throws -> T {
        try await body()
    }
}

extension SchemaDatabase {
    /// A connection belongs to its database.
    public func switchDatabase(to name: String) async throws -> Bool { false }
}

extension SchemaDatabaseConnector {
    public var connectingCreatesDatabase: Bool { false }
    public var serverKey: String? { nil }

    public func connector(for url: DatabaseURL) throws -> any SchemaDatabaseConnector {
        throw SchemaError(.invalidConfiguration, "\(type(of: self)) cannot open another database (\(url))")
    }

    public func connector(forDatabase name: String) throws -> any SchemaDatabaseConnector {
        throw SchemaError(.invalidConfiguration, "\(type(of: self)) cannot open another database ('\(name)')")
    }
}

/// What introspection reads.
public struct IntrospectionOptions: Sendable {
    /// Namespaces never read.
    public var ignoreSchema: [String]
    /// Tables left out of the result.
    public var skipTables: [NameMatcher]
    /// Columns left out of the result, per table.
    public var skipColumns: [String: [NameMatcher]]

    /// What to leave out of a read; nothing by default.
    public init(ignoreSchema: [String] = [], skipTables: [NameMatcher] = [], skipColumns: [String: [NameMatcher]] = [:]) {
        self.ignoreSchema = ignoreSchema
        self.skipTables = skipTables
        self.skipColumns = skipColumns
    }
}
