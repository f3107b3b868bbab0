import CMariaDB
import Foundation
import Logging
import SchemaKitCore

/// One Connector/C connection: sends SQL text and reads result sets as text.
///
/// Every client call runs on the connection's own ``MySQLWorkerThread``, never on Swift's
/// cooperative pool. Statements are sent one at a time (multi-statements stay off), so a
/// name or literal that smuggles in a `;` cannot start a second statement.
final class MySQLConnection: @unchecked Sendable {
    // `handle` is only read and written on `worker`, and `sentQueries` only under `countLock`;
    // that is what makes this class safe to share.
    private let worker: MySQLWorkerThread
    private var handle: UnsafeMutablePointer<MYSQL>?
    private let countLock = NSLock()
    private var sentQueries = 0
    private var selectedDatabase: String?
    let options: MySQLConnectionOptions
    /// The server's version string: `10.11.19-MariaDB-0+deb12u1`, `8.0.36`.
    let serverVersion: String
    let logger: Logger

    private init(worker: MySQLWorkerThread, handle: UnsafeMutablePointer<MYSQL>, options: MySQLConnectionOptions,
                 serverVersion: String, logger: Logger) {
        self.worker = worker
        self.handle = handle
        self.options = options
        self.selectedDatabase = options.database
        self.serverVersion = serverVersion
        self.logger = logger
    }

    deinit {
        // No job can still hold `self` here, so reading `handle` is safe; close it on its thread
        // (if `close()` already stopped the thread, `handle` is already gone) and wait for the
        // thread to end, as `close()` does: a connection dropped without `close()` must not leave
        // a thread ending while the process exits (see ``MySQLWorkerThread``). Run on the
        // thread itself (its last job held the last reference), this only stops it.
        if let handle {
            let owned = OwnedHandle(pointer: handle)
            worker.submit { mysql_close(owned.pointer) }
        }
        worker.stopAndJoin()
    }

    /// The connection's default database: the URL's, or the last one ``use(_:)`` selected.
    var database: String? { countLock.withLock { selectedDatabase } }

    /// Where the connection is, naming the database it uses now.
    var location: String {
        var options = options
        options.database = database
        return options.location
    }

    /// Selects another database of the server (`use`); the connection's session settings stay.
    func use(_ name: String, quotedBy dialect: MySQLDialect) async throws {
        _ = try await query("use " + dialect.quoteIdentifier(name))
        countLock.withLock { selectedDatabase = name }
    }

    /// Whether the server is MariaDB rather than MySQL.
    var isMariaDB: Bool { serverVersion.lowercased().contains("mariadb") }

    /// The server version as numbers: `[10, 11, 19]`, `[8, 0, 36]`.
    var serverVersionNumbers: [Int] {
        var text = Substring(serverVersion)
        // Old MariaDB servers announce themselves as `5.5.5-10.x` to old clients.
        if text.hasPrefix("5.5.5-") { text = text.dropFirst(6) }
        return text.prefix { $0.isNumber || $0 == "." }.split(separator: ".").compactMap { Int($0) }
    }

    /// Opens a connection with utf8mb4, the configured TLS mode, a connect timeout and the read and
    /// write timeouts when configured.
    ///
    /// Throws `SchemaError/Code/connectionFailed` naming host, port, database and user and the
    /// server's reason; never the password.
    static func connect(_ options: MySQLConnectionOptions, logger: Logger) async throws -> MySQLConnection {
        let worker = try MySQLWorkerThread(name: "SchemaKitMySQL \(options.host):\(options.port)", location: options.location)
        do {
            let (handle, version) = try await worker.run { () throws -> (OwnedHandle, String) in
                try open(options)
            }
            logger.debug("connected to MySQL", metadata: ["server": "\(version)", "location": "\(options.location)"])
            return MySQLConnection(worker: worker, handle: handle.pointer, options: options, serverVersion: version, logger: logger)
        } catch {
            worker.stopAndJoin()
            throw error
        }
    }

    /// Runs on the worker thread.
    private static func open(_ options: MySQLConnectionOptions) throws -> (OwnedHandle, String) {
        guard MySQLLibrary.initialize() else {
            throw SchemaError(.connectionFailed, "Could not initialise the MariaDB client library (mysql_library_init failed)")
        }
        guard let handle = mysql_init(nil) else {
            throw SchemaError(.connectionFailed, "Cannot connect to MySQL at \(options.location): out of memory in mysql_init")
        }
        if var timeout = options.connectTimeout {
            _ = mysql_options(handle, MYSQL_OPT_CONNECT_TIMEOUT, &timeout)
        }
        if var readTimeout = options.readTimeout {
            _ = mysql_options(handle, MYSQL_OPT_READ_TIMEOUT, &readTimeout)
        }
        if var writeTimeout = options.writeTimeout {
            _ = mysql_options(handle, MYSQL_OPT_WRITE_TIMEOUT, &writeTimeout)
        }
        _ = mysql_options(handle, MYSQL_SET_CHARSET_NAME, "utf8mb4")
        // The dialect writes `\\` for a backslash in literals; make sure the session reads it so.
        _ = mysql_options(handle, MYSQL_INIT_COMMAND, """
            set session sql_mode = trim(both ',' from replace(concat(',', @@session.sql_mode, ','), ',NO_BACKSLASH_ESCAPES,', ','))
            """)
        // Both switches are set in every mode, off included: Connector/C 3.4 turns them on by default.
        let tls = options.tlsSettings
        var enforce: my_bool = tls.enforce ? 1 : 0
        _ = mysql_options(handle, MYSQL_OPT_SSL_ENFORCE, &enforce)
        var verify: my_bool = tls.verifyServerCertificate ? 1 : 0
        _ = mysql_options(handle, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &verify)
        if let authority = tls.certificateAuthority {
            _ = mysql_options(handle, MYSQL_OPT_SSL_CA, authority)
        }
        let connected = mysql_real_connect(
            handle, options.host, options.user, options.password, options.database,
            UInt32(options.port), options.unixSocket, 0)
        guard connected != nil else {
            let reason = clientError(handle)
            mysql_close(handle)
            var message = reason.message
            // The server never echoes the password, but a message must not carry it even if one did.
            if let password = options.password, password.count >= 4 {
                message = message.replacing(password, with: "***")
            }
            var error = SchemaError(
                .connectionFailed,
                "Cannot connect to MySQL at \(options.location): \(message) (error \(reason.code))",
                underlying: MySQLClientError(code: reason.code, sqlState: reason.sqlState, message: message))
            error.serverCode = String(reason.code)
            if reason.code == 1045, message.contains("using password: NO") {
                error.message += "; no password was found: not in the URL, no password_file, MYSQL_PWD or [client] password in ~/.my.cnf (or option_file)"
            }
            throw error
        }
        // Connector/C 3.3 falls back to plain text when the server offers no TLS, even with
        // MYSQL_OPT_SSL_ENFORCE set (https://mariadb.com/kb/en/mysql_optionsv/); check it ourselves.
        if options.tls != .disabled, mysql_get_ssl_cipher(handle) == nil {
            mysql_close(handle)
            throw SchemaError(
                .connectionFailed,
                "Cannot connect to MySQL at \(options.location): ssl=true demands TLS, but the server did not agree to a TLS session")
        }
        let version = mysql_get_server_info(handle).map { String(cString: $0) } ?? ""
        return (OwnedHandle(pointer: handle), version)
    }

    /// Sends one statement and returns its first result set's rows as text (`nil` for SQL `NULL`);
    /// no rows for statements without a result set. Further result sets (a `call` of a procedure
    /// that selects) are read and discarded, and an error in one of them is thrown.
    func query(_ sql: String) async throws -> [[String?]] {
        do {
            return try await worker.run { [self] in try runQuery(sql) }
        } catch is MySQLWorkerThread.Stopped {
            throw closedError
        }
    }

    /// Sends one statement and hands its rows, as text, to `body` as they arrive from the server
    /// (`mysql_use_result`: the client holds one row at a time, not the result set). `body` runs
    /// on the connection's thread; no row is kept.
    func query(_ sql: String, eachRow body: @escaping @Sendable ([String?]) -> Void) async throws {
        do {
            try await worker.run { [self] in try runQuery(sql, eachRow: body) }
        } catch is MySQLWorkerThread.Stopped {
            throw closedError
        }
    }

    private var closedError: SchemaError {
        SchemaError(.connectionFailed, "The MySQL connection to \(location) is closed")
    }

    /// The number of statements sent so far.
    var queryCount: Int {
        countLock.withLock { sentQueries }
    }

    /// Runs `body` on the connection's thread (which has ended once ``close()`` returns).
    func runOnThread<Result: Sendable>(_ body: @escaping @Sendable () throws -> Result) async throws -> Result {
        try await worker.run(body)
    }

    /// Closes the connection and ends its thread; later queries fail with
    /// `SchemaError/Code/connectionFailed`.
    func close() async {
        _ = try? await worker.run { [self] in
            if let handle { mysql_close(handle) }
            handle = nil
        }
        worker.stopAndJoin()
    }

    /// Runs on the worker thread.
    private func runQuery(_ sql: String) throws -> [[String?]] {
        var rows: [[String?]] = []
        try runQuery(sql) { rows.append($0) }
        return rows
    }

    /// Runs on the worker thread: sends `sql` and hands the first result set's rows to `body`.
    private func runQuery(_ sql: String, eachRow body: ([String?]) -> Void) throws {
        guard let handle else { throw closedError }
        logger.debug("mysql query", metadata: ["sql": "\(sql)"])
        countLock.withLock { sentQueries += 1 }
        let status = sql.utf8CString.withUnsafeBufferPointer { text in
            mysql_real_query(handle, text.baseAddress, UInt(text.count - 1))
        }
        guard status == 0 else { throw statementError(sql, handle) }
        try readResult(sql, handle, eachRow: body)
        try discardMoreResults(sql, handle)
    }

    /// Reads the current result set row by row as the server sends it (none for a statement
    /// without one); every row is read, whatever `body` does, so the connection is ready for
    /// the next statement.
    private func readResult(_ sql: String, _ handle: UnsafeMutablePointer<MYSQL>, eachRow body: ([String?]) -> Void) throws {
        guard let result = mysql_use_result(handle) else {
            if mysql_field_count(handle) == 0 { return }
            throw statementError(sql, handle)
        }
        defer { mysql_free_result(result) }
        let width = Int(mysql_num_fields(result))
        while let row = mysql_fetch_row(result) {
            guard let lengths = mysql_fetch_lengths(result) else { break }
            var values: [String?] = []
            values.reserveCapacity(width)
            for column in 0..<width {
                guard let bytes = row[column] else {
                    values.append(nil)
                    continue
                }
                // Typed bytes: `String(decoding:as:)` takes its fast path for contiguous UInt8.
                let buffer = UnsafeBufferPointer(start: UnsafeRawPointer(bytes).assumingMemoryBound(to: UInt8.self),
                                                 count: Int(lengths[column]))
                values.append(String(decoding: buffer, as: UTF8.self))
            }
            body(values)
        }
        // A row fetch can fail midway (a lost connection); it leaves an error behind.
        if mysql_errno(handle) != 0 { throw statementError(sql, handle) }
    }

    /// Reads and frees every result set after the first, so the connection is ready for the next
    /// statement; without it the next one fails with "Commands out of sync" (error 2014).
    /// A `call` always sends one more (its status); an error in a later statement of the
    /// procedure comes as one more, and is thrown (https://mariadb.com/kb/en/mysql_next_result/).
    private func discardMoreResults(_ sql: String, _ handle: UnsafeMutablePointer<MYSQL>) throws {
        while mysql_more_results(handle) != 0 {
            // 0: another result is ready; -1: none after all; above 0: an error, and no more results.
            let next = mysql_next_result(handle)
            if next < 0 { return }
            if next > 0 { throw statementError(sql, handle) }
            try readResult(sql, handle) { _ in }
        }
    }

    private func statementError(_ sql: String, _ handle: UnsafeMutablePointer<MYSQL>) -> SchemaError {
        let reason = Self.clientError(handle)
        var error = SchemaError(
            .statementFailed,
            "MySQL statement failed: \(Self.excerpt(sql)): \(reason.message) (error \(reason.code), SQLSTATE \(reason.sqlState))",
            underlying: reason)
        error.serverCode = String(reason.code)
        error.statement = sql
        return error
    }

    private static func clientError(_ handle: UnsafeMutablePointer<MYSQL>) -> MySQLClientError {
        MySQLClientError(
            code: mysql_errno(handle),
            sqlState: mysql_sqlstate(handle).map { String(cString: $0) } ?? "HY000",
            message: mysql_error(handle).map { String(cString: $0) } ?? "unknown error")
    }

    /// The first 200 characters of a statement, on one line.
    static func excerpt(_ sql: String) -> String {
        let line = sql.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count > 200 ? String(line.prefix(200)) + "…" : line
    }
}

/// A handle moved from the worker thread to the connection that owns it.
private struct OwnedHandle: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<MYSQL>
}

/// What the client library reported: `1045 (28000) Access denied for user …`.
struct MySQLClientError: Error, Sendable, CustomStringConvertible {
    var code: UInt32
    var sqlState: String
    var message: String

    var description: String { "\(message) (error \(code), SQLSTATE \(sqlState))" }
}
