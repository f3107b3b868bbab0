import Foundation
import SchemaKitCore
import SchemaKitTestFixtures
import Testing

/// Online updates on live servers: every scenario converges with its rows (or, on MariaDB, is
/// refused by name when the engine would copy the table), and a writer keeps committing while
/// an index is built and keys are validated on a large table.
@Suite("online updates on live databases")
struct OnlineTests {
    static var serverEngines: [EvolutionTests.Engine] { EvolutionTests.engines.filter { $0 != .sqlite } }

    @Test("each kind of change, applied online, converges with rows in place", arguments: serverEngines)
    func scenarios(engine: EvolutionTests.Engine) async throws {
        var refused: [String] = []
        try await EvolutionTests.withScratch(engine) { scratch in
            for scenario in EvolutionFixtures.all {
                var options = scenario.options
                options.online = OnlineOptions(lockTimeout: .seconds(2), retries: 2)
                if engine == .mariadb {
                    let reason = try await Self.refusal(scenario, options, on: scratch.database)
                    try await scratch.reset()
                    if let reason {
                        // MariaDB would copy the table for it: refused by name, and the plain
                        // update still finishes what the online one began.
                        refused.append("\(scenario.name): \(reason)")
                        continue
                    }
                }
                let evolution = Evolution(before: scenario.before, after: scenario.after, options: options,
                                          convergesToTarget: scenario.convergesToTarget, label: "\(engine) online \(scenario.name)")
                await evolution.run(on: scratch.database)
                try await scratch.reset()
            }
        }
        print("online on \(engine): \(EvolutionFixtures.all.count - refused.count) of \(EvolutionFixtures.all.count) scenarios applied online; "
              + "refused (would copy the table): \(refused.isEmpty ? "none" : refused.joined(separator: "; "))")
        if engine == .postgresql { #expect(refused.isEmpty) }
        #expect(refused.allSatisfy { $0.contains("cannot apply this change online") }, "\(refused)")
    }

    /// Tries the scenario online; when MariaDB refuses to apply it without copying the table,
    /// checks that the plain update still finishes it and returns the refusal.
    static func refusal(_ scenario: EvolutionFixtures.Scenario, _ options: UpdateSchemaOptions,
                        on database: any SchemaDatabase) async throws -> String? {
        let dialect = database.dialect
        let old = SchemaGenerator.on(database, scenario.before)
        try await old.createSchema()
        try await RowFiller(dialect: dialect).fill(try old.targetSchema(), on: database)
        let new = SchemaGenerator.on(database, scenario.after)
        do {
            try await new.updateSchema(options)
        } catch let error as SchemaError where error.message.contains("online") && error.message.contains("copy the table") {
            var plain = options
            plain.online = nil
            try await new.updateSchema(plain)
            if scenario.convergesToTarget {
                #expect(try await new.schemaDifference(.init(schema: options.schema)).isEmpty, "\(scenario.name): the plain update did not finish it")
            }
            return String(error.message.split(separator: "\n").first { $0.contains("cannot apply") } ?? "")
        }
        return nil
    }

    // MARK: - A writer during the update

    static let rowCount = Int(ProcessInfo.processInfo.environment["SCHEMAKIT_ONLINE_ROWS"] ?? "") ?? 200_000

    static func big(after: Bool, unsignedKeys: Bool) -> [EntitySchema] {
        let id = PropertySchema(name: "id", type: .integer, primary: true)
        return [
            EntitySchema(name: "Parent", properties: [id]),
            EntitySchema(name: "Big", properties: [
                id,
                PropertySchema(name: "value", type: .integer, index: after ? true : nil),
                after ? PropertySchema(name: "ref", nullable: true, relation: RelationSchema(.manyToOne, target: "Parent", deleteRule: .noAction))
                    // The key's type where MySQL makes it unsigned: the update adds the key, nothing else.
                    : PropertySchema(name: "refId", type: .integer, unsigned: unsignedKeys, nullable: true),
            // MySQL and MariaDB only add a check by copying the table: no online check there.
            ], checks: after && !unsignedKeys ? [CheckDefinition(name: "big_value_positive", expression: "value >= 0")] : []),
        ]
    }

    struct WriterFigures: CustomStringConvertible {
        var update: Duration
        var longestWait: Duration
        var commits: Int
        var description: String {
            "update \(Self.ms(update)), writer's longest wait \(Self.ms(longestWait)) over \(commits) commits"
        }
        static func ms(_ duration: Duration) -> String {
            let (seconds, attoseconds) = duration.components
            return "\(seconds * 1000 + attoseconds / 1_000_000_000_000_000) ms"
        }
    }

    /// Runs `update` while another connection inserts one row per statement as fast as it can.
    static func withWriter(_ writer: any SchemaDatabase, dialect: any SQLDialect,
                           _ update: () async throws -> Void) async throws -> WriterFigures {
        let insert = dialect.sql("insert into \(table: QualifiedName("big")) (\(id: "value"), \(id: "ref_id")) values (1, 1)")
        let clock = ContinuousClock()
        let writing = Task { () -> (Duration, Int) in
            var longest = Duration.zero, commits = 0
            while !Task.isCancelled {
                let start = clock.now
                _ = try await writer.rows(insert)
                longest = max(longest, clock.now - start)
                commits += 1
            }
            return (longest, commits)
        }
        try await Task.sleep(for: .milliseconds(200))
        let start = clock.now
        do {
            try await update()
        } catch {
            writing.cancel()
            _ = try? await writing.value
            throw error
        }
        let took = clock.now - start
        try await Task.sleep(for: .milliseconds(200))
        writing.cancel()
        let (longest, commits) = try await writing.value
        return WriterFigures(update: took, longestWait: longest, commits: commits)
    }

    @Test("a writer keeps committing while an index is built and keys are validated online; plain, it waits",
          arguments: serverEngines)
    func writerWaits(engine: EvolutionTests.Engine) async throws {
        try await EvolutionTests.withScratch(engine) { scratch in
            let database = scratch.database
            let dialect = database.dialect
            let before = SchemaGenerator.on(database, Self.big(after: false, unsignedKeys: engine == .mariadb))
            let after = SchemaGenerator.on(database, Self.big(after: true, unsignedKeys: engine == .mariadb))
            try await before.createSchema()
            let series = engine == .postgresql ? "generate_series(1, \(Self.rowCount)) as s(seq)" : "seq_1_to_\(Self.rowCount)"
            try await database.execute([
                SQLStatement(unsafeSQL: dialect.sql("insert into \(table: QualifiedName("parent")) (\(id: "id")) values (1)"), kind: .copyRows),
                SQLStatement(unsafeSQL: dialect.sql(
                    "insert into \(table: QualifiedName("big")) (\(id: "value"), \(id: "ref_id")) select seq, 1 from \(raw: series)"),
                             kind: .copyRows),
            ], transactional: true)
            let writer = try await SchemaLockTests.secondConnection(to: scratch, engine)
            let plain = try await Self.withWriter(writer, dialect: dialect) { try await after.updateSchema(.init(wrap: false)) }
            #expect(try await after.schemaDifference().isEmpty)
            try await before.updateSchema(.init(wrap: false))
            let online = try await Self.withWriter(writer, dialect: dialect) {
                try await after.updateSchema(.init(wrap: false, online: OnlineOptions()))
            }
            #expect(try await after.schemaDifference().isEmpty)
            try await writer.close()
            print("writer on \(engine), \(Self.rowCount) rows (index, foreign key\(engine == .postgresql ? ", check" : "")): plain: \(plain); online: \(online)")
            #expect(online.commits > 0)
            #expect(online.longestWait < plain.longestWait, "plain: \(plain); online: \(online)")
        }
    }

    @Test("online: a statement that times out waiting for a lock is tried again, and gives up after its retries, naming the wait",
          arguments: serverEngines)
    func lockTimeoutRetries(engine: EvolutionTests.Engine) async throws {
        try await EvolutionTests.withScratch(engine) { scratch in
            let database = scratch.database
            let dialect = database.dialect
            let note = { (extra: [PropertySchema]) in
                [EntitySchema(name: "Note", properties: [PropertySchema(name: "id", type: .integer, primary: true)] + extra)]
            }
            try await SchemaGenerator.on(database, note([])).createSchema()
            let after = SchemaGenerator.on(database, note([PropertySchema(name: "body", type: .text, nullable: true)]))
            let holder = try await SchemaLockTests.secondConnection(to: scratch, engine)
            let table = dialect.sql("\(table: QualifiedName("note"))")
            // An open transaction that read the table holds a lock the `alter table` must wait for.
            let (begin, read) = engine == .postgresql ? ("begin", "lock table \(table) in access share mode") : ("start transaction", "select * from \(table)")
            func holdLock() async throws {
                try await holder.execute([SQLStatement(unsafeSQL: begin, kind: .session)], transactional: false)
                _ = try await holder.rows(read)
            }
            func release() async throws { _ = try await holder.rows("rollback") }

            // Held for about 2.5 s: a 1 s wait, tried again up to 5 times, gets through.
            try await holdLock()
            let releasing = Task {
                try await Task.sleep(for: .milliseconds(2500))
                try await release()
            }
            let clock = ContinuousClock(), start = clock.now
            try await after.updateSchema(.init(wrap: false, online: OnlineOptions(lockTimeout: .seconds(1), retries: 5)))
            let waited = clock.now - start
            try await releasing.value
            #expect(waited >= .milliseconds(2000), "applied after \(waited) though the lock was held for 2.5 s")
            #expect(try await after.schemaDifference().isEmpty)

            // Held past every retry: the update fails, naming the lock wait, and nothing of it stays.
            let third = SchemaGenerator.on(database, note([PropertySchema(name: "body", type: .text, nullable: true),
                                                           PropertySchema(name: "title", type: .string, nullable: true)]))
            try await holdLock()
            let error = await #expect(throws: SchemaError.self) {
                try await third.updateSchema(.init(wrap: false, online: OnlineOptions(lockTimeout: .seconds(1), retries: 1)))
            }
            try await release()
            #expect(error?.serverCode == (engine == .postgresql ? "55P03" : "1205"), "\(error?.message ?? "")")
            #expect(error?.message.lowercased().contains("lock wait") == true || error?.message.contains("lock timeout") == true, "\(error?.message ?? "")")
            #expect(try await after.schemaDifference().isEmpty, "the failed online statement left a change behind")
            try await holder.close()
        }
    }

    @Test("PostgreSQL online: the invalid index an interrupted concurrent build left is dropped and built again",
          arguments: serverEngines.filter { $0 == .postgresql })
    func invalidIndexLeftover(engine: EvolutionTests.Engine) async throws {
        try await EvolutionTests.withScratch(engine) { scratch in
            let database = scratch.database
            let note = { (unique: Bool) in
                SchemaGenerator.on(database, [EntitySchema(name: "Note", properties: [
                    PropertySchema(name: "id", type: .integer, primary: true),
                    PropertySchema(name: "code", type: .string, nullable: true, unique: unique ? true : nil),
                ])])
            }
            try await note(false).createSchema()
            _ = try await database.rows(#"insert into "note" ("id", "code") values (1, 'a'), (2, 'a')"#)
            // A concurrent build that fails (here on the duplicate) leaves an invalid index behind.
            await #expect(throws: SchemaError.self) {
                try await database.execute([SQLStatement(unsafeSQL: #"create unique index concurrently "note_code_unique" on "note" ("code")"#,
                                                         kind: .createIndex, requirements: .init(placement: .standalone))],
                                           transactional: true)
            }
            #expect(try await database.rows("select indisvalid::text from pg_index where indexrelid = 'note_code_unique'::regclass") == [["false"]])
            _ = try await database.rows(#"update "note" set "code" = 'b' where "id" = 2"#)

            let generator = note(true)
            let script = try generator.updateSchemaScript(from: try await generator.introspect(), .init(wrap: false, online: OnlineOptions()))
            #expect(script.text.contains(#"drop index concurrently if exists "note_code_unique";"#), "\(script.text)")
            try await generator.updateSchema(.init(wrap: false, online: OnlineOptions()))
            #expect(try await generator.schemaDifference().isEmpty)
            #expect(try await database.rows("select indisvalid::text from pg_index where indexrelid = 'note_code_unique'::regclass") == [["true"]])
        }
    }
}
