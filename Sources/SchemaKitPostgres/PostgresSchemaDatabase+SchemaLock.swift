import SchemaKitCore

extension PostgresSchemaDatabase {
    /// Runs `body` holding SchemaKit's advisory lock on this database
    /// (`pg_try_advisory_lock(SchemaLock.postgresKey)`, polled until `timeout`), released at the
    /// end whatever happens — and by the server if the connection drops.
    ///
    /// A session-level lock, not a transaction-level one: `body` runs its own transactions (or
    /// batches of them) while it holds the lock.
    public func withSchemaLock<T: Sendable>(waitingAtMost timeout: Duration, _ body: @Sendable () async throws -> T) async throws -> T {
        if SchemaLock.isHeld(self) { return try await body() }
        return try await lock.withLock {
            try await self.acquireSchemaLock(waitingAtMost: timeout)
            do {
                let result = try await SchemaLock.holding(self) { try await body() }
                _ = try await self.query("select pg_advisory_unlock(\(SchemaLock.postgresKey))")
                return result
            } catch {
                // A lost connection released it already.
                _ = try? await self.query("select pg_advisory_unlock(\(SchemaLock.postgresKey))")
                throw error
            }
        }
    }

    /// Polls the advisory lock: 20 ms at first, doubling to 500 ms, until `timeout` has passed.
    private func acquireSchemaLock(waitingAtMost timeout: Duration) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var pause = Duration.milliseconds(20)
        while try await query("select pg_try_advisory_lock(\(SchemaLock.postgresKey))::text").first?.first != "true" {
            let left = deadline - clock.now
            guard left > .zero else {
                throw SchemaLock.timeout(engine: "PostgreSQL", database: url.database, waited: timeout, holder: try? await schemaLockHolder())
            }
            try await Task.sleep(for: min(pause, left))
            pause = min(pause * 2, .milliseconds(500))
        }
    }

    /// Who holds the lock, from `pg_locks` and `pg_stat_activity`: `process 4242 (schemakit) from
    /// 10.0.0.7, connected since 2026-12-01 07:52:10+00`.
    private func schemaLockHolder() async throws -> String? {
        let rows = try await query("""
            select a.pid::text, nullif(a.application_name, ''), host(a.client_addr), \
            to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SSOF') \
            from pg_locks l join pg_stat_activity a on a.pid = l.pid \
            where l.locktype = 'advisory' and l.granted and l.database = (select oid from pg_database where datname = current_database()) \
            and ((l.classid::bigint << 32) | l.objid::bigint) = \(SchemaLock.postgresKey) and l.objsubid = 1
            """)
        guard let row = rows.first, let pid = row[0] else { return nil }
        return "held by process \(pid)" + (row[1].map { " (\($0))" } ?? "") + (row[2].map { " from \($0)" } ?? "")
            + (row[3].map { ", connected since \($0)" } ?? "")
    }
}
