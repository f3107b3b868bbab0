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
        let old = SchemaGenerator(SchemaConfiguration(schemas: scenario.before, database: .dialect(dialect)), database: database)
        try await old.createSchema()
        try await RowFiller(dialect: dialect).fill(try old.targetSchema(), on: database)
        let new = SchemaGenerator(SchemaConfiguration(schemas: scenario.after, database: .dialect(dialect)), database: database)
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
            let configuration = { (schemas: [EntitySchema]) in SchemaConfiguration(schemas: schemas, database: .dialect(dialect)) }
            let before = SchemaGenerator(configuration(Self.big(after: false, unsignedKeys: engine == .mariadb)), database: database)
            let after = SchemaGenerator(configuration(Self.big(after: true, unsignedKeys: engine == .mariadb)), database: database)
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
}
