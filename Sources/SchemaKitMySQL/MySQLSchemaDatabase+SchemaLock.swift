import SchemaKitCore

extension MySQLSchemaDatabase {
    /// Runs `body` holding SchemaKit's named lock for this database
    /// (`get_lock('schemakit:<database>', seconds)`: lock names are server-wide), released at
    /// the end whatever happens — and by the server if the connection drops.
    ///
    /// The server does the waiting, in whole seconds (`timeout` rounded up).
    public func withSchemaLock<T: Sendable>(waitingAtMost timeout: Duration, _ body: @Sendable () async throws -> T) async throws -> T {
        if SchemaLock.isHeld(self) { return try await body() }
        let database = connection.database ?? ""
        let name = mySQLDialect.quoteLiteral(SchemaLock.mySQLName(database: database))
        return try await lock.withLock {
            let (seconds, attoseconds) = timeout.components
            let wait = max(0, seconds + (attoseconds > 0 ? 1 : 0))
            let outcome = try await self.connection.query("select get_lock(\(name), \(wait))").first?.first ?? nil
            guard outcome == "1" else {
                guard outcome == "0" else {
                    throw SchemaError(.statementFailed, "MySQL could not take SchemaKit's schema lock \(name) on database '\(database)' (get_lock returned NULL)")
                }
                throw SchemaLock.timeout(engine: "MySQL", database: database, waited: timeout, holder: try? await self.schemaLockHolder(name))
            }
            do {
                let result = try await SchemaLock.holding(self) { try await body() }
                _ = try await self.connection.query("select release_lock(\(name))")
                return result
            } catch {
                _ = try? await self.connection.query("select release_lock(\(name))")
                throw error
            }
        }
    }

    /// Who holds the lock: `connection 42 of app@10.0.0.7`.
    private func schemaLockHolder(_ name: String) async throws -> String? {
        let rows = try await connection.query("""
            select p.id, p.user, p.host from information_schema.processlist p where p.id = is_used_lock(\(name))
            """)
        guard let row = rows.first, let id = row[0] else { return nil }
        return "held by connection \(id)" + (row[1].map { " of \($0)" } ?? "") + (row[2].map { "@\($0)" } ?? "")
    }
}
