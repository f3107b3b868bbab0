import SchemaKitCore
@testable import SchemaKitPostgres
import Testing

/// ``PostgresSchemaReader`` over rows recorded from PostgreSQL 15 (`Recorded/postgres`).
@Suite("PostgreSQL catalog reader, recorded rows")
struct PostgresSchemaReaderTests {
    let dialect = PostgreSQLDialect()

    func read(_ fixture: String, options: IntrospectionOptions = .init()) throws -> DatabaseSchema {
        let rows = try RecordedCatalog.load(engine: "postgres", fixture: fixture).decodedRows(as: PostgresCatalogRows.self)
        return PostgresSchemaReader(dialect: dialect, options: options).schema(from: rows)
    }

    @Test("recorded rows read back as the schema the metadata describes",
          arguments: (CatalogFixtures.metadata + [CatalogFixtures.postgresNamespaces]).map(\.name))
    func matchesMetadata(fixture: String) throws {
        let entities = try #require((CatalogFixtures.metadata + [CatalogFixtures.postgresNamespaces]).first { $0.name == fixture }).entities
        try expectMatchesMetadata(try read(fixture), entities: entities, dialect: dialect)
    }

    @Test("namespaces and native enums: the default schema is implicit, the others are listed")
    func namespaces() throws {
        let schema = try read("namespaces")
        #expect(schema.namespaces == ["auth"])
        #expect(schema.nativeEnums == [
            NativeEnumSchema(name: "mood", schema: "auth", values: ["ok", "meh"]),
            NativeEnumSchema(name: "mood", schema: nil, values: ["happy"]),
        ])
        let user = try #require(schema.table(QualifiedName("user", schema: "auth")))
        #expect(user.column("mood")?.enumItems == ["ok", "meh"])
        let post = try #require(schema.table(QualifiedName("post")))
        #expect(post.column("mood")?.enumItems == ["happy"])
        #expect(post.foreignKeys.map(\.referencedTable) == [QualifiedName("user", schema: "auth")])
    }

    @Test("a hand-written schema is read attribute by attribute")
    func handWritten() throws {
        let schema = try read(CatalogFixtures.handWritten)
        #expect(schema.namespaces == ["app"])
        #expect(schema.nativeEnums == [NativeEnumSchema(name: "mood", schema: "app", values: ["sad", #"it's "ok""#, "happy"])])
        #expect(schema.tables.map(\.qualifiedName) == [
            QualifiedName("child", schema: "app"), QualifiedName(#"Ünï "parent""#, schema: "app"), QualifiedName("line"),
        ])

        let parent = try #require(schema.table(QualifiedName(#"Ünï "parent""#, schema: "app")))
        #expect(parent.columns == [
            ColumnSchema(name: "id", type: "bigint", isNullable: false, isAutoincrement: true, identity: ColumnIdentity(.byDefault)),
            ColumnSchema(name: "code", type: "character varying(20)", isNullable: false, collation: "C"),
        ])
        #expect(parent.primaryKey == PrimaryKeySchema(columns: ["id"]))
        #expect(parent.indexes == [
            IndexSchema(name: #"Ünï "parent"_code_key"#, columns: [.init("code")], isUnique: true, isConstraint: true),
        ])

        let child = try #require(schema.table(QualifiedName("child", schema: "app")))
        #expect(child.comment == #"kid's "table"; -- \"#)
        #expect(child.primaryKey == PrimaryKeySchema(columns: ["id", "tenant"]))
        #expect(child.columns.map(\.name) == ["id", "tenant", "parent_id", "qty", "label", "feeling", "total"])
        #expect(child.columns[0].isAutoincrement && child.columns[0].defaultValue == "nextval('app.child_id_seq'::regclass)")
        #expect(child.column("label") == ColumnSchema(
            name: "label", type: "text", isNullable: true, defaultValue: "'it''s'::text", comment: #"say "hi"; it's"#))
        #expect(child.column("feeling")?.type == "mood")
        #expect(child.column("feeling")?.nativeEnumName == "mood")
        #expect(child.column("feeling")?.enumItems == ["sad", #"it's "ok""#, "happy"])
        #expect(child.column("total")?.generated == GeneratedColumn("(qty * (2)::numeric)", storage: .stored))
        #expect(child.foreignKeys == [ForeignKeySchema(
            name: "child_parent_id_fkey", columns: ["parent_id"], referencedTable: QualifiedName(#"Ünï "parent""#, schema: "app"),
            referencedColumns: ["id"], deleteRule: .cascade, deferral: .deferred)])
        #expect(child.checks == [
            CheckSchema(name: "child_label_check", expression: "(label <> 'x''y'::text OR qty > 1::numeric)"),
            CheckSchema(name: "child_qty_check", expression: "(qty >= 0::numeric)", column: "qty"),
        ])
        #expect(child.indexes == [
            IndexSchema(name: "child_label", columns: [.init("label", descending: true)], predicate: "(label IS NOT NULL)"),
            IndexSchema(name: "child_mixed", columns: [], expression: "\"parent_id\", (lower(label))"),
            IndexSchema(name: "child_tenant_desc", columns: [.init("tenant", descending: true), .init("id")], isUnique: true),
        ])

        let line = try #require(schema.table(QualifiedName("line")))
        #expect(line.primaryKey == PrimaryKeySchema(columns: ["child_id", "tenant", "no"]))
        #expect(line.foreignKeys == [ForeignKeySchema(
            name: "line_child_fk", columns: ["child_id", "tenant"], referencedTable: QualifiedName("child", schema: "app"),
            referencedColumns: ["id", "tenant"], deleteRule: .restrict, updateRule: .cascade, deferral: .immediate)])
    }

    @Test("skip lists apply to the rows read")
    func skipLists() throws {
        let schema = try read(CatalogFixtures.handWritten, options: IntrospectionOptions(
            skipTables: ["line"], skipColumns: ["app.child": ["label"]]))
        #expect(schema.tables.map(\.name) == ["child", #"Ünï "parent""#])
        let child = try #require(schema.table(QualifiedName("child", schema: "app")))
        #expect(child.column("label") == nil)
    }

    @Test("hand-written rows: index options, exclusions, set-null columns, keys to tables the read leaves out")
    func catalogOptions() throws {
        var rows = PostgresCatalogRows()
        rows.tables = [["10", "public", "item", nil, "p", nil], ["11", "public", "tag", nil, "p", nil]]
        // Out of attnum order, and attnum 3 dropped.
        rows.columns = [
            ["10", "2", "name", "text", "text", "b", "t", nil, "", "", nil, nil, "100"],
            ["10", "4", "tag_id", "integer", "int4", "b", "f", nil, "", "", nil, nil, "0"],
            ["10", "1", "id", "integer", "int4", "b", "t", nil, "", "", nil, nil, "0"],
            ["11", "1", "id", "integer", "int4", "b", "t", nil, "", "", nil, nil, "0"],
        ]
        rows.lookups = [["c", "950", "C"], ["c", "100", "default"], ["o", "10043", "text_pattern_ops"]]
        rows.indexes = [
            ["10", "item_pkey", "t", "t", "p", "btree", nil, "1", "1", "0", "0", "1978", nil, nil, nil, nil, "f", "f"],
            // name desc (nulls first, its default) collate "C" text_pattern_ops, including id.
            ["10", "item_name_idx", "f", "f", nil, "btree", nil, "2 1", "1", "3", "950", "10043", nil, "fillfactor=70", nil, nil, nil, nil],
            ["10", "item_name_key", "t", "f", "u", "btree", nil, "2", "1", "0", "100", "3126", nil, nil, "true", "one name", "t", "t"],
            // The index behind an exclusion constraint is that constraint.
            ["10", "item_excl", "f", "f", "x", "gist", nil, "1", "1", "0", "0", "1", nil, nil, nil, nil, "f", "f"],
        ]
        rows.constraints = [
            ["10", "item_tag_fk", "f", "{4}", "11", "public", "tag", "{1}", "a", "n", "s", "f", "f", "f", nil, nil, "[4]", nil],
            ["10", "item_excl", "x", "{1}", "0", nil, nil, nil, " ", " ", " ", "f", "f", "f", "EXCLUDE USING gist (id WITH =)", nil, nil, nil],
            // A partition, or a table of an ignored schema: its column names come with the row.
            ["10", "item_log_fk", "f", "{1}", "99", "audit", "log", "{1}", "a", "a", "f", "f", "f", "f", nil, nil, nil, #"["log_id"]"#],
        ]
        let item = try #require(PostgresSchemaReader().schema(from: rows).table(QualifiedName("item")))
        #expect(item.columns.map(\.name) == ["id", "name", "tag_id"])
        #expect(item.primaryKey == PrimaryKeySchema(columns: ["id"]))
        #expect(item.indexes.map(\.name) == ["item_name_idx", "item_name_key"])
        let options = try #require(item.indexes.first)
        #expect(options.columns == [IndexSchema.Column("name", descending: true, collation: "C", operatorClass: "text_pattern_ops")])
        #expect(options.include == ["id"] && options.storageParameters == ["fillfactor=70"] && !options.isUnique)
        let unique = try #require(item.indexes.last)
        #expect(unique.columns == [IndexSchema.Column("name")])
        #expect(unique.isUnique && unique.isConstraint && unique.nullsNotDistinct && unique.deferral == .deferred && unique.comment == "one name")
        #expect(item.exclusions == [ExclusionConstraintSchema(name: "item_excl", definition: "EXCLUDE USING gist (id WITH =)")])
        #expect(item.foreignKeys.map(\.name) == ["item_log_fk", "item_tag_fk"])
        #expect(item.foreignKeys[0].referencedTable == QualifiedName("log", schema: "audit") && item.foreignKeys[0].referencedColumns == ["log_id"])
        #expect(item.foreignKeys[0].matchesFull)
        #expect(item.foreignKeys[1].deleteRule == .setNull && item.foreignKeys[1].deleteSetColumns == ["tag_id"])
        #expect(item.foreignKeys[1].referencedColumns == ["id"])
    }

    @Test("short and null rows are skipped, not trapped on")
    func malformedRows() {
        var rows = PostgresCatalogRows()
        rows.tables = [["1", "public", "t", nil]]
        rows.columns = [["1", "1"], ["1", "x", "a", "integer"], ["1", "2", nil, "integer"], ["2", "1", "x", "integer"]]
        rows.identities = [["1", "9", "1 1 1 10 1 f"], ["1"]]
        rows.lookups = [["c"], ["o", "1"]]
        rows.indexes = [["1", "i"], ["1", "i", "f", "f", nil, "btree", nil, "9"], ["2", "j"]]
        rows.constraints = [["1", "fk", "f", "{1}", "3", "public", "u", "{1}"], ["1", "c", "c"], []]
        let schema = PostgresSchemaReader().schema(from: rows)
        #expect(schema == DatabaseSchema(tables: [TableSchema(name: "t")]))
    }

    @Test("the introspector runs nine queries, however many tables")
    func queryCount() {
        #expect(PostgresCatalogQueries(options: .init()).all.count == 9)
        #expect(PostgresCatalogQueries(options: IntrospectionOptions(ignoreSchema: ["it's"])).namespaceFilter
            == #"n.nspname not in ('information_schema', 'it''s') and n.nspname not like 'pg\_%'"#)
    }
}
