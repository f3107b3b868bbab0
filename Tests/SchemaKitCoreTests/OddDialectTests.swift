import SchemaKitCore
import SchemaKitTestFixtures
import Testing

/// A dialect nobody ships, written only against the public API: odd quotes (`«name»`, `~text~`),
/// odd type names, and a strategy of its own — every changed table is replaced by a shadow copy
/// under a checks-off guard it declares itself. If adding it had needed a change to shared
/// code, the planner would still know something about some engine.
struct OddDialect: SQLDialect {
    var id: DialectID { DialectID("odd") }
    var maxIdentifierLength: Int? { 20 }
    var defaultSchema: String? { nil }
    var capabilities: DialectCapabilities { DialectCapabilities() }
    var lexicalRules: SQLLexicalRules { .ansi }

    func quoteIdentifier(_ name: String) -> String { "«" + name.replacingOccurrences(of: "»", with: "»»") + "»" }
    func quoteLiteral(_ value: String) -> String { "~" + value.replacingOccurrences(of: "~", with: "~~") + "~" }

    func sqlType(for column: ColumnMetadata) -> String {
        switch column.type ?? .text {
        case .integer, .bigint, .smallint, .tinyint: "WHOLE"
        case .string: "CHARS\(column.length ?? 255)"
        case .decimal: "FIXED\(column.precision ?? 10)_\(column.scale ?? 0)"
        default: "BLOBBY"
        }
    }

    func sqlDefault(_ value: DefaultValue, for column: ColumnMetadata) -> String {
        switch value {
        case .string(let text): quoteLiteral(text)
        case .number(let number): number
        case .boolean(let flag): flag ? "YES" : "NO"
        case .raw(let sql): sql
        case .null: "NOTHING"
        }
    }

    func prologue(disableForeignKeys: Bool) -> [SQLStatement] {
        disableForeignKeys ? [statement("CHECKS OFF", .session)] : []
    }

    func epilogue(disableForeignKeys: Bool) -> [SQLStatement] {
        disableForeignKeys ? [statement("CHECKS ON", .session)] : []
    }

    var foreignKeyCheck: SQLStatement? {
        statement("LIST BROKEN KEYS", .verify, requirements: .init(failsWhenRowsReturned: "broken keys"))
    }

    func render(_ operation: SchemaOperation) throws -> [SQLStatement] {
        switch operation {
        case .createTable(let table):
            let columns = table.columns.map { column -> SQLFragment in
                "\(id: column.name) \(raw: column.type)" + (column.isNullable ? "" : " REQUIRED")
                    + (column.defaultValue.map { " INITIALLY \(raw: $0)" } ?? "")
            }
            let key: SQLFragment = table.primaryKey.map { ", KEY (\(ids: $0.columns))" } ?? ""
            return [statement("MAKE TABLE \(table: table.qualifiedName) (\(columns.joined(separator: ", "))\(key))", .createTable,
                              table: table.qualifiedName)]
        case .dropTable(let name):
            return [statement("REMOVE TABLE \(table: name)", .dropTable, table: name, isDestructive: true,
                              requirements: .init(needsForeignKeysOff: true))]
        case .createIndex(let index, let table):
            return [statement("MAKE \(raw: index.isUnique ? "UNIQUE " : "")INDEX \(id: index.name) FOR \(table: table) (\(ids: index.columnNames))",
                              .createIndex, table: table)]
        case .dropIndex(let index, let table):
            return [statement("REMOVE INDEX \(id: index.name)", .dropIndex, table: table)]
        case .addExclusion(let exclusion, let table):
            return [statement("EXCLUDE \(table: table) \(id: exclusion.name) \(raw: exclusion.definition)", .addCheck, table: table)]
        case .dropExclusion(let exclusion, let table):
            return [statement("UNEXCLUDE \(table: table) \(id: exclusion.name)", .dropCheck, table: table)]
        case .setConstraintComment(let name, let comment, let table):
            return [statement("NOTE \(id: name) ON \(table: table) AS \(literal: comment ?? "")", .comment, table: table)]
        case .convertCollation(let collation, let table):
            return [statement("RECODE \(table: table) AS \(literal: collation)", .alterTable, table: table)]
        case .setTableOptions(_, let options, let table):
            return [statement("STORE \(table: table) AS \(literal: options.description)", .alterTable, table: table)]
        case .setIndexComment(let index, let table):
            return [statement("NOTE INDEX \(id: index.name) AS \(literal: index.comment ?? "")", .comment, table: table)]
        case .addForeignKey(let key, let table):
            return [statement("LINK \(table: table) (\(ids: key.columns)) TO \(table: key.referencedTable) AS \(id: key.name)",
                              .addForeignKey, table: table)]
        case .dropForeignKey(let key, let table):
            return [statement("UNLINK \(table: table) \(id: key.name)", .dropForeignKey, table: table)]
        case .addCheck(let check, let table):
            return [statement("ASSERT \(table: table) \(id: check.name) (\(raw: check.expression))", .addCheck, table: table)]
        case .dropCheck(let check, let table):
            return [statement("UNASSERT \(table: table) \(id: check.name)", .dropCheck, table: table)]
        case .renameTable(let from, let to):
            return [statement("RENAME \(table: from) AS \(table: to)", .renameTable, table: to)]
        case .deleteRows(let tables):
            return tables.map { statement("EMPTY \(table: $0)", .deleteRows, table: $0, isDestructive: true) }
        case .createNamespace, .dropNamespace, .createNativeEnum, .dropNativeEnum, .setComment, .addColumn, .dropColumn,
             .renameColumn, .alterColumn, .changePrimaryKey, .renameIndex, .createObject, .alterObject, .dropObject,
             .setSequenceOwner, .addPeriod, .dropPeriod:
            throw SchemaError(.unsupportedByDialect, "odd has no \(operation)")
        }
    }

    /// Any change: a shadow copy with the target's shape, the kept values copied over, the
    /// live table removed and the shadow renamed into its place.
    func alterTable(_ table: TableDifference, context: AlterationContext) throws -> TableAlteration {
        let name = table.to.qualifiedName
        let shadow = QualifiedName(table.to.name + "_shadow")
        var shape = table.to
        shape.name = shadow.name
        let kept = table.to.columns.compactMap { column -> (String, String)? in
            if let rename = table.renamedColumns.first(where: { $0.to.name == column.name }) { return (column.name, rename.from.name) }
            return table.from.column(column.name) != nil ? (column.name, column.name) : nil
        }
        var statements = try render(.createTable(shape))
        statements.append(statement("COPY \(table: table.from.qualifiedName) (\(ids: kept.map(\.1))) INTO \(table: shadow) (\(ids: kept.map(\.0)))",
                                    .copyRows, table: name))
        statements += try render(.dropTable(table.from.qualifiedName))
        statements += try render(.renameTable(from: shadow, to: name))
        statements += try render(table.to.indexes.map { .createIndex($0, table: name) })
        return TableAlteration(
            foreignKeyDrops: try render(table.from.foreignKeys.map { .dropForeignKey($0, table: table.from.qualifiedName) }),
            statements: statements,
            foreignKeyAdditions: try render(table.to.foreignKeys.map { .addForeignKey($0, table: name) }))
    }
}

@Suite("a new dialect needs no shared code")
struct OddDialectTests {
    static func generator(_ entities: [EntitySchema]) -> SchemaGenerator {
        SchemaGenerator(SchemaConfiguration(schemas: entities, database: .dialect(OddDialect())))
    }

    @Test("create, then a change planned by the dialect's own strategy and guard")
    func update() throws {
        let scenario = try #require(EvolutionFixtures.all.first { $0.name == "rename-hints" })
        let before = try Self.generator(scenario.before).targetSchema()
        let script = try Self.generator(scenario.after).updateSchemaScript(from: before, .init(wrap: false))
        #expect(script.text == """
            CHECKS OFF;

            UNLINK «book» «book__6e803_foreign»;
            UNLINK «book» «book__132a7_foreign»;

            MAKE TABLE «author_shadow» («id» WHOLE REQUIRED, «full_name» CHARS150 REQUIRED, «email» CHARS255 REQUIRED, «age» WHOLE, «bio» BLOBBY, «status» BLOBBY REQUIRED INITIALLY ~active~, KEY («id»));
            COPY «author» («id», «name», «email», «age», «bio», «status») INTO «author_shadow» («id», «full_name», «email», «age», «bio», «status»);
            REMOVE TABLE «author»;
            RENAME «author_shadow» AS «author»;
            MAKE UNIQUE INDEX «author_email_unique» FOR «author» («email»);

            MAKE TABLE «book_shadow» («id» WHOLE REQUIRED, «heading» CHARS255 REQUIRED, «price» FIXED10_2 REQUIRED INITIALLY 0, «author_id» WHOLE REQUIRED, «publisher_id» WHOLE, KEY («id»));
            COPY «book» («id», «title», «price», «author_id», «publisher_id») INTO «book_shadow» («id», «heading», «price», «author_id», «publisher_id»);
            REMOVE TABLE «book»;
            RENAME «book_shadow» AS «book»;
            MAKE INDEX «book_heading_index» FOR «book» («heading»);

            LINK «book» («author_id») TO «author» AS «book__6e803_foreign»;
            LINK «book» («publisher_id») TO «publisher» AS «book__132a7_foreign»;

            LIST BROKEN KEYS;

            CHECKS ON;

            """)
        #expect(script.statements.first { $0.kind == .verify }?.requirements.failsWhenRowsReturned == "broken keys")
        #expect(script.statements.filter { $0.requirements.placement == .session }.map(\.sql) == ["CHECKS OFF", "CHECKS ON"])
    }

    @Test("what the dialect cannot do is an error naming it, not SQL")
    func unsupported() throws {
        let error = try #require(throws: SchemaError.self) {
            try OddDialect().render(.setComment(table: QualifiedName("author"), column: nil, comment: "people"))
        }
        #expect(error.code == .unsupportedByDialect)
        #expect(error.message.hasPrefix("odd has no setComment"))
    }
}
