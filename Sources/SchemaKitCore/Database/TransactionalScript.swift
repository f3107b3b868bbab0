/// The one way every driver runs statements: it acts on each statement's
/// ``SQLStatement/Requirements`` and reports exactly what state a failure leaves behind.
///
/// - Session statements at the start and end (`pragma foreign_keys`, `set names`) run outside
///   the transaction, since some engines ignore them inside one; the closing ones run even when
///   the script fails, so the connection is left as it was found.
/// - The rest runs in one transaction when asked and the engine can roll it back: always where
///   DDL is transactional (PostgreSQL, SQLite), and where it is not (MySQL) only when every
///   statement changes rows only.
/// - A session statement between transactional ones is refused before anything runs: inside
///   the transaction the engine would ignore it.
/// - A statement that returns the rows breaking a rule fails the script when it returns any.
/// - Any error — the server's, the connection's, a cancellation — rolls the transaction back;
///   without a transaction, the error lists the statements that ran and stay applied.
///
/// ```swift
/// try await TransactionalScript.run(statements, transactional: true, engine: .init(name: "PostgreSQL", rollsBackDDL: true)) { sql in
///     try await connection.rows(sql)
/// }
/// ```
public enum TransactionalScript {
    /// What the runner needs to know about the engine behind a driver.
    public struct Engine: Sendable {
        /// A name for messages: `PostgreSQL`, `MySQL`, `SQLite`.
        public var name: String
        /// Whether schema changes roll back with the transaction.
        public var rollsBackDDL: Bool
        /// How a transaction is opened (`begin`, `start transaction`).
        public var begin: String
        /// The server codes of a statement that gave up waiting for a lock (PostgreSQL
        /// `55P03`, MySQL `1205`): a standalone statement with retries runs again.
        public var lockTimeoutCodes: Set<String>
        /// The server codes of a refused algorithm (MySQL `1845`, `1846`): the statement's next
        /// alternative runs instead.
        public var unsupportedAlgorithmCodes: Set<String>
        /// The server codes of a transaction too large to hold (PostgreSQL `53200`: the lock
        /// table is full, `max_locks_per_transaction`): the batch rolls back and runs again as
        /// transactions half as large, down to one statement.
        public var transactionTooLargeCodes: Set<String>

        /// An engine's transaction behaviour: its name for messages, whether it rolls DDL back, how a
        /// transaction begins, and the server codes of lock timeouts, refused algorithms and
        /// transactions too large to hold.
        public init(name: String, rollsBackDDL: Bool, begin: String = "begin", lockTimeoutCodes: Set<String> = [],
                    unsupportedAlgorithmCodes: Set<String> = [], transactionTooLargeCodes: Set<String> = []) {
            self.name = name
            self.rollsBackDDL = rollsBackDDL
            self.begin = begin
            self.lockTimeoutCodes = lockTimeoutCodes
            self.unsupportedAlgorithmCodes = unsupportedAlgorithmCodes
            self.transactionTooLargeCodes = transactionTooLargeCodes
        }
    }

    /// Runs `statements` through `send`, which runs one SQL text and returns its rows.
    ///
    /// With `batchSize`, a transactional script commits after every `batchSize` statements
    /// (for scripts one transaction cannot hold: PostgreSQL's lock table); a failure then rolls
    /// back its own batch and reports the earlier batches as applied. A batch the engine cannot
    /// hold (``Engine/transactionTooLargeCodes``) rolls back and runs again in batches half as
    /// large, whatever committed before it; `notice` says so.
    ///
    /// With `inOpenTransaction`, the caller has already opened the transaction (SQLite's schema
    /// lock is one) and ends it: nothing here sends `begin`, `commit` or `rollback`, and a
    /// failure reports that nothing stays applied once the caller rolls back.
    public static func run(
        _ statements: [SQLStatement], transactional: Bool, engine: Engine, batchSize: Int? = nil,
        inOpenTransaction: Bool = false, notice: (String) -> Void = { _ in }, send: (String) async throws -> [[String?]]
    ) async throws {
        let leading = statements.prefix { $0.requirements.placement == .session }
        let rest = statements.dropFirst(leading.count)
        let trailing = Array(rest.reversed().prefix { $0.requirements.placement == .session }.reversed())
        let body = Array(rest.dropLast(trailing.count))
        let canRollBack = engine.rollsBackDDL || body.allSatisfy(\.requirements.changesRowsOnly)
        if inOpenTransaction {
            // A driver's mistake, not the script's: its engine commits DDL whatever the transaction.
            guard engine.rollsBackDDL else {
                throw SchemaError(.invalidConfiguration, """
                    \(engine.name) cannot run a script inside an open transaction: it commits schema changes \
                    whatever the transaction does. Nothing was run.
                    """)
            }
            try await runInOpenTransaction(statements, engine: engine, send: send)
            return
        }
        let inTransaction = transactional && canRollBack && !body.isEmpty
        if inTransaction, let index = body.firstIndex(where: { $0.requirements.placement == .session }) {
            // Inside the transaction the engine may ignore it (SQLite's `pragma foreign_keys`),
            // and what follows would run without the setting it relies on.
            throw misplacedSession(body[index], position: leading.count + index + 1, of: statements.count, engine: engine)
        }
        for statement in leading { try check(statement, rows: try await send(statement.sql), engine: engine) }
        var batch = inTransaction ? max(1, batchSize ?? body.count) : max(1, body.count)
        var executed = 0, committed = 0
        var isOpen = false
        do {
            while executed < body.count {
                if body[executed].requirements.placement == .standalone {
                    // On its own, outside any transaction: committed as soon as it succeeds.
                    try await runStandalone(body[executed], engine: engine, send: send)
                    executed += 1
                    committed = executed
                    continue
                }
                let end = min(body[executed...].firstIndex { $0.requirements.placement == .standalone } ?? body.count, executed + batch)
                if inTransaction {
                    _ = try await send(engine.begin)
                    isOpen = true
                }
                do {
                    for statement in body[executed..<end] {
                        try check(statement, rows: try await send(statement.sql), engine: engine)
                        executed += 1
                    }
                } catch let error as SchemaError
                            where inTransaction && end - committed > 1 && engine.transactionTooLargeCodes.contains(error.serverCode ?? "") {
                    // This batch rolls back whole; what committed before it stays, and the rest
                    // goes on in transactions half as large.
                    _ = try? await send("rollback")
                    isOpen = false
                    executed = committed
                    batch = max(1, (end - committed) / 2)
                    notice("""
                        One transaction cannot hold \(end - committed) of these \(body.count) statements \
                        (\(error.message.split(separator: "\n").first ?? "")); applying the rest in transactions of \(batch) \
                        statement\(batch == 1 ? "" : "s") instead
                        """)
                    continue
                }
                if inTransaction {
                    _ = try await send("commit")
                    isOpen = false
                }
                committed = executed
            }
        } catch {
            var failure = error as? SchemaError ?? SchemaError(.statementFailed, "\(engine.name) statement failed: \(error)", underlying: error)
            let position = "Statement \(executed + 1) of \(body.count) failed"
            if isOpen {
                // The connection may be gone; a failed rollback is the server's rollback anyway.
                _ = try? await send("rollback")
                let undone = executed - committed
                failure.message = "\(position): \(failure.message)\n  (the transaction was rolled back; \(undone) earlier statement(s) undone"
                    + (committed > 0 ? "; the \(committed) statement(s) committed before it stay applied)" : ")")
                failure.appliedStatements = body.prefix(committed).map(\.sql)
            } else {
                let note = executed == 0 ? "no statement ran before it"
                    : "the \(executed) statement\(executed == 1 ? "" : "s") before it ran and stay applied"
                        + (engine.rollsBackDDL ? "" : " (\(engine.name) cannot roll back DDL)")
                failure.message = "\(position); \(note): \(failure.message)"
                failure.appliedStatements = body.prefix(executed).map(\.sql)
            }
            for statement in trailing { _ = try? await send(statement.sql) }
            throw failure
        }
        for statement in trailing { try check(statement, rows: try await send(statement.sql), engine: engine) }
    }

    /// A session setting between other statements, where a transaction would ignore it.
    private static func misplacedSession(_ statement: SQLStatement, position: Int, of count: Int, engine: Engine) -> SchemaError {
        SchemaError(.invalidConfiguration, """
            \(engine.name) statement `\(statement.sql)` (statement \(position) of \(count)) \
            is a session setting between other statements; it only takes effect outside the transaction, \
            so put it at the start or the end of the script. Nothing was run.
            """)
    }

    /// One standalone statement: tried again after a lock timeout (up to its retries, pausing
    /// 100 ms, 200 ms, 400 ms … up to 5 s), and in its next spelling when the engine refuses an
    /// algorithm.
    private static func runStandalone(
        _ statement: SQLStatement, engine: Engine, send: (String) async throws -> [[String?]]
    ) async throws {
        let spellings = [statement.sql] + statement.requirements.alternatives
        var spelling = 0, retries = 0
        while true {
            do {
                try check(statement, rows: try await send(spellings[spelling]), engine: engine)
                return
            } catch let error as SchemaError where engine.lockTimeoutCodes.contains(error.serverCode ?? "")
                        && retries < statement.requirements.lockTimeoutRetries {
                retries += 1
                try await Task.sleep(for: min(.milliseconds(100) * (1 << min(retries - 1, 6)), .seconds(5)))
            } catch var error as SchemaError where engine.unsupportedAlgorithmCodes.contains(error.serverCode ?? "") {
                spelling += 1
                guard spelling < spellings.count else {
                    let reason = error.underlying.map { "\($0)" } ?? error.message
                    error.message = """
                        \(engine.name) cannot apply this change online: \(reason)
                          in: \(statement.sql)
                          It would copy the table, blocking writes for as long as that takes; apply it without --online when writes can wait.
                        """
                    throw error
                }
            }
        }
    }

    /// Every statement in order inside the caller's transaction. Session statements between
    /// others are refused as in a transaction of its own; at the ends they run (the engine may
    /// ignore them there: SQLite's schema lock turned foreign keys off before it began).
    private static func runInOpenTransaction(
        _ statements: [SQLStatement], engine: Engine, send: (String) async throws -> [[String?]]
    ) async throws {
        let first = statements.firstIndex { $0.requirements.placement != .session } ?? statements.endIndex
        let last = statements.lastIndex { $0.requirements.placement != .session } ?? first
        if first < last, let index = statements[first...last].firstIndex(where: { $0.requirements.placement == .session }) {
            throw misplacedSession(statements[index], position: index + 1, of: statements.count, engine: engine)
        }
        for (position, statement) in statements.enumerated() {
            do {
                try check(statement, rows: try await send(statement.sql), engine: engine)
            } catch {
                var failure = error as? SchemaError ?? SchemaError(.statementFailed, "\(engine.name) statement failed: \(error)", underlying: error)
                failure.message = "Statement \(position + 1) of \(statements.count) failed: \(failure.message)\n"
                    + "  (the schema lock's transaction is rolled back; \(position) earlier statement(s) undone)"
                failure.appliedStatements = []
                throw failure
            }
        }
    }

    private static func check(_ statement: SQLStatement, rows: [[String?]], engine: Engine) throws {
        guard let meaning = statement.requirements.failsWhenRowsReturned, !rows.isEmpty else { return }
        let shown = rows.prefix(5).map { row in "(" + row.map { $0 ?? "null" }.joined(separator: ", ") + ")" }
        throw SchemaError(.statementFailed, """
            \(engine.name) check `\(statement.sql)` failed: \(meaning): \(shown.joined(separator: "; "))\
            \(rows.count > 5 ? " (and \(rows.count - 5) more)" : "")
            """)
    }
}
