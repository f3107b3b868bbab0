import Foundation
import SchemaKitCore
import Testing

/// Rows that would make changes fail or be lost, counted before anything runs, on every engine.
@Suite("preflight on live databases")
struct PreflightTests {
    static func author(after: Bool) -> EntitySchema {
        let id = PropertySchema(name: "id", type: .integer, primary: true)
        guard after else {
            return EntitySchema(name: "Author", properties: [
                id,
                PropertySchema(name: "name", type: .string, length: 100, nullable: true),
                PropertySchema(name: "email", type: .string, nullable: true),
                PropertySchema(name: "code", type: .string, length: 20, nullable: true),
                PropertySchema(name: "score", type: .bigint, nullable: true),
                PropertySchema(name: "bio", type: .text, nullable: true),
            ])
        }
        return EntitySchema(name: "Author", properties: [
            id,
            PropertySchema(name: "name", type: .string, length: 100),
            PropertySchema(name: "email", type: .string, nullable: true, unique: true),
            PropertySchema(name: "code", type: .string, length: 5, nullable: true),
            PropertySchema(name: "score", type: .integer, nullable: true),
        ], checks: [CheckDefinition(name: "author_score_positive", expression: "score >= 0")])
    }

    static func book(after: Bool) -> EntitySchema {
        EntitySchema(name: "Book", properties: [
            PropertySchema(name: "id", type: .integer, primary: true),
            PropertySchema(name: "title", type: .string),
            after ? PropertySchema(name: "author", nullable: true, relation: RelationSchema(.manyToOne, target: "Author"))
                : PropertySchema(name: "authorId", type: .integer, nullable: true),
        ])
    }

    static let oldLog = EntitySchema(name: "OldLog", properties: [
        PropertySchema(name: "id", type: .integer, primary: true), PropertySchema(name: "note", type: .string, nullable: true),
    ])

    static let rows = [
        "insert into author (id, name, email, code, score, bio) values (1, 'Ann', 'a@x', 'abcdef', 5, 'one'), "
            + "(2, null, 'a@x', 'ab', -3, 'two'), (3, null, 'c@x', 'ab', 3000000000, null), (4, 'Dan', null, null, null, 'four')",
        "insert into book (id, title, author_id) values (1, 'T1', 1), (2, 'T2', 99)",
        "insert into old_log (id, note) values (1, 'a'), (2, 'b'), (3, null), (4, 'd')",
    ]

    @Test("every kind of finding is counted and named; --run's update refuses and applies nothing; fixed rows let it through",
          arguments: EvolutionTests.engines)
    func findings(engine: EvolutionTests.Engine) async throws {
        try await EvolutionTests.withScratch(engine) { scratch in
            let database = scratch.database
            let before = SchemaGenerator.on(database, [Self.author(after: false), Self.book(after: false), Self.oldLog])
            try await before.createSchema()
            try await database.execute(Self.rows.map { SQLStatement(unsafeSQL: $0, kind: .copyRows) }, transactional: true)
            let generator = SchemaGenerator.on(database, [Self.author(after: true), Self.book(after: true)])

            let report = try await generator.preflight()
            let found = Dictionary(report.findings.map { ("\($0.kind.rawValue) \($0.table.name).\($0.subject ?? "")", $0) }) { a, _ in a }
            var expected: [String: Int] = [
                "nullsInNotNullColumn author.name": 2,
                "duplicateValues author.author_email_unique": 1,
                "checkViolated author.author_score_positive": 1,
                "droppedColumnValues author.bio": 3,
                "orphanedRows book.book_author_id_foreign": 1,
                "droppedTableRows old_log.": 4,
            ]
            if engine != .sqlite {
                // SQLite enforces neither lengths nor integer sizes: nothing to fail there.
                expected["valuesTooLong author.code"] = 1
                expected["valuesOutOfRange author.score"] = 1
            }
            #expect(found.mapValues(\.count) == expected, "\(report)")
            #expect(report.unchecked.isEmpty, "\(report.unchecked)")
            #expect(found["nullsInNotNullColumn author.name"]?.sample == ["2", "3"])
            #expect(found["orphanedRows book.book_author_id_foreign"]?.sample == ["2"])
            #expect(found["duplicateValues author.author_email_unique"]?.sample == ["a@x"])
            #expect(found["nullsInNotNullColumn author.name"]?.description
                    == "set not null on \(database.dialect.quoteIdentifier("author")).\(database.dialect.quoteIdentifier("name")) would fail: 2 rows hold null (2, 3)")
            #expect(found["droppedColumnValues author.bio"]?.description.hasSuffix("loses 3 non-null values") == true)

            // The update refuses before any statement: schema and rows as they were.
            let schemaBefore = try await database.introspect(.init())
            let error = await #expect(throws: SchemaError.self) { try await generator.updateSchema(.init(wrap: false)) }
            #expect(error?.code == .preflightFailed)
            #expect(error?.message.contains("would fail: 2 rows hold null (2, 3)") == true, "\(error?.message ?? "")")
            #expect(error?.preflight?.failing.count == expected.count - 2)
            #expect(try await database.introspect(.init()) == schemaBefore)
            #expect(try await database.rows("select count(*) from author") == [["4"]])

            // Rows fixed: only the losses remain, reported, and the update goes through.
            try await database.execute([
                "update author set name = 'Bea', email = 'b@x', score = 3, code = 'ab' where id = 2",
                "update author set name = 'Cy', score = 7 where id = 3",
                "update author set code = 'abc' where id = 1",
                "update book set author_id = 1 where id = 2",
            ].map { SQLStatement(unsafeSQL: $0, kind: .copyRows) }, transactional: true)
            let fixed = try await generator.preflight()
            #expect(fixed.failing.isEmpty, "\(fixed)")
            #expect(Set(fixed.losing.map(\.kind)) == [.droppedColumnValues, .droppedTableRows])
            #expect(try await generator.updateSchema(.init(wrap: false)) != .upToDate)
            #expect(try await generator.schemaDifference().isEmpty)
            #expect(try await database.rows("select count(*) from author") == [["4"]])
            #expect(try await generator.preflight().isEmpty)
        }
    }

    @Test("enum values removed while rows hold them", arguments: EvolutionTests.engines)
    func removedEnumValues(engine: EvolutionTests.Engine) async throws {
        try await EvolutionTests.withScratch(engine) { scratch in
            let database = scratch.database
            let ticket = { (items: [String]) in
                EntitySchema(name: "Ticket", properties: [
                    PropertySchema(name: "id", type: .integer, primary: true),
                    PropertySchema(name: "state", type: .enumeration, enumItems: items),
                ])
            }
            try await SchemaGenerator.on(database, [ticket(["open", "closed", "spam"])]).createSchema()
            try await database.execute([SQLStatement(unsafeSQL: "insert into ticket (id, state) values (1, 'open'), (2, 'spam'), (3, 'spam')",
                                                     kind: .copyRows)], transactional: true)
            let generator = SchemaGenerator.on(database, [ticket(["open", "closed"])])
            let report = try await generator.preflight()
            #expect(report.failing.count == 1, "\(report)")
            #expect(report.failing.first.map { [.enumValuesInUse, .checkViolated].contains($0.kind) } == true, "\(report)")
            #expect(report.failing.first?.count == 2, "\(report)")
            #expect(report.failing.first?.sample == ["2", "3"], "\(report)")
            await #expect(throws: SchemaError.self) { try await generator.updateSchema(.init(wrap: false)) }
            #expect(try await database.rows("select count(*) from ticket where state = 'spam'") == [["2"]])
        }
    }

    @Test("a new not-null column without a default fails on a table with rows, and is counted, where the engine refuses it",
          arguments: EvolutionTests.engines.filter { $0 == .postgresql })
    func notNullColumnWithoutDefault(engine: EvolutionTests.Engine) async throws {
        try await EvolutionTests.withScratch(engine) { scratch in
            let database = scratch.database
            let note = { (extra: [PropertySchema]) in
                EntitySchema(name: "Note", properties: [PropertySchema(name: "id", type: .integer, primary: true)] + extra)
            }
            try await SchemaGenerator.on(database, [note([])]).createSchema()
            try await database.execute([SQLStatement(unsafeSQL: "insert into note (id) values (1), (2)", kind: .copyRows)], transactional: true)
            let generator = SchemaGenerator.on(database, [note([PropertySchema(name: "rank", type: .integer)])])
            let report = try await generator.preflight()
            #expect(report.failing.map(\.kind) == [.rowsWithoutValue])
            #expect(report.failing.first?.count == 2)
        }
    }
}
