import Foundation
import Logging
import SchemaKitCore
import SQLiteNIO

/// A SQLite database file (or `:memory:`), opened through sqlite-nio's bundled SQLite.
///
/// ```swift
/// let database = try await SQLiteSchemaDatabase.open(path: "app.sqlite")
/// let schema = try await database.introspect(.init())   // 4 queries, however many tables
/// ```
public final class SQLiteSchemaDatabase: SchemaDatabase {
    public let dialect: any SQLDialect = SQLiteDialect()
    let connection: SQLiteConnection
    let path: String
    let logger: Logger
    private let counter = QueryCounter()
    let lock = ConnectionLock()

    /// Whether ``close()`` closes the connection: not when it is the application's.
    let ownsConnection: Bool

    init(connection: SQLiteConnection, path: String, logger: Logger, ownsConnection: Bool = true) {
        self.connection = connection
        self.path = path
        self.logger = logger
        self.ownsConnection = ownsConnection
    }

    /// The application's own open connection: SchemaKit reads and changes the schema through
    /// it, logs on `logger`, and never closes it — ``close()`` does nothing. Foreign key
    /// enforcement is on when SchemaKit's work ends (it turns it off only around a rebuild, inside
    /// its lock), as SQLite's own documentation recommends for every connection.
    ///
    /// ```swift
    /// let database = try await SQLiteSchemaDatabase.using(connection, logger: app.logger)
    /// try await SchemaGenerator(config, database: database, logger: app.logger).updateSchema()
    /// ```
    public static func using(_ connection: SQLiteConnection, logger: Logger) async throws -> SQLiteSchemaDatabase {
        let probe = SQLiteSchemaDatabase(connection: connection, path: "?", logger: logger, ownsConnection: false)
        let main = try await probe.rows("pragma database_list").first { $0.count > 2 && $0[1] == "main" }
        let path = (main?[2]).flatMap { $0?.isEmpty == false ? $0 : nil } ?? ":memory:"
        let database = SQLiteSchemaDatabase(connection: connection, path: path, logger: logger, ownsConnection: false)
        try await database.run("pragma foreign_keys = on")
        return database
    }

    /// Opens (creating if needed) a database file and turns foreign key enforcement on.
    ///
    /// An existing file must be a SQLite database: a 0-byte file, a text file or a file shorter
    /// than its header says is a `SchemaError/Code/connectionFailed` naming it, never an empty
    /// schema. A new file gets its header at once, so it is a database when opened again.
    ///
    /// SQLite runs in process, so the only wait is for another connection's lock: it lasts at
    /// most `lockTimeout` (`pragma busy_timeout`), then the statement fails with
    /// `database is locked`.
    public static func open(
        path: String, lockTimeout: Duration = .seconds(5), logger: Logger = Logger(label: "schemakit.sqlite")
    ) async throws -> SQLiteSchemaDatabase {
        let storage: SQLiteConnection.Storage = path == ":memory:" ? .memory : .file(path: path)
        let creates = try path != ":memory:" && SQLiteDatabaseFile.inspect(path: path) == .missing
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(storage: storage, logger: logger)
        } catch {
            throw SchemaError(.connectionFailed, "Cannot open SQLite database '\(path)': \(error)", underlying: error)
        }
        let database = SQLiteSchemaDatabase(connection: connection, path: path, logger: logger)
        do {
            // SQLite writes nothing to a new file until something changes; left at 0 bytes it
            // would be refused the next time.
            if creates { try await database.run("pragma user_version = 0") }
            try await database.run("pragma foreign_keys = on")
            let (seconds, attoseconds) = lockTimeout.components
            try await database.run("pragma busy_timeout = \(seconds * 1000 + attoseconds / 1_000_000_000_000_000)")
        } catch {
            try? await connection.close()
            throw error
        }
        return database
    }

    public var queryCount: Int { get async { await counter.value } }

    /// Runs one statement and returns its rows.
    @discardableResult
    func query(_ sql: String) async throws -> [SQLiteRow] {
        try await reporting(sql) { try await connection.query(sql, []) }
    }

    /// Runs one statement and returns its rows converted by `transform` as SQLite steps through
    /// them, so a large result is never held as ``SQLiteRow``s and as their conversion at once.
    func query<Row: Sendable>(_ sql: String, rows transform: @escaping @Sendable (SQLiteRow) -> Row) async throws -> [Row] {
        let collector = RowCollector<Row>()
        try await reporting(sql) { try await connection.query(sql, []) { row in collector.rows.append(transform(row)) } }
        return collector.rows
    }

    /// Runs one statement and hands each row to `body` as SQLite steps through them; no row is kept.
    func query(_ sql: String, eachRow body: @escaping @Sendable (SQLiteRow) -> Void) async throws {
        try await reporting(sql) { try await connection.query(sql, [], body) }
    }

    /// Counts and logs a statement, and turns its failure into a `SchemaError`.
    private func reporting<Result>(_ sql: String, _ body: () async throws -> Result) async throws -> Result {
        await counter.increment()
        logger.debug("query", metadata: ["sql": "\(sql)"])
        do {
            return try await body()
        } catch let error as SQLiteError where Self.isDamage(error.reason) {
            // A file cut short or overwritten may pass the header check and fail only here; the
            // file is the news, not the statement that found out.
            throw SchemaError(.statementFailed, "SQLite database '\(path)' is damaged: \(error.message)", underlying: error)
        } catch {
            var failure = SchemaError(.statementFailed, "SQLite statement failed: \(error)\n  in: \(String(sql.prefix(300)))", underlying: error)
            failure.statement = sql
            throw failure
        }
    }

    func run(_ sql: String) async throws { try await query(sql) }

    /// Errors that mean the file is not (or no longer) a sound database.
    static func isDamage(_ reason: SQLiteError.Reason) -> Bool {
        switch reason {
        case .corrupt, .corruptIndex, .corruptSequenceSchema, .corruptVirtualTable, .notADatabase: true
        default: false
        }
    }

    public func execute(_ statements: [SQLStatement], transactional: Bool) async throws {
        try await lock.withLock {
            let open = self.openLockTransaction
            open?.record(statements)
            try await TransactionalScript.run(statements, transactional: transactional, engine: Self.engine,
                                              inOpenTransaction: open != nil) { sql in
                try await self.query(sql).map(Self.text)
            }
        }
    }

    static let engine = TransactionalScript.Engine(name: "SQLite", rollsBackDDL: true)

    public func rows(_ sql: String) async throws -> [[String?]] {
        try await lock.withLock {
            try await self.query(sql).map(Self.text)
        }
    }

    /// A row's values as text, `nil` for SQL `NULL`, blobs as lower-case hex.
    static func text(_ row: SQLiteRow) -> [String?] {
        row.columns.map { column -> String? in
            switch column.data {
            case .null: nil
            case .integer(let value): String(value)
            case .float(let value): String(value)
            case .text(let value): value
            case .blob(let buffer): buffer.readableBytesView.map { String(format: "%02x", $0) }.joined()
            }
        }
    }

    public func introspect(_ options: IntrospectionOptions) async throws -> DatabaseSchema {
        try await lock.withLock { try await SQLiteIntrospector(database: self).introspect(options) }
    }

    /// Closes the connection, unless it is the application's (``using(_:logger:)``).
    public func close() async throws {
        guard ownsConnection else { return }
        try await connection.close()
    }
}

/// Counts queries sent on one connection.
actor QueryCounter {
    private(set) var value = 0
    func increment() { value += 1 }
}

/// Opens SQLite databases for a configuration: `sqlite:relative.db` or `sqlite:///abs/path.db`.
public struct SQLiteConnector: SchemaDatabaseConnector {
    /// The database file's path, or `:memory:`.
    public let path: String
    public var dialect: any SQLDialect { SQLiteDialect() }
    public var databaseName: String { path }
    public var description: String { "sqlite:\(path)" }
    public var connectingCreatesDatabase: Bool { path != ":memory:" }

    /// Opens the file at `path` when asked (creating it on first use).
    public init(path: String) {
        self.path = path
    }

    public func connect(logger: Logger) async throws -> any SchemaDatabase {
        try await SQLiteSchemaDatabase.open(path: path, logger: logger)
    }

    /// Another file: `sqlite:tenants/acme.sqlite`.
    public func connector(for url: DatabaseURL) throws -> any SchemaDatabaseConnector {
        guard url.scheme == .sqlite else {
            throw SchemaError(.invalidURL, "Expected a sqlite: URL like the configured database's, got \(url.scheme.rawValue)://")
        }
        return SQLiteConnector(path: url.database)
    }

    /// Another file, by its path.
    public func connector(forDatabase name: String) throws -> any SchemaDatabaseConnector {
        SQLiteConnector(path: name)
    }

    public func databaseExists(logger: Logger, managementDatabase: String?) async throws -> Bool {
        path == ":memory:" || FileManager.default.fileExists(atPath: path)
    }

    public func createDatabase(logger: Logger, managementDatabase: String?) async throws {
        guard path != ":memory:", !FileManager.default.fileExists(atPath: path) else { return }
        let database = try await SQLiteSchemaDatabase.open(path: path, logger: logger)
        try await database.close()
    }

    public func dropDatabase(logger: Logger, managementDatabase: String?) async throws {
        guard path != ":memory:" else { return }
        for suffix in ["", "-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: path + suffix) {
            do {
                try FileManager.default.removeItem(atPath: path + suffix)
            } catch {
                throw SchemaError(.statementFailed, "Cannot delete SQLite database file '\(path + suffix)': \(error)")
            }
        }
    }
}

/// Rows appended on the connection's thread, one after another, and read once the query is done
/// (the query's completion orders the reads after the appends).
private final class RowCollector<Row>: @unchecked Sendable {
    var rows: [Row] = []
}

extension DatabaseConfiguration {
    /// A SQLite database file, created on first use.
    ///
    /// ```swift
    /// SchemaConfiguration(entities: [Author.self], database: .sqlite(path: "app.sqlite"))
    /// ```
    public static func sqlite(path: String) -> DatabaseConfiguration {
        DatabaseConfiguration(dialect: SQLiteDialect(), connector: SQLiteConnector(path: path))
    }
}

extension DatabaseConnectors.Registration {
    /// `sqlite:path` and `sqlite:///absolute/path` URLs; the file is created on first use.
    public static let sqlite = Self(schemes: [.sqlite]) { url in .sqlite(path: url.database) }
}
