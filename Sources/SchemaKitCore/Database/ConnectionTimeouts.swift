import Foundation

/// How long a driver waits, so that no failure — a server that does not answer, a backend that
/// froze, a connection that dropped mid-apply — leaves SchemaKit waiting for ever.
///
/// From a URL's parameters, in whole seconds (`0` turns a limit off):
///
/// ```text
/// postgres://app@127.0.0.1/shop?connect_timeout=5&statement_timeout=600&read_timeout=900
/// mysql://app@127.0.0.1/shop?connectTimeout=5&readTimeout=900
/// ```
///
/// - `connect_timeout` (default 10 s): to open the connection and log in.
/// - `statement_timeout` (default none): the server cancels one statement that runs longer
///   (PostgreSQL's `statement_timeout`, MariaDB's `max_statement_time`); SQLite waits at most
///   this long for a lock (`busy_timeout`, default 5 s there).
/// - `read_timeout` (default 600 s): the longest wait for any reply; past it the connection is
///   closed and the error says so (PostgreSQL then rolls back the open transaction itself).
///   A statement that legitimately runs longer (an index on a very large table) needs more.
///
/// ```swift
/// let timeouts = try ConnectionTimeouts(url: DatabaseURL("postgres://app@db/shop?read_timeout=30"))
/// timeouts.read   // .seconds(30)
/// ```
public struct ConnectionTimeouts: Sendable, Hashable {
    /// Longest wait to open the connection and log in; `nil` waits as long as the system does.
    public var connect: Duration?
    /// Longest run of one statement on the server, which cancels it; `nil` for no limit.
    public var statement: Duration?
    /// Longest wait for any reply; past it the connection is closed; `nil` for no limit.
    public var read: Duration?

    /// Limits given directly: 10 s to connect, no statement limit and 600 s per reply unless told otherwise.
    public init(connect: Duration? = .seconds(10), statement: Duration? = nil, read: Duration? = .seconds(600)) {
        self.connect = connect
        self.statement = statement
        self.read = read
    }

    /// The defaults, overridden by the URL's `connect_timeout`, `statement_timeout` and
    /// `read_timeout` (or `connectTimeout`, `statementTimeout`, `readTimeout`).
    public init(url: DatabaseURL) throws {
        self.init()
        func seconds(_ name: String) throws -> Duration?? {
            // `read_timeout`, `readTimeout`, `READTIMEOUT`: one name, however it is written.
            let canonical = name.replacing("_", with: "")
            guard let (key, text) = url.parameters.sorted(by: { $0.key < $1.key })
                .first(where: { $0.key.lowercased().replacing("_", with: "") == canonical }) else { return .none }
            guard let value = Int(text), value >= 0 else {
                throw SchemaError(.invalidURL, "Invalid database URL '\(url)': \(key)=\(text) is not a whole number of seconds")
            }
            return .some(value == 0 ? nil : .seconds(value))
        }
        if let value = try seconds("connect_timeout") { connect = value }
        if let value = try seconds("statement_timeout") { statement = value }
        if let value = try seconds("read_timeout") { read = value }
    }

    /// Whole seconds, rounded up (what the engines' settings take); `nil` for no limit.
    public static func wholeSeconds(_ duration: Duration?) -> Int? {
        guard let duration else { return nil }
        let (seconds, attoseconds) = duration.components
        return Int(seconds) + (attoseconds > 0 ? 1 : 0)
    }
}

/// Runs `body`, and when it has not finished after `limit`, calls `expire` — which should close
/// the connection `body` waits on, without waiting on the server — and then throws a
/// ``SchemaError`` with the code ``SchemaError/Code/timedOut`` whose message is `what`.
///
/// The caller never waits for `body` past the deadline: a driver that does not notice its
/// connection is gone (a frozen backend, a dropped network) cannot hang it.
///
/// ```swift
/// try await withDeadline(.seconds(30), "no reply from PostgreSQL within 30 s", expire: { try? await connection.close() }) {
///     try await connection.query("select 1")
/// }
/// ```
///
/// A result `body` produces after the deadline went to nobody: `discardingLate` receives it
/// (a connection that opened too late, to close).
public func withDeadline<Result: Sendable>(
    _ limit: Duration?, _ what: @autoclosure () -> String,
    expire: @escaping @Sendable () async -> Void,
    discardingLate discard: @escaping @Sendable (Result) async -> Void = { _ in },
    _ body: @escaping @Sendable () async throws -> Result
) async throws -> Result {
    guard let limit else { return try await body() }
    let message = what()
    let outcome = Outcome<Result>()
    return try await withCheckedThrowingContinuation { continuation in
        outcome.continuation = continuation
        let deadline = Task {
            try await Task.sleep(for: limit)
            guard let caller = outcome.take() else { return }
            // Expired before the caller hears of it: what the caller does next on the connection
            // (a rollback) then fails at once on a closed connection, instead of waiting a
            // second deadline on the same silent server.
            await expire()
            caller.resume(throwing: SchemaError(.timedOut, message))
        }
        Task {
            let result: Swift.Result<Result, any Error>
            do { result = .success(try await body()) } catch { result = .failure(error) }
            deadline.cancel()
            if let caller = outcome.take() {
                caller.resume(with: result)
            } else if case .success(let late) = result {
                await discard(late)
            }
        }
    }
}

/// Resumes a continuation once, from whichever of two tasks gets there first.
private final class Outcome<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: CheckedContinuation<Value, any Error>?

    var continuation: CheckedContinuation<Value, any Error>? {
        get { lock.withLock { pending } }
        set { lock.withLock { pending = newValue } }
    }

    /// The continuation, to the first that asks; `nil` to the other.
    func take() -> CheckedContinuation<Value, any Error>? {
        lock.withLock {
            defer { pending = nil }
            return pending
        }
    }
}
