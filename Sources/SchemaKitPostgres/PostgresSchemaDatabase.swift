import Logging
import NIOCore
import NIOSSL
import PostgresNIO
import SchemaKitCore

/// A PostgreSQL database reached through postgres-nio.
///
/// ```swift
/// let database = try await PostgresSchemaDatabase.connect(try DatabaseURL("postgres://app:secret@localhost/shop"))
/// let schema = try await database.introspect(.init())   // 6 catalog queries, however many tables
/// ```
public final class PostgresSchemaDatabase: SchemaDatabase {
    public let dialect: any SQLDialect = PostgreSQLDialect()
    let connection: PostgresConnection
    let url: DatabaseURL
    let logger: Logger
    private let counter = PostgresQueryCounter()
    private let lock = ConnectionLock()

    init(connection: PostgresConnection, url: DatabaseURL, logger: Logger) {
        self.connection = connection
        self.url = url
        self.logger = logger
    }

    /// Connects; failures name host, port and database, never the password.
    public static func connect(_ url: DatabaseURL, logger: Logger = Logger(label: "schemakit.postgres")) async throws -> PostgresSchemaDatabase {
        let configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port ?? 5432, username: url.user ?? "postgres", password: url.password,
            database: url.database, tls: try tls(for: url))
        do {
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
            return PostgresSchemaDatabase(connection: connection, url: url, logger: logger)
        } catch {
            throw SchemaError(
                .connectionFailed,
                "Cannot connect to PostgreSQL at \(url.host):\(url.port ?? 5432), database '\(url.database)': \(Self.reason(error))")
        }
    }

    /// TLS from the URL's `sslmode`, with libpq's meanings: `disable` (the default), `prefer` and
    /// `require` (encrypted, certificate not checked), `verify-full` (certificate and host checked).
    static func tls(for url: DatabaseURL) throws -> PostgresConnection.Configuration.TLS {
        let mode = (url.parameters["sslmode"] ?? url.parameters["tls"] ?? "disable").lowercased()
        func context(verify: Bool) throws -> NIOSSLContext {
            var configuration = TLSConfiguration.makeClientConfiguration()
            if !verify { configuration.certificateVerification = .none }
            do {
                return try NIOSSLContext(configuration: configuration)
            } catch {
                throw SchemaError(.connectionFailed, "Cannot set up TLS for \(url.host):\(url.port ?? 5432): \(error)")
            }
        }
        switch mode {
        case "disable", "false", "off": return .disable
        case "prefer", "allow": return .prefer(try context(verify: false))
        case "require", "true", "on": return .require(try context(verify: false))
        case "verify-ca", "verify-full": return .require(try context(verify: true))
        default:
            throw SchemaError(.invalidURL, "Unknown sslmode '\(mode)' in \(url); use disable, prefer, require or verify-full")
        }
    }

    /// The server's message for an error, without echoing connection secrets.
    static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                let detail = error.serverInfo?[.detail].map { " (\($0))" } ?? ""
                return message + detail
            }
            if let underlying = error.underlying { return String(describing: underlying) }
            return "\(error.code)"
        }
        return String(describing: error)
    }

    public var queryCount: Int { get async { await counter.value } }

    /// Runs one statement and returns its rows as text (`nil` for SQL null).
    @discardableResult
    func query(_ sql: String) async throws -> [[String?]] {
        await counter.increment()
        logger.debug("query", metadata: ["sql": "\(sql)"])
        do {
            let rows = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            var result: [[String?]] = []
            for try await row in rows {
                result.append(row.map { cell in cell.bytes.map { String(buffer: $0) } })
            }
            return result
        } catch {
            throw SchemaError(.statementFailed, "PostgreSQL statement failed: \(Self.reason(error))\n  in: \(String(sql.prefix(300)))")
        }
    }

    public func execute(_ statements: [SQLStatement], transactional: Bool) async throws {
        try await lock.withLock {
            try await TransactionalScript.run(statements, transactional: transactional, engine: Self.engine) { try await self.query($0) }
        }
    }

    public func rows(_ sql: String) async throws -> [[String?]] {
        try await lock.withLock { try await self.query(sql) }
    }

    static let engine = TransactionalScript.Engine(name: "PostgreSQL", rollsBackDDL: true)

    public func introspect(_ options: IntrospectionOptions) async throws -> DatabaseSchema {
        try await lock.withLock { try await PostgresIntrospector(database: self).introspect(options) }
    }

    public func close() async throws {
        try await connection.close()
    }
}

actor PostgresQueryCounter {
    private(set) var value = 0
    func increment() { value += 1 }
}

/// Opens PostgreSQL connections for a `postgres://` URL.
public struct PostgresConnector: SchemaDatabaseConnector {
    public let url: DatabaseURL
    public var dialect: any SQLDialect { PostgreSQLDialect() }
    public var databaseName: String { url.database }
    public var description: String { url.description }

    public init(url: DatabaseURL) {
        self.url = url
    }

    public func connect(logger: Logger) async throws -> any SchemaDatabase {
        try await PostgresSchemaDatabase.connect(url, logger: logger)
    }

    private func withManagement<T>(_ name: String?, logger: Logger, _ body: (PostgresSchemaDatabase) async throws -> T) async throws -> T {
        let management = name ?? "postgres"
        let database: PostgresSchemaDatabase
        do {
            database = try await PostgresSchemaDatabase.connect(url.withDatabase(management), logger: logger)
        } catch var error as SchemaError {
            error.message += " (the management database, used to create or drop '\(url.database)'; set managementDbName to use another)"
            throw error
        }
        do {
            let result = try await body(database)
            try await database.close()
            return result
        } catch {
            try? await database.close()
            throw error
        }
    }

    public func databaseExists(logger: Logger, managementDatabase: String?) async throws -> Bool {
        try await withManagement(managementDatabase, logger: logger) { database in
            let name = PostgreSQLDialect().quoteLiteral(url.database)
            return try await !database.query("select 1 from pg_database where datname = \(name)").isEmpty
        }
    }

    public func createDatabase(logger: Logger, managementDatabase: String?) async throws {
        _ = try await withManagement(managementDatabase, logger: logger) { database in
            try await database.query("create database \(PostgreSQLDialect().quoteIdentifier(url.database))")
        }
    }

    public func dropDatabase(logger: Logger, managementDatabase: String?) async throws {
        _ = try await withManagement(managementDatabase, logger: logger) { database in
            // `with (force)` ends other sessions on it (PostgreSQL 13+), including a generator's own.
            try await database.query("drop database if exists \(PostgreSQLDialect().quoteIdentifier(url.database)) with (force)")
        }
    }
}

extension DatabaseConfiguration {
    /// A PostgreSQL database: `postgres://user:password@host:5432/database`.
    public static func postgres(url: String) throws -> DatabaseConfiguration {
        let parsed = try DatabaseURL(url)
        guard parsed.scheme == .postgres else {
            throw SchemaError(.invalidURL, "Expected a postgres:// URL, got \(parsed.scheme.rawValue)://")
        }
        return DatabaseConfiguration(dialect: PostgreSQLDialect(), connector: PostgresConnector(url: parsed))
    }
}
