import Foundation
import SchemaKitCore
import SQLiteNIO

extension SQLiteSchemaDatabase {
    /// Runs `body` inside one `begin immediate` transaction: SQLite's write lock, held from the
    /// read of the schema to the end of the apply, so no other connection can change the file
    /// in between. Everything `body` executes commits or rolls back as one.
    ///
    /// SQLite ignores `pragma foreign_keys` inside a transaction, and a table rebuild must run
    /// with foreign keys off (dropping the old table would otherwise delete or cascade into its
    /// children's rows), so the switch goes off before `begin` and back on after the end. Keys
    /// stay enforced all the same: before committing, `pragma foreign_key_check` runs over
    /// every table the applied statements named (over all tables when a statement came as text
    /// naming none), and rows that break a key roll everything back, listed in the error.
    ///
    /// The wait for another connection's write lock is `timeout` (`pragma busy_timeout`, put
    /// back afterwards).
    public func withSchemaLock<T: Sendable>(waitingAtMost timeout: Duration, _ body: @Sendable () async throws -> T) async throws -> T {
        if SchemaLock.isHeld(self) { return try await body() }
        return try await lock.withLock {
            let foreignKeys = try await self.query("pragma foreign_keys").first.flatMap { Self.text($0).first ?? nil } == "1"
            let busyTimeout = try await self.query("pragma busy_timeout").first.flatMap { Self.text($0).first ?? nil } ?? "0"
            if foreignKeys { try await self.run("pragma foreign_keys = off") }
            do {
                try await self.begin(waitingAtMost: timeout, restoringBusyTimeout: busyTimeout)
            } catch {
                if foreignKeys { try? await self.run("pragma foreign_keys = on") }
                throw error
            }
            let transaction = SQLiteLockTransaction(database: ObjectIdentifier(self), checksForeignKeys: foreignKeys)
            do {
                let result = try await Self.$openLock.withValue(transaction) {
                    try await SchemaLock.holding(self) { try await body() }
                }
                try await self.checkForeignKeys(of: transaction)
                try await self.run("commit")
                if foreignKeys { try await self.run("pragma foreign_keys = on") }
                return result
            } catch {
                _ = try? await self.run("rollback")
                if foreignKeys { _ = try? await self.run("pragma foreign_keys = on") }
                throw error
            }
        }
    }

    /// `begin immediate`, waiting at most `timeout` for another connection's write lock.
    private func begin(waitingAtMost timeout: Duration, restoringBusyTimeout previous: String) async throws {
        let (seconds, attoseconds) = timeout.components
        try await run("pragma busy_timeout = \(max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000))")
        do {
            try await run("begin immediate")
            try await run("pragma busy_timeout = \(Int(previous) ?? 0)")
        } catch let error as SchemaError {
            try? await run("pragma busy_timeout = \(Int(previous) ?? 0)")
            if let reason = (error.underlying as? SQLiteError)?.reason, reason == .busy || reason == .locked {
                throw SchemaLock.timeout(engine: "SQLite", database: path, waited: timeout,
                                         holder: "another connection holds its write lock")
            }
            throw error
        }
    }

    /// The foreign key check before the lock's transaction commits, when keys were on.
    private func checkForeignKeys(of transaction: SQLiteLockTransaction) async throws {
        guard transaction.checksForeignKeys else { return }
        let (tables, everything) = transaction.touched
        guard everything || !tables.isEmpty else { return }
        var checks: [String]
        if everything {
            checks = ["pragma foreign_key_check"]
        } else {
            // A table dropped by the apply has nothing left to check.
            let existing = Set(try await query("select name from sqlite_master where type = 'table'").compactMap { Self.text($0).first ?? nil }
                .map { $0.lowercased() })
            checks = tables.sorted().filter { existing.contains($0.lowercased()) }
                .map { "pragma foreign_key_check(\(dialect.quoteIdentifier($0)))" }
        }
        for check in checks {
            let rows = try await query(check).map(Self.text)
            guard !rows.isEmpty else { continue }
            let shown = rows.prefix(5).map { "(" + $0.map { $0 ?? "null" }.joined(separator: ", ") + ")" }.joined(separator: "; ")
            throw SchemaError(.statementFailed, """
                SQLite check `\(check)` failed: rows would break a foreign key (table, rowid, parent, key): \(shown)\
                \(rows.count > 5 ? " (and \(rows.count - 5) more)" : ""); the transaction was rolled back, nothing was applied
                """)
        }
    }

    /// The lock's transaction the current task runs in, if any: ``execute(_:transactional:)``
    /// runs inside it instead of opening its own.
    @TaskLocal static var openLock: SQLiteLockTransaction?

    /// The lock's transaction the current task runs in on this database.
    var openLockTransaction: SQLiteLockTransaction? {
        guard let transaction = Self.openLock, transaction.database == ObjectIdentifier(self) else { return nil }
        return transaction
    }
}

/// What a schema lock's transaction has applied so far: the tables to check before commit.
final class SQLiteLockTransaction: @unchecked Sendable {
    let database: ObjectIdentifier
    let checksForeignKeys: Bool
    // `tables` and `everything` are only touched under `stateLock`.
    private let stateLock = NSLock()
    private var tables: Set<String> = []
    private var everything = false

    init(database: ObjectIdentifier, checksForeignKeys: Bool) {
        self.database = database
        self.checksForeignKeys = checksForeignKeys
    }

    /// Notes the tables statements name; a statement naming none (text) means every table.
    func record(_ statements: [SQLStatement]) {
        stateLock.withLock {
            for statement in statements where statement.kind != .session && statement.kind != .verify {
                if let table = statement.table { tables.insert(table.name) } else { everything = true }
            }
        }
    }

    var touched: (tables: Set<String>, everything: Bool) { stateLock.withLock { (tables, everything) } }
}
