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

        public init(name: String, rollsBackDDL: Bool, begin: String = "begin") {
            self.name = name
            self.rollsBackDDL = rollsBackDDL
            self.begin = begin
        }
    }

    /// Runs `statements` through `send`, which runs one SQL text and returns its rows.
    ///
    /// With `batchSize`, a transactional script commits after every `batchSize` statements
    /// (for scripts one transaction cannot hold: PostgreSQL's lock table); a failure then rolls
    /// back its own batch and reports the earlier batches as applied.
    ///
    /// With `inOpenTransaction`, the caller has already opened the transaction (SQLite's schema
    /// lock is one) and ends it: nothing here sends `begin`, `commit` or `rollback`, and a
    /// failure reports that nothing stays applied once the caller rolls back.
    public static func run(
        _ statements: [SQLStatement], transactional: Bool, engine: Engine, batchSize: Int? = nil,
        inOpenTransaction: Bool = false, send: (String) async throws -> [[String?]]
    ) async throws {
        let leading = statements.prefix { $0.requirements.placement == .session }
        let rest = statements.dropFirst(leading.count)
        let trailing = Array(rest.reversed().prefix { $0.requirements.placement == .session }.reversed())
        let body = Array(rest.dropLast(trailing.count))
        let canRollBack = engine.rollsBackDDL || body.allSatisfy(\.requirements.changesRowsOnly)
        if inOpenTransaction {
            precondition(engine.rollsBackDDL, "an open transaction only holds a script where DDL rolls back")
            try await runInOpenTransaction(statements, engine: engine, send: send)
            return
        }
        let inTransaction = transactional && canRollBack && !body.isEmpty
        if inTransaction, let index = body.firstIndex(where: { $0.requirements.placement == .session }) {
            // Inside the transaction the engine may ignore it (SQLite's `pragma foreign_keys`),
            // and what follows would run without the setting it relies on.
            throw SchemaError(.invalidConfiguration, """
                \(engine.name) statement `\(body[index].sql)` (statement \(leading.count + index + 1) of \(statements.count)) \
                is a session setting between other statements; it only takes effect outside the transaction, \
                so put it at the start or the end of the script. Nothing was run.
                """)
        }
        for statement in leading { try check(statement, rows: try await send(statement.sql), engine: engine) }
        let batch = inTransaction ? max(1, batchSize ?? body.count) : max(1, body.count)
        var executed = 0, committed = 0
        do {
            while executed < body.count {
                if inTransaction { _ = try await send(engine.begin) }
                for statement in body[executed..<min(body.count, executed + batch)] {
                    try check(statement, rows: try await send(statement.sql), engine: engine)
                    executed += 1
                }
                if inTransaction { _ = try await send("commit") }
                committed = executed
            }
        } catch {
            var failure = error as? SchemaError ?? SchemaError(.statementFailed, "\(engine.name) statement failed: \(error)", underlying: error)
            let position = "Statement \(executed + 1) of \(body.count) failed"
            if inTransaction {
                // The connection may be gone; a failed rollback is the server's rollback anyway.
                _ = try? await send("rollback")
                let undone = executed - committed
                failure.message = "\(position): \(failure.message)\n  (the transaction was rolled back; \(undone) earlier statement(s) undone"
                    + (committed > 0 ? "; the \(committed) statement(s) of earlier batches were committed and stay applied)" : ")")
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

    /// Every statement in order inside the caller's transaction. Session statements between
    /// others are refused as in a transaction of its own; at the ends they run (the engine may
    /// ignore them there: SQLite's schema lock turned foreign keys off before it began).
    private static func runInOpenTransaction(
        _ statements: [SQLStatement], engine: Engine, send: (String) async throws -> [[String?]]
    ) async throws {
        let first = statements.firstIndex { $0.requirements.placement != .session } ?? statements.endIndex
        let last = statements.lastIndex { $0.requirements.placement != .session } ?? first
        if first < last, let index = statements[first...last].firstIndex(where: { $0.requirements.placement == .session }) {
            throw SchemaError(.invalidConfiguration, """
                \(engine.name) statement `\(statements[index].sql)` (statement \(index + 1) of \(statements.count)) \
                is a session setting between other statements; it only takes effect outside the transaction, \
                so put it at the start or the end of the script. Nothing was run.
                """)
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
