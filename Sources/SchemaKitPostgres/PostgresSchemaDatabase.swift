import Foundation
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
    let lock = ConnectionLock()

    let timeouts: ConnectionTimeouts
    /// Whether ``close()`` closes the connection: not when it is the application's.
    let ownsConnection: Bool

    init(connection: PostgresConnection, url: DatabaseURL, timeouts: ConnectionTimeouts, logger: Logger, ownsConnection: Bool = true) {
        self.connection = connection
        self.url = url
        self.timeouts = timeouts
        self.logger = logger
        self.ownsConnection = ownsConnection
    }

    /// The application's own connection (a Vapor or Hummingbird service's, say): SchemaKit reads
    /// and changes the schema through it and logs on `logger`. ``close()`` does nothing; the
    /// connection is closed only once it is unusable anyway — no reply within `timeouts.read`, a
    /// connection-level failure or cancellation, a `FATAL` error — so that the server rolls back
    /// what SchemaKit left open. Do not use it for anything else while SchemaKit works on it: its
    /// transaction and its schema lock belong to the session.
    ///
    /// ```swift
    /// let database = try await PostgresSchemaDatabase.using(connection, logger: app.logger)
    /// let generator = SchemaGenerator(config, database: database, logger: app.logger)
    /// try await generator.updateSchema()
    /// ```
    ///
    /// The connection is used as it is: `timeouts.read` bounds each wait for a reply, and
    /// `timeouts.statement` is not set on the session (the application's settings stay).
    public static func using(
        _ connection: PostgresConnection, logger: Logger, timeouts: ConnectionTimeouts = .init(connect: nil)
    ) async throws -> PostgresSchemaDatabase {
        let probe = PostgresSchemaDatabase(
            connection: connection, url: DatabaseURL(scheme: .postgres, host: "the application's connection", database: "?"),
            timeouts: timeouts, logger: logger, ownsConnection: false)
        let name = try await probe.rows("select current_database()").first?.first ?? nil
        return PostgresSchemaDatabase(
            connection: connection, url: DatabaseURL(scheme: .postgres, host: "the application's connection", database: name ?? "?"),
            timeouts: timeouts, logger: logger, ownsConnection: false)
    }

    /// Runs `body` with a connection leased from the application's pool, and gives it back
    /// whatever happens. The schema lock and the transaction of an update need one connection
    /// throughout, which is why a pool is not used statement by statement.
    ///
    /// ```swift
    /// try await PostgresSchemaDatabase.withConnection(from: client, logger: app.logger) { database in
    ///     try await SchemaGenerator(config, database: database, logger: app.logger).updateSchema()
    /// }
    /// ```
    public static func withConnection<Result: Sendable>(
        from client: PostgresClient, logger: Logger, timeouts: ConnectionTimeouts = .init(connect: nil),
        _ body: @Sendable (PostgresSchemaDatabase) async throws -> Result
    ) async throws -> Result {
        try await client.withConnection { connection in
            try await body(try await using(connection, logger: logger, timeouts: timeouts))
        }
    }

    /// Connects; failures name host, port and database, never the password. `timeouts` default
    /// to the URL's (`ConnectionTimeouts/init(url:)`): no wait on this connection is unbounded
    /// unless a limit is turned off.
    ///
    /// A URL without a password takes it from `password_file`, `PGPASSWORD` or the password
    /// file (`PGPASSFILE`, `~/.pgpass`), in libpq's order (`DatabaseURL/resolvingPassword(environment:logger:)`).
    public static func connect(
        _ url: DatabaseURL, timeouts: ConnectionTimeouts? = nil, logger: Logger = Logger(label: "schemakit.postgres"),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> PostgresSchemaDatabase {
        let url = try url.resolvingPassword(environment: environment, logger: logger)
        let timeouts = try timeouts ?? ConnectionTimeouts(url: url)
        var configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port ?? 5432, username: url.user ?? "postgres", password: url.password,
            database: url.database, tls: try tls(for: url))
        if let seconds = ConnectionTimeouts.wholeSeconds(timeouts.connect) {
            configuration.options.connectTimeout = .seconds(Int64(seconds))
        }
        let settings = configuration
        let place = "PostgreSQL at \(url.host):\(url.port ?? 5432), database '\(url.database)'"
        let connection: PostgresConnection
        do {
            // The connect timeout covers the TCP connection; the deadline also covers TLS and login.
            connection = try await withDeadline(timeouts.connect.map { $0 * 2 }, "Cannot connect to \(place): no answer in time",
                                                expire: {}, discardingLate: { try? await $0.close() }) {
                try await PostgresConnection.connect(configuration: settings, id: 1, logger: logger)
            }
        } catch let error as SchemaError {
            throw SchemaError(.connectionFailed, error.message)
        } catch {
            var failure = SchemaError(.connectionFailed, "Cannot connect to \(place): \(Self.reason(error))", underlying: error)
            failure.serverCode = (error as? PSQLError)?.serverInfo?[.sqlState]
            let asksForPassword = (error as? PSQLError)?.code == .authMechanismRequiresPassword
            if url.password == nil, asksForPassword || failure.serverCode == "28P01" || failure.serverCode == "28000" {
                failure.message = "Cannot connect to \(place): the server asks for a password and none was found "
                    + "(not in the URL, no password_file, PGPASSWORD or matching line in PGPASSFILE or ~/.pgpass)"
            }
            throw failure
        }
        let database = PostgresSchemaDatabase(connection: connection, url: url, timeouts: timeouts, logger: logger)
        // The catalog queries gain nothing from parallel workers: each is a process started for
        // one query that builds its own copy of the query's hash tables. Measured on a 5,000-table
        // database (`perf record -a`): 1.6–1.9 s of server CPU per read with them, 1.1–1.4 s
        // without, the wall time the same or less. Nor from JIT compilation: the constraints
        // query's estimate passes `jit_above_cost`, and compiling it took 60–170 ms of a
        // 100 ms query. Nor from spilling: the columns query hashes the user tables' attributes
        // (7.6 MB at 5,000 tables), which the default 4 MB of `work_mem` wrote to temporary files
        // in two batches (median 308 → 247 ms with room for them). Only on a connection of our
        // own: an application's keeps its settings. One statement, one round trip.
        var sessionSettings = [("max_parallel_workers_per_gather", "0"), ("jit", "off"), ("work_mem", "64MB")]
        if let seconds = ConnectionTimeouts.wholeSeconds(timeouts.statement) {
            sessionSettings.append(("statement_timeout", "\(seconds * 1000)"))
        }
        let assignments = sessionSettings.map { "set_config('\($0.0)', '\($0.1)', false)" }.joined(separator: ", ")
        do {
            try await database.query("select \(assignments)")
        } catch {
            try? await connection.close()
            throw error
        }
        return database
    }

    /// TLS from the URL's `sslmode`, with libpq's meanings: `disable` (the default), `prefer` and
    /// `require` (encrypted, certificate not checked), `verify-ca` (the certificate is checked
    /// against the trusted roots, not the host name), `verify-full` (certificate and host name).
    /// `sslrootcert=PATH` names the PEM file of the roots to trust — a private CA, as managed
    /// databases use — instead of the system's.
    static func tls(for url: DatabaseURL) throws -> PostgresConnection.Configuration.TLS {
        let (mode, configuration) = try tlsSettings(for: url)
        func context() throws -> NIOSSLContext {
            do {
                return try NIOSSLContext(configuration: configuration)
            } catch {
                throw SchemaError(.connectionFailed, "Cannot set up TLS for \(url.host):\(url.port ?? 5432): \(error)")
            }
        }
        switch mode {
        case .disable: return .disable
        case .prefer: return .prefer(try context())
        case .require: return .require(try context())
        }
    }

    /// The TLS of an application's own `PostgresClient` for the same URL, so that its pool and
    /// SchemaKit's connections agree (`sslmode`, `sslrootcert`).
    ///
    /// ```swift
    /// let client = PostgresClient(configuration: .init(host: url.host, port: url.port ?? 5432, username: url.user ?? "postgres",
    ///                                                  password: url.password, database: url.database,
    ///                                                  tls: try PostgresSchemaDatabase.clientTLS(for: url)))
    /// ```
    public static func clientTLS(for url: DatabaseURL) throws -> PostgresClient.Configuration.TLS {
        let (mode, configuration) = try tlsSettings(for: url)
        switch mode {
        case .disable: return .disable
        case .prefer: return .prefer(configuration)
        case .require: return .require(configuration)
        }
    }

    enum TLSMode { case disable, prefer, require }

    /// The mode and the certificate checks the URL asks for.
    static func tlsSettings(for url: DatabaseURL) throws -> (TLSMode, TLSConfiguration) {
        let mode = (url.parameters["sslmode"] ?? url.parameters["tls"] ?? "disable").lowercased()
        let rootCertificate = url.parameters["sslrootcert"].flatMap { $0.isEmpty ? nil : $0 }
        enum Verification { case none, certificate, full }
        func configuration(_ verification: Verification) throws -> TLSConfiguration {
            var configuration = TLSConfiguration.makeClientConfiguration()
            switch verification {
            case .none: configuration.certificateVerification = .none
            case .certificate: configuration.certificateVerification = .noHostnameVerification
            case .full: configuration.certificateVerification = .fullVerification
            }
            if let rootCertificate, verification != .none {
                guard FileManager.default.isReadableFile(atPath: rootCertificate) else {
                    throw SchemaError(.invalidURL, "sslrootcert '\(rootCertificate)' in \(url) is not a readable file")
                }
                configuration.trustRoots = .file(rootCertificate)
            }
            return configuration
        }
        switch mode {
        case "disable", "false", "off": return (.disable, try configuration(.none))
        case "prefer", "allow": return (.prefer, try configuration(.none))
        case "require", "true", "on":
            // libpq: with a root certificate given, require verifies it as verify-ca does.
            return (.require, try configuration(rootCertificate == nil ? .none : .certificate))
        case "verify-ca": return (.require, try configuration(.certificate))
        case "verify-full": return (.require, try configuration(.full))
        default:
            throw SchemaError(.invalidURL, "Unknown sslmode '\(mode)' in \(url); use disable, prefer, require, verify-ca or verify-full")
        }
    }

    /// The server's message for an error, without echoing connection secrets.
    static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                let detail = error.serverInfo?[.detail].map { " (\($0))" } ?? ""
                // The hint says what to change (`max_locks_per_transaction`, say): keep it.
                let hint = error.serverInfo?[.hint].map { "; hint: \($0)" } ?? ""
                return message + detail + hint
            }
            if let underlying = error.underlying { return String(describing: underlying) }
            return "\(error.code)"
        }
        return String(describing: error)
    }

    public var queryCount: Int { get async { await counter.value } }

    /// A cell as PostgreSQL's text output would spell it. postgres-nio receives results in
    /// binary form: text types are their UTF-8 bytes, numbers, Booleans and UUIDs are decoded
    /// (`42`, `t`, `1.5`, lower-case UUIDs); any other type is decoded as text if it can be, or
    /// shown as `\x` and its bytes in hex — cast it to `text` in the query for its exact text.
    static func text(_ cell: PostgresCell) -> String? {
        guard let bytes = cell.bytes else { return nil }
        if cell.format == .text { return String(buffer: bytes) }
        switch cell.dataType {
        // `"char"` (`attidentity`, `typtype`, …) is its one byte, as text types are their bytes.
        case .text, .varchar, .name, .bpchar, .char, .unknown, .json, .xml: return String(buffer: bytes)
        // Integers in network order, read straight from the bytes (no decoding context).
        case .int2: return bytes.getInteger(at: bytes.readerIndex, as: Int16.self).map(String.init)
        case .int4: return bytes.getInteger(at: bytes.readerIndex, as: Int32.self).map(String.init)
        case .int8: return bytes.getInteger(at: bytes.readerIndex, as: Int64.self).map(String.init)
        case .oid: return bytes.getInteger(at: bytes.readerIndex, as: UInt32.self).map(String.init)
        case .bool: return bytes.getInteger(at: bytes.readerIndex, as: UInt8.self).map { $0 == 0 ? "f" : "t" }
        case .float4, .float8: return (try? cell.decode(Double.self)).map { "\($0)" }
        case .numeric: return (try? cell.decode(Decimal.self)).map { "\($0)" }
        case .uuid: return (try? cell.decode(UUID.self)).map { $0.uuidString.lowercased() }
        default:
            if let text = try? cell.decode(String.self) { return text }
            return "\\x" + bytes.readableBytesView.map { byte in
                let hex = String(byte, radix: 16)
                return byte < 16 ? "0" + hex : hex
            }.joined()
        }
    }

    /// Runs one statement and returns its rows as text (`nil` for SQL null).
    @discardableResult
    func query(_ sql: String) async throws -> [[String?]] {
        let rows = LoopConfined<[[String?]]>([])
        try await query(sql) { rows.value.append($0) }
        return rows.value
    }

    /// Runs one statement and hands each row, as text, to `body` as it arrives; no row is kept.
    ///
    /// `body` runs on the connection's event loop, as each batch of rows is decoded: no async
    /// sequence between the socket and the reader (a buffer, a lock and a task hop for every
    /// row were an eighth of the tool's time on a 5,000-table read), and no backlog either —
    /// the loop reads no more from the socket until `body` has taken what it has.
    func query(_ sql: String, eachRow body: @escaping @Sendable ([String?]) -> Void) async throws {
        // One buffer for every row: `body` keeps no reference, so it is reused, not reallocated.
        let cells = LoopConfined<[String?]>([])
        try await run(sql) { row in
            cells.value.removeAll(keepingCapacity: true)
            Self.read(row, into: &cells.value)
            body(cells.value)
        }
    }

    /// A value only the connection's event loop touches while a statement runs, and the caller
    /// once the statement has returned (the future's completion orders the two).
    private final class LoopConfined<Value>: @unchecked Sendable {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Appends a row's cells as text, read in order (the row's iterator: its subscript looks each cell up again).
    private static func read(_ row: PostgresRow, into cells: inout [String?]) {
        cells.reserveCapacity(row.count)
        for cell in row { cells.append(text(cell)) }
    }

    /// Runs one statement under the read deadline, handing its rows to `onRow` on the
    /// connection's event loop; failures become a `SchemaError` naming the statement.
    private func run(_ sql: String, onRow: @escaping @Sendable (PostgresRow) -> Void) async throws {
        await counter.increment()
        logger.debug("query", metadata: ["sql": "\(sql)"])
        let connection = connection, logger = logger
        guard !connection.isClosed else {
            // Closed by a deadline or by the server: fail at once rather than wait on it.
            var failure = SchemaError(.connectionFailed, "The PostgreSQL connection to \(url.host):\(url.port ?? 5432) is closed")
            failure.statement = sql
            throw failure
        }
        do {
            let seconds = ConnectionTimeouts.wholeSeconds(timeouts.read) ?? 0
            try await withDeadline(timeouts.read, """
                No reply from PostgreSQL at \(url.host):\(url.port ?? 5432) within \(seconds) s (read_timeout); the connection \
                was closed, and the server rolls back a transaction it leaves open
                """, expire: { try? await connection.close() }) {
                _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger, onRow).get()
            }
        } catch var error as SchemaError {
            error.message += "\n  in: \(String(sql.prefix(300)))"
            throw error
        } catch {
            // A connection-level failure, or a server error that ends the session (FATAL: the
            // backend was terminated): the connection is unusable. Closing it now makes what
            // follows (the rollback) fail at once instead of waiting on a dead socket.
            let serverInfo = (error as? PSQLError)?.serverInfo
            if serverInfo == nil || ["FATAL", "PANIC"].contains(serverInfo?[.severity] ?? "") {
                try? await connection.close()
            }
            var failure = SchemaError(.statementFailed, "PostgreSQL statement failed: \(Self.reason(error))\n  in: \(String(sql.prefix(300)))")
            failure.serverCode = (error as? PSQLError)?.serverInfo?[.sqlState]
            failure.statement = sql
            throw failure
        }
    }

    /// Runs statements in order, in one transaction when `transactional` — or, with the URL's
    /// `batch_size=N`, in transactions of N statements. A transaction the server cannot hold (the
    /// lock table overflows: SQLSTATE 53200, `max_locks_per_transaction`) rolls back and the rest
    /// of the script runs in transactions half as large, as often as needed; a notice says so.
    public func execute(_ statements: [SQLStatement], transactional: Bool) async throws {
        try await lock.withLock {
            let logger = self.logger
            try await TransactionalScript.run(statements, transactional: transactional, engine: Self.engine, batchSize: self.batchSize,
                                              notice: { logger.notice("\($0)") }) {
                try await self.query($0)
            }
        }
    }

    /// `batch_size=N` from the URL: commit every N statements.
    var batchSize: Int? { url.parameters["batch_size"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil } }


    public func rows(_ sql: String) async throws -> [[String?]] {
        try await lock.withLock { try await self.query(sql) }
    }

    /// SQLSTATE `53200`, out of shared memory, is what PostgreSQL reports when a transaction takes
    /// more locks than its lock table holds.
    static let engine = TransactionalScript.Engine(name: "PostgreSQL", rollsBackDDL: true, lockTimeoutCodes: ["55P03"],
                                                   transactionTooLargeCodes: ["53200"])

    public func introspect(_ options: IntrospectionOptions) async throws -> DatabaseSchema {
        try await lock.withLock { try await PostgresIntrospector(database: self).introspect(options) }
    }

    /// Closes the connection, unless it is the application's (``using(_:logger:timeouts:)``).
    public func close() async throws {
        guard ownsConnection else { return }
        try await connection.close()
    }
}

actor PostgresQueryCounter {
    private(set) var value = 0
    func increment() { value += 1 }
}

/// Opens PostgreSQL connections for a `postgres://` URL.
public struct PostgresConnector: SchemaDatabaseConnector {
    /// The database's URL; its description leaves the password out.
    public let url: DatabaseURL
    public var dialect: any SQLDialect { PostgreSQLDialect() }
    public var databaseName: String { url.database }
    public var description: String { url.description }

    /// Connects to the database `url` names, when asked.
    public init(url: DatabaseURL) {
        self.url = url
    }

    public func connect(logger: Logger) async throws -> any SchemaDatabase {
        try await PostgresSchemaDatabase.connect(url, logger: logger)
    }

    /// Another PostgreSQL database, by its own URL.
    public func connector(for url: DatabaseURL) throws -> any SchemaDatabaseConnector {
        guard url.scheme == .postgres else {
            throw SchemaError(.invalidURL, "Expected a postgres:// URL like the configured database's, got \(url.scheme.rawValue)://")
        }
        return PostgresConnector(url: url)
    }

    /// Another database of the configured server, with the configured credentials.
    public func connector(forDatabase name: String) throws -> any SchemaDatabaseConnector {
        PostgresConnector(url: url.withDatabase(name))
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
        try postgres(url: DatabaseURL(url))
    }

    /// A PostgreSQL database from a parsed URL.
    public static func postgres(url parsed: DatabaseURL) throws -> DatabaseConfiguration {
        guard parsed.scheme == .postgres else {
            throw SchemaError(.invalidURL, "Expected a postgres:// URL, got \(parsed.scheme.rawValue)://")
        }
        return DatabaseConfiguration(dialect: PostgreSQLDialect(), connector: PostgresConnector(url: parsed))
    }
}

extension DatabaseConnectors.Registration {
    /// `postgres://` and `postgresql://` URLs.
    public static let postgreSQL = Self(schemes: [.postgres]) { url in try .postgres(url: url) }
}
