import SchemaKitCore
import SchemaKitTestFixtures
import Testing

@Suite("getUpdateSchemaSQL")
struct UpdateSchemaSQLTests {
    static let dialects = CreateSchemaSQLTests.dialects

    static func generator(_ entities: [EntitySchema], _ dialect: any SQLDialect) -> SchemaGenerator {
        SchemaGenerator(SchemaConfiguration(schemas: entities, database: .dialect(dialect)))
    }

    /// The update from `before` to `after`, computed against `before`'s own schema.
    static func updateSQL(_ scenario: EvolutionFixtures.Scenario, _ dialect: any SQLDialect) throws -> String {
        let before = try generator(scenario.before, dialect).targetSchema()
        return try generator(scenario.after, dialect).updateSchemaScript(from: before, scenario.options).text
    }

    @Test("each kind of change, per dialect", arguments: EvolutionFixtures.all.map(\.name))
    func scenario(_ name: String) throws {
        let scenario = try #require(EvolutionFixtures.all.first { $0.name == name })
        var text = ""
        for (dialectName, dialect) in Self.dialects {
            text += "-- \(dialectName)\n"
            do {
                text += try Self.updateSQL(scenario, dialect)
            } catch let error as SchemaError {
                text += "-- error: \(error.message)\n"
            }
            text += "\n"
        }
        assertSnapshot(text, named: "update-\(name).sql")
    }

    @Test("an unchanged model gives no SQL at all", arguments: dialects.map(\.0))
    func unchanged(dialect name: String) throws {
        let dialect = try #require(Self.dialects.first { $0.0 == name }?.1)
        for model in [EvolutionFixtures.base, BlogModel.entities.map { $0.schema }] {
            let schema = try Self.generator(model, dialect).targetSchema()
            #expect(try Self.generator(model, dialect).updateSchemaScript(from: schema, .init()).text == "")
        }
    }

    @Test("a rename hint whose source is missing fails and names it")
    func missingHintSource() throws {
        let before = try Self.generator(EvolutionFixtures.base, .postgreSQL).targetSchema()
        var after = EvolutionFixtures.base
        after[0].properties[1] = PropertySchema(name: "fullName", type: .string, renamedFrom: "nmae")
        let error = try #require(throws: SchemaError.self) {
            try Self.generator(after, .postgreSQL).updateSchemaScript(from: before)
        }
        #expect(error.code == .invalidRenameHint)
        #expect(error.message == """
            column author.full_name is marked renamedFrom: "nmae", but table author has no column nmae (nor full_name); \
            remove the hint or fix its name
            """)

        var renamedTable = EvolutionFixtures.base
        renamedTable[1].tableName = "imprint"
        renamedTable[1].renamedFrom = "publishers"
        let tableError = try #require(throws: SchemaError.self) {
            try Self.generator(renamedTable, .sqlite).updateSchemaScript(from: try Self.generator(EvolutionFixtures.base, .sqlite).targetSchema())
        }
        #expect(tableError.message.hasPrefix("table imprint is marked renamedFrom: \"publishers\", but the database has no table publishers"))
    }

    @Test("a rename hint whose source still exists beside the new name fails")
    func ambiguousHint() throws {
        var before = EvolutionFixtures.base
        before[0].properties.append(PropertySchema(name: "fullName", type: .string))
        var after = EvolutionFixtures.base
        after[0].properties[1] = PropertySchema(name: "fullName", type: .string, renamedFrom: "name")
        let error = try #require(throws: SchemaError.self) {
            try Self.generator(after, .mySQL).updateSchemaScript(from: try Self.generator(before, .mySQL).targetSchema())
        }
        #expect(error.code == .invalidRenameHint)
        #expect(error.message.contains("both name and full_name exist"))
    }

    @Test("a stale hint (the rename already happened) is ignored")
    func staleHint() throws {
        var after = EvolutionFixtures.base
        after[0].properties[1] = PropertySchema(name: "name", type: .string, length: 100, renamedFrom: "label")
        let schema = try Self.generator(EvolutionFixtures.base, .postgreSQL).targetSchema()
        #expect(try Self.generator(after, .postgreSQL).updateSchemaScript(from: schema).text == "")
    }

    @Test("two identical candidates are not guessed at: drop and add")
    func ambiguousHeuristic() throws {
        var before = EvolutionFixtures.base
        before[0].properties += [PropertySchema(name: "a", type: .text, nullable: true), PropertySchema(name: "b", type: .text, nullable: true)]
        var after = EvolutionFixtures.base
        after[0].properties += [PropertySchema(name: "c", type: .text, nullable: true), PropertySchema(name: "d", type: .text, nullable: true)]
        let generator = Self.generator(after, .postgreSQL)
        let difference = try generator.updateDifference(from: try Self.generator(before, .postgreSQL).targetSchema())
        #expect(difference.lines == [
            "table author: new column c", "table author: new column d",
            "table author: removed column a", "table author: removed column b",
        ])
        // One identical candidate is a rename, unless guessing is off.
        let scenario = try #require(EvolutionFixtures.all.first { $0.name == "rename-detected" })
        let live = try Self.generator(scenario.before, .postgreSQL).targetSchema()
        let guessed = try Self.generator(scenario.after, .postgreSQL).updateDifference(from: live)
        #expect(guessed.changedTables.map { $0.renamedColumns.map { "\($0.from.name) → \($0.to.name)" } } == [["bio → summary"]])
        let plain = try Self.generator(scenario.after, .postgreSQL).updateDifference(from: live, .init(detectRenames: false))
        #expect(plain.lines == ["table author: new column summary", "table author: removed column bio"])
    }

    @Test("safe mode emits nothing destructive", arguments: dialects.map(\.0))
    func safeMode(dialect name: String) throws {
        let dialect = try #require(Self.dialects.first { $0.0 == name }?.1)
        for scenario in EvolutionFixtures.all {
            var options = scenario.options
            options.safe = true
            let before = try Self.generator(scenario.before, dialect).targetSchema()
            let script: SQLScript
            do {
                script = try Self.generator(scenario.after, dialect).updateSchemaScript(from: before, options)
            } catch let error as SchemaError where error.code == .unsupportedByDialect {
                continue   // SQL Server scripts only the simple changes
            }
            let destructive = script.statements.filter(\.isDestructive)
            #expect(destructive.isEmpty, "\(scenario.name): \(destructive)")
        }
    }

    @Test("migration SQL: down reverses up, renames included")
    func migration() async throws {
        let scenario = try #require(EvolutionFixtures.all.first { $0.name == "rename-hints" })
        let before = try Self.generator(scenario.before, .postgreSQL).targetSchema()
        let migration = try await Self.generator(scenario.after, .postgreSQL)
            .getUpdateSchemaMigrationSQL(.init(wrap: false, fromSchema: before))
        assertSnapshot("-- up\n" + migration.up + "\n-- down\n" + migration.down, named: "migration-rename-hints.postgresql.sql")
    }

    @Test("a hint on a fresh database, or beside no removed column, creates instead of failing")
    func hintWithoutRemoval() throws {
        var after = EvolutionFixtures.base
        after[1].tableName = "imprint"
        after[1].renamedFrom = "publisher"
        after[0].properties[1] = PropertySchema(name: "fullName", type: .string, renamedFrom: "name")
        // Against an empty database the update is exactly the create script.
        for (_, dialect) in Self.dialects {
            let generator = Self.generator(after, dialect)
            #expect(try generator.updateSchemaScript(from: DatabaseSchema(), .init(wrap: false)).text
                == generator.getCreateSchemaSQL(.init(wrap: false)), "\(dialect.id)")
        }
    }

    @Test("a rename may hand its old name on to a new table or column")
    func renameAndReuse() throws {
        var after = EvolutionFixtures.base
        after[1].tableName = "imprint"
        after[1].renamedFrom = "publisher"
        after.append(EntitySchema(name: "Publisher2", tableName: "publisher", properties: [PropertySchema(name: "id", type: .integer, primary: true)]))
        after[0].properties[1] = PropertySchema(name: "fullName", type: .string, length: 100, renamedFrom: "name")
        after[0].properties.append(PropertySchema(name: "name", type: .text, nullable: true))
        let before = try Self.generator(EvolutionFixtures.base, .postgreSQL).targetSchema()
        let sql = try Self.generator(after, .postgreSQL).updateSchemaScript(from: before, .init(wrap: false)).text
        // The key follows its table at once: the new table's key takes the old key's name.
        #expect(sql == """
            alter table "publisher" rename to "imprint";
            alter table "imprint" rename constraint "publisher_pkey" to "imprint_pkey";

            create table "publisher" ("id" serial primary key);

            alter table "author" rename column "name" to "full_name";
            alter table "author" add column "name" text null;

            """)
    }

    @Test("a removed and an added key column are not taken for a rename when they point at different tables")
    func noRenameAcrossReferences() throws {
        var after = EvolutionFixtures.base
        after.append(EntitySchema(name: "Editor", properties: [PropertySchema(name: "id", type: .integer, primary: true)]))
        after[2].properties[3] = PropertySchema(name: "editor", relation: RelationSchema(.manyToOne, target: "Editor"))
        let before = try Self.generator(EvolutionFixtures.base, .postgreSQL).targetSchema()
        let difference = try Self.generator(after, .postgreSQL).updateDifference(from: before)
        let book = try #require(difference.changedTables.first { $0.to.name == "book" })
        #expect(book.renamedColumns.isEmpty)
        #expect(book.addedColumns.map(\.name) == ["editor_id"])
        #expect(book.removedColumns.map(\.name) == ["author_id"])
    }
}
