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

    /// The columns, indexes and constraints queries are not sorted: each column is put in its
    /// place by `attnum` as it arrives, indexes and constraints by name at the end.
    @Test("columns, indexes and constraints read the same in any order",
          arguments: (CatalogFixtures.metadata + [CatalogFixtures.postgresNamespaces]).map(\.name) + [CatalogFixtures.handWritten])
    func anyRowOrder(fixture: String) throws {
        let rows = try RecordedCatalog.load(engine: "postgres", fixture: fixture).decodedRows(as: PostgresCatalogRows.self)
        let expected = PostgresSchemaReader(dialect: dialect).schema(from: rows)
        for reordered in reorderings(of: rows, [\.columns, \.indexes, \.constraints], seed: 15) {
            #expect(PostgresSchemaReader(dialect: dialect).schema(from: reordered) == expected)
        }
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
            ["10", "2", "name", "text", nil, "t---", nil, nil, nil, "100"],
            ["10", "4", "tag_id", "integer", nil, "f---", nil, nil, nil, "0"],
            ["10", "1", "id", "integer", nil, "t---", nil, nil, nil, "0"],
            ["11", "1", "id", "integer", nil, "t---", nil, nil, nil, "0"],
        ]
        rows.lookups = [["c", "950", "C"], ["c", "100", "default"], ["o", "10043", "text_pattern_ops"]]
        rows.indexes = [
            ["10", "item_pkey", "ttp-ff", nil, nil, "1", "1", "0", "0", "1978", nil, nil, nil],
            // name desc (nulls first, its default) collate "C" text_pattern_ops, including id.
            ["10", "item_name_idx", "ff----", nil, nil, "2 1", "1", "3", "950", "10043", nil, "fillfactor=70", nil],
            ["10", "item_name_key", "tfuttt", nil, nil, "2", "1", "0", "100", "3126", nil, nil, "one name"],
            // The index behind an exclusion constraint is that constraint.
            ["10", "item_excl", "ffx-ff", "gist", nil, "1", "1", "0", "0", "1", nil, nil, nil],
        ]
        rows.constraints = [
            ["10", "item_tag_fk", "fansfff", "{4}", "11", "public", "tag", "{1}", nil, nil, "[4]", nil],
            ["10", "item_excl", "x   fff", "{1}", "0", nil, nil, nil, "EXCLUDE USING gist (id WITH =)", nil, nil, nil],
            // A partition, or a table of an ignored schema: its column names come with the row.
            ["10", "item_log_fk", "faaffff", "{1}", "99", "audit", "log", "{1}", nil, nil, nil, #"["log_id"]"#],
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

    @Test("hand-written rows: a partitioned table's key and partitions (listed before it, as names sort); their own rows are not tables")
    func partitions() throws {
        var rows = PostgresCatalogRows()
        rows.tables = [
            ["20", "public", "sale", nil, "p", nil, "RANGE (sold_on)", nil, nil],
            ["21", "public", "sale_2023", nil, "p", nil, nil, "20", "FOR VALUES FROM ('2023-01-01') TO ('2024-01-01')"],
            ["19", "public", "sale_", nil, "p", nil, nil, "20", "DEFAULT"],
        ]
        rows.columns = [
            ["20", "1", "sold_on", "date", nil, "t---", nil, nil, nil, "0"],
            ["21", "1", "sold_on", "date", nil, "t---", nil, nil, nil, "0"],
        ]
        let schema = PostgresSchemaReader().schema(from: rows)
        #expect(schema.tables.map(\.name) == ["sale"])
        let sale = try #require(schema.table(QualifiedName("sale")))
        #expect(sale.options.partitioning == "PARTITION BY RANGE (sold_on)")
        #expect(sale.options.partitions == [
            TablePartition(name: "sale_", bound: "DEFAULT"),
            TablePartition(name: "sale_2023", bound: "FOR VALUES FROM ('2023-01-01') TO ('2024-01-01')"),
        ])
        #expect(sale.columns.map(\.name) == ["sold_on"])
    }

    @Test("flag cells: a letter per position; '-', a space, a missing cell or a position past the end is none")
    func flagCells() {
        let flags = CatalogFlags("fc s")
        #expect(flags[0] == "f" && flags[1] == "c" && flags[2] == nil && flags[3] == "s")
        #expect(flags[4] == nil && flags[9] == nil && flags[-1] == nil)
        #expect(CatalogFlags("td--")[1] == "d" && CatalogFlags("td--")[2] == nil && CatalogFlags(nil)[0] == nil)
        #expect(CatalogFlags("fcrsfft")[6] == "t")
    }

    @Test("hand-written rows: stored and (PostgreSQL 18) virtual generated columns keep their expression, not as a default")
    func generatedColumns() throws {
        var rows = PostgresCatalogRows()
        rows.tables = [["10", "public", "line", nil, "p", nil]]
        rows.columns = [
            ["10", "1", "qty", "integer", nil, "t---", nil, nil, nil, "0"],
            ["10", "2", "doubled", "integer", nil, "f-s-", "(qty * 2)", nil, nil, "0"],
            ["10", "3", "tripled", "integer", nil, "f-v-", "(qty * 3)", nil, nil, "0"],
            ["10", "4", "fallback", "integer", nil, "f---", "(1 + 1)", nil, nil, "0"],
        ]
        let line = try #require(PostgresSchemaReader().schema(from: rows).table(QualifiedName("line")))
        #expect(line.column("doubled")?.generated == GeneratedColumn("(qty * 2)", storage: .stored))
        #expect(line.column("tripled")?.generated == GeneratedColumn("(qty * 3)", storage: .virtual))
        #expect(line.column("doubled")?.defaultValue == nil && line.column("tripled")?.defaultValue == nil)
        #expect(line.column("fallback")?.generated == nil && line.column("fallback")?.defaultValue == "(1 + 1)")
    }

    @Test("hand-written rows: a table's parents, in order, from the default schema or another")
    func inheritance() throws {
        var rows = PostgresCatalogRows()
        rows.tables = [["30", "public", "capitals", nil, "p", nil, nil, nil, nil, #"[["public", "cities"], ["geo", "places"]]"#]]
        let capitals = try #require(PostgresSchemaReader().schema(from: rows).table(QualifiedName("capitals")))
        #expect(capitals.options.inherits == [QualifiedName("cities"), QualifiedName("places", schema: "geo")])
    }

    @Test("hand-written rows: sequences (a serial column's own is the column's), domains, composite types, collations")
    func objects() throws {
        var rows = PostgresCatalogRows()
        rows.tables = [["10", "public", "batch", nil, "p", nil]]
        rows.columns = [
            ["10", "1", "id", "integer", nil, "t---", "nextval('batch_id_seq'::regclass)", nil, nil, "0"],
            ["10", "2", "no", "integer", nil, "t---", "nextval('batch_seq'::regclass)", nil, nil, "0"],
            ["10", "3", "ref", "bigint", nil, "f---", #"nextval('app."Other"'::regclass)"#, nil, nil, "0"],
            ["10", "4", "email", "email_address", nil, "t---", nil, nil, nil, "100"],
        ]
        rows.sequences = [
            ["app", "Other", #"app."Other""#, "bigint", "1", "1", "1", "9223372036854775807", "1", "f", nil, nil, nil, nil, nil],
            ["public", "batch_id_seq", "batch_id_seq", "integer", "1", "1", "1", "2147483647", "1", "f", "10", "1", "public", "batch", "id"],
            // Owned by the column that draws from it, but not as serial makes it: a sequence of its own.
            ["public", "batch_seq", "batch_seq", "integer", "1", "5", "1", "1000000", "10", "t", "10", "2", "public", "batch", "no"],
            // Owned by a column that draws from another sequence: a sequence of its own, with its owner.
            ["public", "spare_seq", "spare_seq", "bigint", "-1", "-1", "-9223372036854775808", "-1", "1", "f", "10", "3", "public", "batch", "ref"],
        ]
        rows.types = [
            ["l", "public", "case_insensitive", nil, "i", "und-u-ks-level2", nil, nil, "false", "0"],
            ["d", "public", "email_address", nil, "text", "true", "'a@b.c'::text", "C", nil, "0"],
            ["k", "public", "email_address", "email_address_check", "CHECK (VALUE ~~ '%_@_%'::text)", nil, nil, nil, nil, "0"],
            ["l", "public", "german", nil, "c", nil, "de_DE.utf8", "de_DE.utf8", "true", "0"],
            ["a", "public", "postal_address", "street", "text", nil, nil, nil, nil, "1"],
            ["a", "public", "postal_address", "zip", "character varying(10)", nil, nil, nil, nil, "3"],
            // A check of a domain not read, and a collation of the database's default provider: skipped.
            ["k", "public", "nowhere", "c", "CHECK (true)", nil, nil, nil, nil, "0"],
            ["l", "public", "plain", nil, "d", nil, nil, nil, "true", "0"],
        ]
        let schema = PostgresSchemaReader().schema(from: rows)
        let batch = try #require(schema.table(QualifiedName("batch")))
        #expect(batch.columns.map(\.isAutoincrement) == [true, false, false, false])
        #expect(batch.column("ref")?.defaultValue == #"nextval('app."Other"'::regclass)"#)
        #expect(schema.sequences == [
            SequenceSchema(name: "Other", schema: "app"),
            SequenceSchema(name: "batch_seq", dataType: "integer", increment: 5, maxValue: 1_000_000, cache: 10, cycles: true,
                           ownedBy: SequenceOwner(table: QualifiedName("batch"), column: "no")),
            SequenceSchema(name: "spare_seq", increment: -1, ownedBy: SequenceOwner(table: QualifiedName("batch"), column: "ref")),
        ])
        #expect(schema.domains == [DomainSchema(
            name: "email_address", baseType: "text", isNullable: false, defaultValue: "'a@b.c'::text", collation: "C",
            checks: [CheckSchema(name: "email_address_check", expression: "(VALUE ~~ '%_@_%'::text)")])])
        #expect(schema.compositeTypes == [CompositeTypeSchema(name: "postal_address", attributes: [
            .init(name: "street", type: "text"), .init(name: "zip", type: "character varying(10)"),
        ])])
        #expect(schema.collations == [
            CollationSchema(name: "case_insensitive", provider: .icu, locale: "und-u-ks-level2", isDeterministic: false),
            CollationSchema(name: "german", provider: .libc, locale: "de_DE.utf8"),
        ])
    }

    @Test("short and null rows are skipped, not trapped on")
    func malformedRows() {
        var rows = PostgresCatalogRows()
        rows.tables = [["1", "public", "t", nil]]
        rows.columns = [["1", "1"], ["1", "x", "a", "integer"], ["1", "2", nil, "integer"], ["2", "1", "x", "integer"]]
        rows.identities = [["1", "9", "1 1 1 10 1 f"], ["1"]]
        rows.lookups = [["c"], ["o", "1"]]
        rows.indexes = [["1", "i"], ["1", "i", "ff----", nil, nil, "9"], ["2", "j"]]
        rows.constraints = [["1", "fk", "f   fff", "{1}", "3", "public", "u", "{1}"], ["1", "c", "c"], []]
        let schema = PostgresSchemaReader().schema(from: rows)
        #expect(schema == DatabaseSchema(tables: [TableSchema(name: "t")]))
    }

    @Test("the introspector runs nine queries, however many tables")
    func queryCount() {
        #expect(PostgresCatalogQueries(options: .init()).all.count == 9)
        #expect(PostgresCatalogQueries(options: IntrospectionOptions(ignoreSchema: ["it's"])).namespaceFilter
            == #"n.nspname not in ('information_schema', 'it''s') and n.nspname not like 'pg\_%'"#)
    }

    @Test("attribute-number vectors, arrays and JSON arrays read as numbers")
    func numbers() {
        typealias Builder = PostgresSchemaReader.Builder
        #expect(Builder.numbers(nil) == [])
        #expect(Builder.numbers("") == [])
        #expect(Builder.numbers("1 3 0") == [1, 3, 0])
        #expect(Builder.numbers("{2,3}") == [2, 3])
        #expect(Builder.numbers("[12]") == [12])
        #expect(Builder.numbers("{-1,40}") == [-1, 40])
        #expect(Builder.numbers("{}") == [])
    }
}
