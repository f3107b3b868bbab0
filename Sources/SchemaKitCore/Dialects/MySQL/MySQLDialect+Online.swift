extension MySQLDialect {
    /// Online statements are planned as usual; ``onlineScript(_:_:)`` picks their algorithm.
    public func online(_ options: OnlineOptions) throws -> any SQLDialect { self }

    /// Each `alter table` tried with `algorithm=instant` (a change of metadata only), then with
    /// `algorithm=inplace, lock=none` (built beside the rows while writes go on); when the
    /// engine refuses both, the change needs a copy of the table and the update stops there,
    /// naming it. Every statement waits at most `lock_wait_timeout` for the table's metadata
    /// lock and is tried again when it times out. Foreign key checks are off meanwhile, which
    /// MySQL demands to add a key in place: the preflight counts the rows that would break a
    /// new key beforehand and refuses the update when there are any.
    ///
    /// ```sql
    /// -- lock: none: tries algorithm=instant, then algorithm=inplace, lock=none; refuses to copy the table
    /// alter table `book` add `isbn` varchar(13) null, algorithm=instant;
    /// ```
    public func onlineScript(_ script: SQLScript, _ options: OnlineOptions) -> SQLScript {
        guard !script.isEmpty else { return script }
        // Whole seconds, at least one: the variable takes no fraction.
        let seconds = max(1, (options.lockTimeoutMilliseconds + 999) / 1000)
        var result = SQLScript()
        // Foreign keys are added in place only with checks off; the preflight has counted the
        // rows that would break them (and refused the update if there were any).
        result.append([statement("set session lock_wait_timeout = \(raw: String(seconds))", .session),
                       statement("set session foreign_key_checks = 0", .session)])
        for group in script.groups {
            result.append(group.map { statement in
                let lowered = statement.sql.lowercased()
                guard lowered.hasPrefix("alter table ") else {
                    return statement.online(options, note: statement.kind == .createTable ? "none on existing tables" : "metadata lock, brief")
                }
                // A partition clause ends the statement and copies the table whatever it says.
                if lowered.contains(" partition by ") || lowered.hasSuffix(" remove partitioning") {
                    return statement.online(options, note: "copies the table (partitioning): run it in a quiet window")
                }
                let instant = SQLStatement(statement.fragment + ", algorithm=instant", quotedBy: self, kind: statement.kind,
                                           table: statement.table, isDestructive: statement.isDestructive,
                                           requirements: statement.requirements)
                return instant.online(options, note: "none: tries algorithm=instant, then algorithm=inplace, lock=none; refuses to copy the table",
                                      alternatives: [statement.sql + ", algorithm=inplace, lock=none"])
            })
        }
        result.append([statement("set session foreign_key_checks = 1", .session),
                       statement("set session lock_wait_timeout = default", .session)])
        return result
    }
}
