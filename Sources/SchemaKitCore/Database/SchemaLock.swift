/// The database-wide lock that lets one SchemaKit run at a time change a database's schema.
///
/// Every applying operation of ``SchemaGenerator`` (create, update, drop, fresh, execute) takes
/// it, reads the schema again once it has it, and applies only what is still missing: N
/// processes started together at a deployment end with one applying and the others finding
/// the schema up to date. The wait is bounded (``SchemaGeneratorOptions/schemaLockTimeout``);
/// past it the run fails with ``SchemaError/Code/timedOut`` naming who holds the lock where
/// the engine tells.
///
/// | engine | lock | held by |
/// |---|---|---|
/// | PostgreSQL | `pg_try_advisory_lock(``postgresKey``)`, polled | the session; released at the end or when it disconnects |
/// | MySQL, MariaDB | `get_lock('schemakit:<database>', seconds)` | the session; released at the end or when it disconnects |
/// | SQLite | `begin immediate` around the read and the apply | the transaction: the apply commits or rolls back as one |
///
/// A driver implements ``SchemaDatabase/withSchemaLock(waitingAtMost:_:)``; the lock is
/// re-entrant within a task, so an operation run under the lock by its caller does not wait
/// on itself.
public enum SchemaLock {
    /// The advisory lock key on PostgreSQL: the ASCII bytes of `schemaki`. Advisory locks are
    /// per database, so one key serves every database of a server.
    public static let postgresKey: Int64 = 0x7363_6865_6D61_6B69

    /// The `get_lock` name on MySQL and MariaDB, where lock names are server-wide: one per
    /// database, within the server's 64-character limit.
    public static func mySQLName(database: String) -> String {
        let name = "schemakit:" + database
        guard name.utf8.count > 64 else { return name }
        // FNV-1a keeps distinct long names distinct past the cut.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in database.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let suffix = String(hash, radix: 16)
        var prefix = Substring(name)
        while prefix.utf8.count > 64 - suffix.utf8.count - 1 { prefix = prefix.dropLast() }
        return prefix + "#" + suffix
    }

    /// The databases whose schema lock the current task holds.
    @TaskLocal static var held: Set<ObjectIdentifier> = []

    /// Whether the current task (or the task that started it) holds `database`'s lock.
    public static func isHeld(_ database: AnyObject) -> Bool {
        held.contains(ObjectIdentifier(database))
    }

    /// Runs `body` marked as holding `database`'s lock, for drivers: call it once the lock is
    /// taken, so nested operations of the same task run without taking it again.
    public static func holding<T: Sendable>(_ database: AnyObject, _ body: @Sendable () async throws -> T) async throws -> T {
        try await $held.withValue(held.union([ObjectIdentifier(database)])) { try await body() }
    }

    /// The message of a lock wait that ran out.
    static func timeoutMessage(engine: String, database: String, waited: Duration, holder: String?) -> String {
        let seconds = waited.components.seconds
        return """
            Another SchemaKit run is changing the schema of \(engine) database '\(database)'\
            \(holder.map { " (\($0))" } ?? ""): waited \(seconds) s for its lock and gave up; nothing was applied. \
            Run again once it has finished (it may have applied this very update), or wait longer with \
            --lock-timeout / SchemaGeneratorOptions.schemaLockTimeout.
            """
    }

    /// A ``SchemaError/Code/timedOut`` for a lock wait that ran out.
    public static func timeout(engine: String, database: String, waited: Duration, holder: String?) -> SchemaError {
        SchemaError(.timedOut, timeoutMessage(engine: engine, database: database, waited: waited, holder: holder))
    }
}
