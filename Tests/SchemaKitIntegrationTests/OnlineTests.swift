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
}
