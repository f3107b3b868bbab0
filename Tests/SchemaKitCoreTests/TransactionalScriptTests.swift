import SchemaKitCore
import Testing

/// The one execution path every driver uses, driven by a recording `send` instead of a server.
@Suite("TransactionalScript")
struct TransactionalScriptTests {
    /// Records what was sent; fails the statement whose text is `failing` with `error`.
    final class Recorder: @unchecked Sendable {
        var sent: [String] = []
        var failing: String?
        var error: any Error = CancellationError()
        var rows: [String: [[String?]]] = [:]

        func send(_ sql: String) throws -> [[String?]] {
            sent.append(sql)
            if sql == failing { throw error }
            return rows[sql] ?? []
        }
    }

    static let transactional = TransactionalScript.Engine(name: "Engine", rollsBackDDL: true)
    static let autocommitting = TransactionalScript.Engine(name: "Autocommit", rollsBackDDL: false, begin: "start transaction")

    static func statements(_ texts: [String], kind: SQLStatement.Kind = .createTable) -> [SQLStatement] {
        texts.map { SQLStatement(unsafeSQL: $0, kind: kind) }
    }

    static let script = [SQLStatement(unsafeSQL: "pragma off", kind: .session)] + statements(["a", "b", "c"])
        + [SQLStatement(unsafeSQL: "pragma on", kind: .session)]

    @Test("any error, not only a SchemaError, rolls back and restores the session")
    func rollsBackOnAnyError() async throws {
        let recorder = Recorder()
        recorder.failing = "b"
        let error = try await #require(throws: SchemaError.self) {
            try await TransactionalScript.run(Self.script, transactional: true, engine: Self.transactional, send: recorder.send)
        }
        #expect(recorder.sent == ["pragma off", "begin", "a", "b", "rollback", "pragma on"])
        #expect(error.code == .statementFailed)
        #expect(error.message.hasPrefix("Statement 2 of 3 failed: Engine statement failed: CancellationError()"))
        #expect(error.message.hasSuffix("(the transaction was rolled back; 1 earlier statement(s) undone)"))
        #expect(error.appliedStatements.isEmpty)
    }

    @Test("a session setting between transactional statements is refused before anything runs")
    func sessionStatementInTheMiddle() async throws {
        let recorder = Recorder()
        let statements = Self.statements(["a"]) + [SQLStatement(unsafeSQL: "pragma off", kind: .session)] + Self.statements(["b", "c"])
        let error = try await #require(throws: SchemaError.self) {
            try await TransactionalScript.run(statements, transactional: true, engine: Self.transactional, send: recorder.send)
        }
        #expect(recorder.sent.isEmpty)
        #expect(error.code == .invalidConfiguration)
        #expect(error.message.hasPrefix("Engine statement `pragma off` (statement 2 of 4) is a session setting between other statements"),
                "\(error.message)")
        // Without a transaction it runs where it stands.
        try await TransactionalScript.run(statements, transactional: false, engine: Self.transactional, send: recorder.send)
        #expect(recorder.sent == ["a", "pragma off", "b", "c"])
    }

    @Test("script text gets the requirements its dialect gives the same statements, however spelled")
    func scriptStatements() {
        let sqlite = SQLiteDialect()
        for text in ["pragma foreign_keys = off", "PRAGMA foreign_keys=OFF", "pragma main.foreign_keys = 0", "/* x */ Pragma Foreign_Keys = ON"] {
            #expect(sqlite.scriptStatement(text).requirements.placement == .session, "\(text)")
        }
        #expect(sqlite.scriptStatement("PRAGMA foreign_key_check").requirements.failsWhenRowsReturned != nil)
        #expect(sqlite.scriptStatement("drop table \"pragma\"").requirements == .init())
        let postgres = PostgreSQLDialect()
        #expect(postgres.scriptStatement("SET session_replication_role='replica'").requirements.placement == .session)
        #expect(postgres.scriptStatement("set search_path = x").requirements.placement == .transaction)
        #expect(MySQLDialect().scriptStatement("SET FOREIGN_KEY_CHECKS=0").requirements.placement == .session)
    }

    @Test("a failed rollback (the connection is gone) still reports the failure")
    func rollbackFails() async throws {
        let statements = Self.statements(["a"])
        let log = Recorder()
        let error = try await #require(throws: SchemaError.self) {
            try await TransactionalScript.run(statements, transactional: true, engine: Self.transactional) { sql in
                log.sent.append(sql)
                if sql != "begin" { throw SchemaError(.statementFailed, "connection closed") }
                return []
            }
        }
        #expect(log.sent == ["begin", "a", "rollback"])
        #expect(error.message == "Statement 1 of 1 failed: connection closed\n  (the transaction was rolled back; 0 earlier statement(s) undone)")
    }

    @Test("where DDL cannot roll back, a failure lists what stays applied")
    func autocommitReportsApplied() async throws {
        let recorder = Recorder()
        recorder.failing = "c"
        recorder.error = SchemaError(.statementFailed, "duplicate")
        let error = try await #require(throws: SchemaError.self) {
            try await TransactionalScript.run(Self.script, transactional: true, engine: Self.autocommitting, send: recorder.send)
        }
        #expect(recorder.sent == ["pragma off", "a", "b", "c", "pragma on"])
        #expect(error.message == "Statement 3 of 3 failed; the 2 statements before it ran and stay applied (Autocommit cannot roll back DDL): duplicate")
        #expect(error.appliedStatements == ["a", "b"])
    }

    @Test("statements that change rows only run in a transaction even there")
    func rowsOnlyTransaction() async throws {
        let recorder = Recorder()
        try await TransactionalScript.run(Self.statements(["delete x", "delete y"], kind: .deleteRows), transactional: true,
                                          engine: Self.autocommitting, send: recorder.send)
        #expect(recorder.sent == ["start transaction", "delete x", "delete y", "commit"])
    }

    @Test("a check that returns rows fails the script, saying what they mean")
    func checkFails() async throws {
        let recorder = Recorder()
        recorder.rows["check"] = [["book", "7", nil]]
        let check = SQLStatement(unsafeSQL: "check", kind: .verify, requirements: .init(failsWhenRowsReturned: "orphans"))
        let error = try await #require(throws: SchemaError.self) {
            try await TransactionalScript.run(Self.statements(["a"]) + [check], transactional: true, engine: Self.transactional,
                                              send: recorder.send)
        }
        #expect(recorder.sent == ["begin", "a", "check", "rollback"])
        #expect(error.message.hasPrefix("Statement 2 of 2 failed: Engine check `check` failed: orphans: (book, 7, null)"))
    }

    @Test("a clean run commits")
    func commits() async throws {
        let recorder = Recorder()
        try await TransactionalScript.run(Self.script, transactional: true, engine: Self.transactional, send: recorder.send)
        #expect(recorder.sent == ["pragma off", "begin", "a", "b", "c", "commit", "pragma on"])
    }

    @Test("inside the caller's open transaction: no begin or commit sent; a failure says the lock's transaction rolls back")
    func openTransaction() async throws {
        let recorder = Recorder()
        try await TransactionalScript.run(Self.script, transactional: true, engine: Self.transactional, inOpenTransaction: true,
                                          send: recorder.send)
        #expect(recorder.sent == ["pragma off", "a", "b", "c", "pragma on"])

        let failing = Recorder()
        failing.failing = "b"
        failing.error = SchemaError(.statementFailed, "b broke")
        let error = await #expect(throws: SchemaError.self) {
            try await TransactionalScript.run(Self.script, transactional: true, engine: Self.transactional, inOpenTransaction: true,
                                              send: failing.send)
        }
        #expect(error?.message == "Statement 3 of 5 failed: b broke\n  (the schema lock's transaction is rolled back; 2 earlier statement(s) undone)")
        #expect(error?.appliedStatements == [])
        #expect(failing.sent == ["pragma off", "a", "b"])
    }

    @Test("an open transaction on an engine that commits DDL is refused, nothing sent")
    func openTransactionNeedsRollback() async throws {
        let recorder = Recorder()
        let error = await #expect(throws: SchemaError.self) {
            try await TransactionalScript.run(Self.script, transactional: true, engine: Self.autocommitting, inOpenTransaction: true,
                                              send: recorder.send)
        }
        #expect(error?.code == .invalidConfiguration)
        #expect(recorder.sent.isEmpty)
    }

    @Test("standalone statements run outside the transaction: retried after a lock timeout, respelled when an algorithm is refused")
    func standalone() async throws {
        let engine = TransactionalScript.Engine(name: "Engine", rollsBackDDL: true, lockTimeoutCodes: ["LOCK"], unsupportedAlgorithmCodes: ["ALGO"])
        var waits = SQLStatement(unsafeSQL: "waits", kind: .createIndex)
        waits.requirements.placement = .standalone
        waits.requirements.lockTimeoutRetries = 2
        var respelled = SQLStatement(unsafeSQL: "instant", kind: .alterTable)
        respelled.requirements.placement = .standalone
        respelled.requirements.alternatives = ["inplace"]
        let script = Self.statements(["a"]) + [waits, respelled] + Self.statements(["b"])
        final class Server: @unchecked Sendable {
            var sent: [String] = []
            var timeouts = 2
            func send(_ sql: String) throws -> [[String?]] {
                sent.append(sql)
                func refusal(_ code: String) -> SchemaError {
                    var error = SchemaError(.statementFailed, "refused \(sql)")
                    error.serverCode = code
                    return error
                }
                if sql == "waits", timeouts > 0 { timeouts -= 1; throw refusal("LOCK") }
                if sql == "instant" { throw refusal("ALGO") }
                return []
            }
        }
        let server = Server()
        try await TransactionalScript.run(script, transactional: true, engine: engine, send: server.send)
        #expect(server.sent == ["begin", "a", "commit", "waits", "waits", "waits", "instant", "inplace", "begin", "b", "commit"])

        // Past its retries, the lock timeout stands, and what committed before it is reported.
        let stubborn = Server()
        stubborn.timeouts = 5
        let error = await #expect(throws: SchemaError.self) {
            try await TransactionalScript.run(script, transactional: true, engine: engine, send: stubborn.send)
        }
        #expect(error?.serverCode == "LOCK")
        #expect(error?.appliedStatements == ["a"])
        #expect(stubborn.sent == ["begin", "a", "commit", "waits", "waits", "waits"])
    }
}
