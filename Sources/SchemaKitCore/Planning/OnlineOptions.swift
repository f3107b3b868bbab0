/// How an online update (`--online`) applies its changes while the application keeps writing.
///
/// | engine | what changes |
/// |---|---|
/// | PostgreSQL | indexes built and dropped `concurrently` (an invalid index left by an interrupted build is dropped first); foreign keys and checks added `not valid`, then validated; `set not null` through a validated check; every statement committed on its own under `lock_timeout`, tried again when it times out |
/// | MySQL, MariaDB | every `alter table` tried with `algorithm=instant`, then `algorithm=inplace, lock=none`; a change the engine can only make by copying the table is refused, named; statements wait at most `lock_wait_timeout` for the table's metadata lock, tried again when they time out |
/// | SQLite | refused: a change holds the database's one write lock for its whole length whatever is done |
///
/// Online statements are not one transaction: a failure leaves the statements before it
/// applied, and running the update again finishes it (the schema is compared afresh).
///
/// ```swift
/// try await generator.updateSchema(.init(online: OnlineOptions(lockTimeout: .seconds(2), retries: 10)))
/// ```
public struct OnlineOptions: Sendable, Hashable {
    /// How long one statement waits for its table lock before giving up (and being tried again).
    public var lockTimeout: Duration
    /// How many times a statement that gave up waiting is tried again.
    public var retries: Int

    /// A lock wait of `lockTimeout` per statement, tried `retries` more times when it runs out.
    public init(lockTimeout: Duration = .seconds(5), retries: Int = 5) {
        self.lockTimeout = lockTimeout
        self.retries = retries
    }

    /// The lock timeout in whole milliseconds (at least 1).
    public var lockTimeoutMilliseconds: Int64 {
        let (seconds, attoseconds) = lockTimeout.components
        return max(1, seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }
}

extension SQLStatement {
    /// The statement placed on its own (outside any transaction), tried again after a lock
    /// timeout, with the lock it takes noted for the plan.
    func online(_ options: OnlineOptions, note: String, alternatives: [String] = []) -> SQLStatement {
        var statement = self
        guard statement.requirements.placement != .session else { return statement }
        statement.requirements.placement = .standalone
        statement.requirements.lockTimeoutRetries = options.retries
        statement.requirements.lockNote = note
        statement.requirements.alternatives = alternatives
        return statement
    }
}
