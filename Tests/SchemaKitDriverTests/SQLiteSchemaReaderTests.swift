import SchemaKitCore
@testable import SchemaKitSQLite
import Testing

/// ``SQLiteSchemaReader`` over rows recorded from sqlite-nio's bundled SQLite (`Recorded/sqlite`).
@Suite("SQLite catalog reader, recorded rows")
struct SQLiteSchemaReaderTests {
    let dialect = SQLiteDialect()

    func read(_ fixture: String, options: IntrospectionOptions = .init()) throws -> DatabaseSchema {
        let rows = try RecordedCatalog.load(engine: "sqlite", fixture: fixture).decodedRows(as: SQLiteCatalogRows.self)
        return SQLiteSchemaReader(options: options).schema(from: rows)
    }

    @Test("recorded rows read back as the schema the metadata describes", arguments: CatalogFixtures.metadata.map(\.name))
    func matchesMetadata(fixture: String) throws {
        let entities = try #require(CatalogFixtures.metadata.first { $0.name == fixture }).entities
        try expectMatchesMetadata(try read(fixture), entities: entities, dialect: dialect)
    }

    @Test("a hand-written schema is read attribute by attribute")
    func handWritten() throws {
        let schema = try read(CatalogFixtures.handWritten)
        #expect(schema.tables.map(\.name) == ["child", "line", #"Ünï "parent""#])

        let parent = try #require(schema.table(QualifiedName(#"Ünï "parent""#)))
        #expect(parent.columns == [
            ColumnSchema(name: "id", type: "integer", isNullable: false, isAutoincrement: true),
            ColumnSchema(name: "code", type: "text", isNullable: false, collation: "nocase"),
        ])

        let child = try #require(schema.table(QualifiedName("child")))
        #expect(child.primaryKey == PrimaryKeySchema(columns: ["id", "tenant"]))
        #expect(child.columns == [
            ColumnSchema(name: "id", type: "integer", isNullable: false),
            ColumnSchema(name: "tenant", type: "integer", isNullable: false),
            ColumnSchema(name: "parent_id", type: "integer", isNullable: true),
            ColumnSchema(name: "qty", type: "numeric(10,2)", isNullable: false, defaultValue: "0"),
            ColumnSchema(name: "label", type: "text", isNullable: true, defaultValue: "'it''s'"),
            ColumnSchema(name: "total", type: "integer", isNullable: true, generated: GeneratedColumn("qty * 2", storage: .stored)),
            ColumnSchema(name: "half", type: "real", isNullable: true, generated: GeneratedColumn("qty / 2", storage: .virtual)),
        ])
        #expect(child.foreignKeys == [ForeignKeySchema(
            name: "child_parent_fk", columns: ["parent_id"], referencedTable: QualifiedName(#"Ünï "parent""#),
            referencedColumns: ["id"], deleteRule: .setNull, deferral: .deferred)])
        #expect(child.checks == [
            CheckSchema(name: "child_qty_check", expression: "qty >= 0"),
            CheckSchema(name: "child_label_check", expression: "label <> 'x''y'"),
        ])
        #expect(child.indexes.first == IndexSchema(
            name: "child_label_unique", columns: [.init("label", descending: true)], isUnique: true, predicate: "label is not null"))
        #expect(child.indexes.map(\.name) == ["child_label_unique", "child_lower_label"])
        #expect(child.indexes.last?.expression == #"lower(label), "tenant""#)
        // A column part after an expression part (`lower(label), "tenant"`) is part of the
        // expression, not a column of its own.
        #expect(child.indexes.last?.columns == [])

        // Unnamed keys get the generator's name; one naming no columns references the primary key.
        let line = try #require(schema.table(QualifiedName("line")))
        #expect(line.primaryKey == PrimaryKeySchema(columns: ["child_id", "tenant", "no"]))
        #expect(Set(line.foreignKeys.map(\.name)) == ["line_child_id_tenant_foreign", "line_parent_foreign"])
        let composite = try #require(line.foreignKeys.first { $0.name == "line_child_id_tenant_foreign" })
        #expect(composite == ForeignKeySchema(
            name: "line_child_id_tenant_foreign", columns: ["child_id", "tenant"], referencedTable: QualifiedName("child"),
            referencedColumns: ["id", "tenant"], updateRule: .cascade))
        let implicit = try #require(line.foreignKeys.first { $0.name == "line_parent_foreign" })
        #expect(implicit.referencedTable == QualifiedName(#"Ünï "parent""#) && implicit.referencedColumns == ["id"])
    }

    @Test("skip lists apply to the rows read")
    func skipLists() throws {
        let schema = try read(CatalogFixtures.handWritten, options: IntrospectionOptions(
            skipTables: ["line"], skipColumns: ["child": ["label"]]))
        #expect(schema.tables.map(\.name) == ["child", #"Ünï "parent""#])
        let child = try #require(schema.table(QualifiedName("child")))
        #expect(child.column("label") == nil)
        #expect(child.indexes.map(\.name) == ["child_lower_label"])
    }

    /// The column and key queries have no `order by` (sorting was half the columns query's
    /// time): the reader must give the same schema whatever order their rows come in.
    @Test("columns, index parts and foreign key pairs read the same in any order",
          arguments: CatalogFixtures.metadata.map(\.name) + [CatalogFixtures.handWritten])
    func anyRowOrder(fixture: String) throws {
        let rows = try RecordedCatalog.load(engine: "sqlite", fixture: fixture).decodedRows(as: SQLiteCatalogRows.self)
        let expected = SQLiteSchemaReader().schema(from: rows)
        for reordered in reorderings(of: rows, [\.columns, \.indexes, \.foreignKeys], seed: 12) {
            #expect(SQLiteSchemaReader().schema(from: reordered) == expected)
        }
    }

    @Test("triggers: a table's, after it, kept in order; one on a view or an unknown table is no table's")
    func triggers() {
        var rows = SQLiteCatalogRows()
        rows.tables = [
            ["t", "create table t (a int)", nil],
            ["t", "CREATE TRIGGER a_t after insert on t begin select 1; end", "a_t"],
            ["t", "CREATE TRIGGER b_t after delete on t begin select 2; end", "b_t"],
            ["v", "CREATE TRIGGER v_t instead of insert on v begin select 3; end", "v_t"],
            ["u", "create table u (b int)", nil],
        ]
        let schema = SQLiteSchemaReader().schema(from: rows)
        #expect(schema.tables.map(\.name) == ["t", "u"])
        #expect(schema.table(QualifiedName("t"))?.triggers == [
            "CREATE TRIGGER a_t after insert on t begin select 1; end", "CREATE TRIGGER b_t after delete on t begin select 2; end",
        ])
        #expect(schema.table(QualifiedName("u"))?.triggers == [])
    }

    @Test("short and null rows are skipped, not trapped on")
    func malformedRows() {
        var rows = SQLiteCatalogRows()
        rows.tables = [["t", nil], [nil]]
        rows.columns = [["t"], ["t", "0", nil], ["missing", "0", "x", "integer", "0", nil, "0", "0"]]
        rows.indexes = [["t"]]
        rows.foreignKeys = [["t", "not a number"]]
        #expect(SQLiteSchemaReader().schema(from: rows) == DatabaseSchema(tables: [TableSchema(name: "t")]))
    }

    @Test("the introspector runs four queries, however many tables")
    func queryCount() {
        #expect(SQLiteCatalogQueries.all.count == 4)
    }

    @Test("create table text: keywords in any case, names as written")
    func createTableKeywords() {
        let definition = CreateTableDefinition("""
            CREATE TABLE "t" (id INTEGER PRIMARY KEY AutoIncrement, "As" TEXT Collate NoCase, g INT GENERATED ALWAYS AS (id * 2) STORED,
              h int As (id + 1), p int, "collate" int, CONSTRAINT "fk" FOREIGN KEY (p) REFERENCES "t" (id) Deferrable Initially Deferred,
              constraint c check (p > 0)) Strict, Without RowID
            """)
        #expect(definition.hasAutoincrement)
        #expect(definition.columns["As"]?.collation == "NoCase" && definition.columns["As"]?.generated == nil)
        #expect(definition.columns["g"]?.generated == "id * 2" && definition.columns["h"]?.generated == "id + 1")
        #expect(definition.columns["p"]?.generated == nil && definition.columns["collate"]?.collation == nil)
        #expect(definition.foreignKeys.map(\.name) == ["fk"] && definition.foreignKeys.first?.deferral == .deferred)
        #expect(definition.checks == [CheckSchema(name: "c", expression: "p > 0")])
        #expect(definition.options.isStrict && definition.options.isWithoutRowid)
        #expect(!CreateTableDefinition("create table u (id integer primary key, v text)").hasAutoincrement)
    }

    @Test("create table text: string literals as names, the last collate, autoincrement in a table's primary key")
    func createTableLegacySpellings() {
        let definition = CreateTableDefinition("""
            create table t (id integer, 'my ''col''' text collate 'NoCase', b text collate binary collate rtrim,
              constraint 'fk' foreign key ('b') references u (x), primary key (id autoincrement))
            """)
        #expect(definition.columns["my 'col'"]?.collation == "NoCase")
        #expect(definition.columns["b"]?.collation == "rtrim")
        #expect(definition.foreignKeys.map(\.name) == ["fk"] && definition.foreignKeys.first?.columns == ["b"])
        #expect(definition.hasAutoincrement && definition.columnCount == 3)
        #expect(!CreateTableDefinition("create table u (id integer, primary key (id desc))").hasAutoincrement)
    }

    @Test("create table text: a word inside a column's parentheses is part of an expression, not of the column")
    func createTableNestedWords() {
        let definition = CreateTableDefinition("""
            create table t (a int default (cast(1 as int)) generated always as (a + 1) virtual,
              b text check (b collate nocase <> 'x') collate rtrim, c text check (c collate nocase <> 'y'), d int)
            """)
        #expect(definition.columns["a"]?.generated == "a + 1")
        #expect(definition.columns["b"]?.collation == "rtrim")
        // Nothing to say of c and d: no entry, as for any plain column.
        #expect(definition.columns["c"] == nil && definition.columns["d"] == nil && definition.columnCount == 4)
    }
}
