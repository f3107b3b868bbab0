import Foundation
import Logging
import SchemaKitCore

/// Opens connections to one MySQL or MariaDB database, and server-level connections (without a
/// default database) to create or drop it.
///
/// ```swift
/// let connector = try MySQLConnector(url: "mysql://app:secret@127.0.0.1:3306/shop")
/// if try await !connector.databaseExists(logger: logger, managementDatabase: nil) {
///     try await connector.createDatabase(logger: logger, managementDatabase: nil)
///     // create database `shop` character set utf8mb4
/// }
/// let database = try await connector.connect(logger: logger)
/// ```
public struct MySQLConnector: SchemaDatabaseConnector {
    /// The database's URL; its `DatabaseURL/description` leaves out the password.
    public let url: DatabaseURL

    /// Accepts `mysql://` and `mariadb://` URLs.
    public init(url: DatabaseURL) throws {
        _ = try Self.flavor(of: url)
        _ = try MySQLConnectionOptions(url: url, database: url.database)
        self.url = url
    }

    /// Parses and accepts `mysql://` and `mariadb://` URLs.
    public init(url: String) throws {
        try self.init(url: DatabaseURL(url))
    }

    /// MariaDB's dialect for `mariadb://` URLs, MySQL's for `mysql://`. A connection to a server
    /// that reports MariaDB uses MariaDB's dialect whatever the URL said.
    public var dialect: any SQLDialect { MySQLDialect(flavor: url.scheme == .mariadb ? .mariadb : .mysql) }

    /// The database the URL names: `shop` in `mysql://app@host/shop`.
    public var databaseName: String { url.database }

    /// `mysql://app@127.0.0.1:3306/shop`: no password.
    public var description: String { url.description }

    /// Opens a ``MySQLSchemaDatabase`` on the configured database.
    public func connect(logger: Logger) async throws -> any SchemaDatabase {
        try await MySQLSchemaDatabase.connect(url: url, logger: logger)
    }

    /// Another MySQL or MariaDB database, by its own URL.
    public func connector(for url: DatabaseURL) throws -> any SchemaDatabaseConnector {
        guard url.scheme == .mysql || url.scheme == .mariadb else {
            throw SchemaError(.invalidURL, "Expected a mysql:// or mariadb:// URL like the configured database's, got \(url.scheme.rawValue)://")
        }
        return try MySQLConnector(url: url)
    }

    /// Another database of the configured server, with the configured credentials.
    public func connector(forDatabase name: String) throws -> any SchemaDatabaseConnector {
        try MySQLConnector(url: url.withDatabase(name))
    }

    /// Scheme, user, host, port and parameters: every database of one server and account
    /// shares a key, so a fleet reuses one connection for all of them (`use`).
    public var serverKey: String? {
        let parameters = url.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
        return "\(url.scheme.rawValue)://\(url.user ?? "")@\(url.host):\(url.port.map(String.init) ?? "")?\(parameters)"
    }

    /// Whether the database exists, asked over a connection without a default database (or to
    /// `managementDatabase` when one is given; MySQL needs none).
    public func databaseExists(logger: Logger, managementDatabase: String?) async throws -> Bool {
        try await withServerConnection(logger: logger, managementDatabase: managementDatabase) { connection, dialect in
            let rows = try await connection.query(
                "select 1 from information_schema.SCHEMATA where SCHEMA_NAME = \(dialect.quoteLiteral(url.database))")
            return !rows.isEmpty
        }
    }

    /// `create database `name` character set utf8mb4`.
    public func createDatabase(logger: Logger, managementDatabase: String?) async throws {
        try await withServerConnection(logger: logger, managementDatabase: managementDatabase) { connection, dialect in
            _ = try await connection.query(
                "create database \(dialect.quoteIdentifier(url.database)) character set \(dialect.charset)")
        }
    }

    /// `drop database if exists `name``.
    public func dropDatabase(logger: Logger, managementDatabase: String?) async throws {
        try await withServerConnection(logger: logger, managementDatabase: managementDatabase) { connection, dialect in
            _ = try await connection.query("drop database if exists \(dialect.quoteIdentifier(url.database))")
        }
    }

    private func withServerConnection<Result: Sendable>(
        logger: Logger, managementDatabase: String?,
        _ body: (MySQLConnection, MySQLDialect) async throws -> Result
    ) async throws -> Result {
        let options = try MySQLConnectionOptions(url: try url.resolvingPassword(environment: ProcessInfo.processInfo.environment), database: managementDatabase)
        let connection = try await MySQLConnection.connect(options, logger: logger)
        let dialect = MySQLDialect(flavor: connection.isMariaDB || url.scheme == .mariadb ? .mariadb : .mysql)
        do {
            let result = try await body(connection, dialect)
            await connection.close()
            return result
        } catch {
            await connection.close()
            throw error
        }
    }

    static func flavor(of url: DatabaseURL) throws -> MySQLDialect.Flavor {
        switch url.scheme {
        case .mysql: return .mysql
        case .mariadb: return .mariadb
        default:
            throw SchemaError(.invalidURL, "Invalid database URL '\(url)': the MySQL driver takes mysql:// or mariadb:// URLs")
        }
    }
}

extension DatabaseConfiguration {
    /// A MySQL or MariaDB database: `mysql://user:pass@host:3306/db` or `mariadb://…`.
    ///
    /// ```swift
    /// let config = SchemaConfiguration(entities: [Author.self], database: try .mysql(url: "mysql://app:secret@127.0.0.1/shop"))
    /// // create table `author` (`id` int unsigned not null auto_increment primary key, …) default character set utf8mb4 engine = InnoDB;
    /// ```
    ///
    /// Parameters: `ssl=true` demands TLS (`ssl=verify` also checks the certificate, `sslca=PATH`
    /// names the CA), `socket=PATH` a Unix socket for `localhost`, `connectTimeout=SECONDS`.
    public static func mysql(url: String) throws -> DatabaseConfiguration {
        try mysql(url: DatabaseURL(url))
    }

    /// A MySQL or MariaDB database from a parsed URL.
    public static func mysql(url: DatabaseURL) throws -> DatabaseConfiguration {
        let connector = try MySQLConnector(url: url)
        return DatabaseConfiguration(dialect: connector.dialect, connector: connector)
    }
}

extension DatabaseConnectors.Registration {
    /// `mysql://` and `mariadb://` URLs.
    public static let mySQL = Self(schemes: [.mysql, .mariadb]) { url in try .mysql(url: url) }
}
