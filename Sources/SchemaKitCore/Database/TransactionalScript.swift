/// Runs a driver's statements in order, inside one transaction when asked. Session statements
/// at the start and end (`pragma foreign_keys`, `set names`) run outside it, since some engines
/// ignore them inside a transaction, and the closing ones run even when the script fails, so the
/// connection is left as it was found.
///
/// A failure is reported as the statement's ``SchemaError``, extended with what happened to
/// the statements before it.
public enum TransactionalScript {
    public static func run(
        _ statements: [SQLStatement],
        transactional: Bool,
        execute: (SQLStatement) async throws -> Void
    ) async throws {
        let control: (String) -> SQLStatement = { SQLStatement($0, kind: .session) }
        let leading = statements.prefix { $0.kind == .session }
        let rest = statements.dropFirst(leading.count)
        let trailing = Array(rest.reversed().prefix { $0.kind == .session }.reversed())
        let body = rest.dropLast(trailing.count)
        for statement in leading { try await execute(statement) }
        let inTransaction = transactional && !body.isEmpty
        var executed: [SQLStatement] = []
        do {
            if inTransaction { try await execute(control("begin")) }
            for statement in body {
                try await execute(statement)
                executed.append(statement)
            }
            if inTransaction { try await execute(control("commit")) }
        } catch var error as SchemaError {
            if inTransaction {
                try? await execute(control("rollback"))
                error.message += "\n  (rolled back; \(executed.count) earlier statement(s) undone)"
            } else {
                error.message += "\n  (\(executed.count) earlier statement(s) were applied)"
                error.appliedStatements = executed.map(\.sql)
            }
            for statement in trailing { try? await execute(statement) }
            throw error
        }
        for statement in trailing { try await execute(statement) }
    }
}
