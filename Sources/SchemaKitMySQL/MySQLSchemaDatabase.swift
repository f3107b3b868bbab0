import Foundation
import Logging
import SchemaKitCore

/// A live MySQL or MariaDB database, over MariaDB Connector/C.
///
/// Introspection reads the connection's current database in six `information_schema`
/// queries whatever the number of tables. Execution runs statements one by one: MySQL commits
/// DDL implicitly, so a failure leaves the statements before it applied, and the error says
/// how many ran.
///
/// ```swift
/// let database = try await MySQLSchemaDatabase.connect(url: "mariadb://app:secret@127.0.0.1:3306/shop")
/// let schema = try await database.introspect(.init())
/// try await database.execute([SQLStatement(unsafeSQL: "alter table `book` add `isbn` varchar(13) null", kind: .addColumn)],
///                            transactional: false)
/// try await database.close()
/// ```
///
/// Every blocking client call runs on a thread the connection owns, never on Swift's
/// cooperative thread pool.
public final class MySQLSchemaDatabase: SchemaDatabase {
    let lock = ConnectionLock()
    /// The dialect: MariaDB's for `mariadb://` URLs and for servers that report MariaDB, MySQL's otherwise.
    public let mySQLDialect: MySQLDialect
    /// The server's version string: `10.11.19-MariaDB-0+deb12u1`, `8.0.36`.
    public let serverVersion: String
    let connection: MySQLConnection

    init(connection: MySQLConnection, flavor: MySQLDialect.Flavor) {
        self.connection = connection
        self.serverVersion = connection.serverVersion
        self.mySQLDialect = MySQLDialect(flavor: connection.isMariaDB ? .mariadb : flavor)
    }

    /// Connects to the database a `mysql://` or `mariadb://` URL names.
    ///
    /// Throws `SchemaError/Code/invalidURL` for a URL of another scheme and
    /// `SchemaError/Code/connectionFailed` (naming host, port, database and user, never the
    /// password) when the server cannot be reached or refuses the credentials.
    public static func connect(url: String, logger: Logger = Logger(label: "schemakit.mysql")) async throws -> MySQLSchemaDatabase {
        try await connect(url: DatabaseURL(url), logger: logger)
    }

    /// Connects to the database a parsed `mysql://` or `mariadb://` URL names. Queries are
    /// logged at `debug` level.
    public static func connect(url: DatabaseURL, logger: Logger = Logger(label: "schemakit.mysql")) async throws -> MySQLSchemaDatabase {
        let flavor = try MySQLConnector.flavor(of: url)
        let options = try MySQLConnectionOptions(url: try url.resolvingPassword(environment: ProcessInfo.processInfo.environment), database: url.database)
        let connection = try await MySQLConnection.connect(options, logger: logger)
        if let seconds = options.statementTimeout {
            // MariaDB's limit covers every statement; MySQL's `max_execution_time` only selects.
            let setting = flavor == .mariadb ? "max_statement_time = \(seconds)" : "max_execution_time = \(seconds * 1000)"
            do {
                _ = try await connection.query("set session " + setting)
            } catch {
                await connection.close()
                throw error
            }
        }
        return MySQLSchemaDatabase(connection: connection, flavor: flavor)
    }

    /// ``mySQLDialect``, as the protocol wants it.
    public var dialect: any SQLDialect { mySQLDialect }

    /// Reads the current database: tables, columns, primary keys, indexes, foreign keys, checks
    /// and comments, with `skipTables` and `skipColumns` applied.
    public func introspect(_ options: IntrospectionOptions) async throws -> DatabaseSchema {
        try await lock.withLock {
            try await MySQLIntrospector(connection: self.connection, dialect: self.mySQLDialect).introspect(options)
        }
    }

    /// Makes another database of the server the connection's own (`use`): what the next
    /// introspection reads, the statements change and the schema lock is named after. The
    /// session's settings (timeouts, character set) stay.
    public func switchDatabase(to name: String) async throws -> Bool {
        try await lock.withLock {
            guard !SchemaLock.isHeld(self) else {
                throw SchemaError(.invalidConfiguration, "Cannot switch to database '\(name)' while holding the schema lock of '\(self.connection.database ?? "")'")
            }
            try await self.connection.use(name, quotedBy: self.mySQLDialect)
            return true
        }
    }

    /// Runs statements in order.
    ///
    /// MySQL cannot roll DDL back, so `transactional` only has an effect when every statement
    /// changes rows rather than the schema (`delete from …`): those run inside one transaction.
    /// Otherwise each statement stands on its own, and a failure reports which statement failed
    /// and how many ran (and stay applied) before it.
    public func execute(_ statements: [SQLStatement], transactional: Bool) async throws {
        try await lock.withLock { try await self.executeInOrder(statements, transactional: transactional) }
    }

    private func executeInOrder(_ statements: [SQLStatement], transactional: Bool) async throws {
        try await TransactionalScript.run(statements, transactional: transactional, engine: Self.engine) { sql in
            try await self.connection.query(sql)
        }
    }

    // 1205: lock wait timeout (metadata locks included); 1845, 1846: the algorithm asked for is not supported.
    static let engine = TransactionalScript.Engine(name: "MySQL", rollsBackDDL: false, begin: "start transaction",
                                                   lockTimeoutCodes: ["1205"], unsupportedAlgorithmCodes: ["1845", "1846"])

    /// Runs one SQL statement and returns its rows as text, `nil` for SQL `NULL`.
    ///
    /// ```swift
    /// try await database.query("select count(*) from `book`")   // [["3"]]
    /// ```
    public func query(_ sql: String) async throws -> [[String?]] {
        try await connection.query(sql)
    }

    public func rows(_ sql: String) async throws -> [[String?]] {
        try await lock.withLock { try await self.connection.query(sql) }
    }

    /// Closes the connection and ends its thread.
    public func close() async throws {
        await connection.close()
    }

    /// The number of statements sent so far, introspection queries included.
    public var queryCount: Int {
        get async { connection.queryCount }
    }
}
