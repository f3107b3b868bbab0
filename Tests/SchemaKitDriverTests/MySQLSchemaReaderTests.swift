import SchemaKitCore
@testable import SchemaKitMySQL
import Testing

/// The existing ``MySQLSchemaReader`` over rows recorded from MariaDB 10.11 (`Recorded/mariadb`).
@Suite("MariaDB catalog reader, recorded rows")
struct MySQLSchemaReaderTests {
    /// The reader as the introspector builds it for the server that produced the rows.
    func read(_ fixture: String) throws -> (DatabaseSchema, MySQLDialect) {
        let recorded = try RecordedCatalog.load(engine: "mariadb", fixture: fixture)
        let isMariaDB = try #require(recorded.isMariaDB as Bool?)
        let queries = MySQLCatalogQueries(isMariaDB: isMariaDB, version: try #require(recorded.version))
        let dialect = MySQLDialect(flavor: isMariaDB ? .mariadb : .mysql)
        var catalog = MySQLCatalog()
        catalog.tables = recorded.rows["tables"] ?? []
        catalog.columns = recorded.rows["columns"] ?? []
        catalog.indexColumns = recorded.rows["indexColumns"] ?? []
        catalog.foreignKeyColumns = recorded.rows["foreignKeyColumns"] ?? []
        catalog.checks = recorded.rows["checks"] ?? []
        let reader = MySQLSchemaReader(dialect: dialect, defaultsAreQuoted: isMariaDB, expressionsAreEscaped: queries.expressionsAreEscaped)
        return (reader.schema(from: catalog), dialect)
    }

    @Test("recorded rows read back as the schema the metadata describes", arguments: CatalogFixtures.metadata.map(\.name))
    func matchesMetadata(fixture: String) throws {
        let entities = try #require(CatalogFixtures.metadata.first { $0.name == fixture }).entities
        let (schema, dialect) = try read(fixture)
        try expectMatchesMetadata(schema, entities: entities, dialect: dialect)
    }

    @Test("the rows come from MariaDB")
    func server() throws {
        let recorded = try RecordedCatalog.load(engine: "mariadb", fixture: CatalogFixtures.handWritten)
        #expect(recorded.isMariaDB == true && recorded.server.contains("MariaDB"))
    }

    @Test("a hand-written schema is read attribute by attribute")
    func handWritten() throws {
        let (schema, _) = try read(CatalogFixtures.handWritten)
        #expect(schema.tables.map(\.name) == ["child", "line", #"Ünï "parent""#])

        let parent = try #require(schema.table(QualifiedName(#"Ünï "parent""#)))
        #expect(parent == TableSchema(
            name: #"Ünï "parent""#, comment: #"it's "quoted"; -- \"#, collation: "utf8mb4_general_ci",
            columns: [
                ColumnSchema(name: "id", type: "bigint", isAutoincrement: true),
                ColumnSchema(name: "code", type: "varchar(20)", collation: "utf8mb4_bin"),
            ],
            primaryKey: PrimaryKeySchema(columns: ["id"]),
            indexes: [IndexSchema(name: "parent_code_unique", columns: [.init("code")], isUnique: true, isConstraint: true)],
            options: TableOptions(engine: "InnoDB")))

        let child = try #require(schema.table(QualifiedName("child")))
        #expect(child.primaryKey == PrimaryKeySchema(columns: ["id", "tenant"]))
        #expect(child.column("label") == ColumnSchema(
            name: "label", type: "varchar(50)", isNullable: true, defaultValue: "'it''s'", comment: #"say "hi"; it's"#))
        #expect(child.column("state") == ColumnSchema(
            name: "state", type: "enum('a''b','c')", defaultValue: "'c'", enumItems: ["a'b", "c"]))
        #expect(child.column("total")?.generated == GeneratedColumn("`qty` * 2", storage: .stored))
        #expect(child.column("half")?.generated == GeneratedColumn("`qty` / 2", storage: .virtual))
        #expect(child.foreignKeys == [ForeignKeySchema(
            name: "child_parent_fk", columns: ["parent_id"], referencedTable: QualifiedName(#"Ünï "parent""#),
            referencedColumns: ["id"], deleteRule: .cascade, updateRule: .restrict)])
        #expect(child.checks == [CheckSchema(name: "child_qty_check", expression: "`qty` >= 0", column: "qty")])
        #expect(child.indexes.first { $0.name == "child_label_desc" }
            == IndexSchema(name: "child_label_desc", columns: [.init("label", descending: true), .init("state")]))
        #expect(child.indexes.first { $0.name == "child_label_prefix" }
            == IndexSchema(name: "child_label_prefix", columns: [IndexSchema.Column("label", length: 10)]))

        let line = try #require(schema.table(QualifiedName("line")))
        #expect(line.primaryKey == PrimaryKeySchema(columns: ["child_id", "tenant", "no"]))
        #expect(line.foreignKeys == [ForeignKeySchema(
            name: "line_child_fk", columns: ["child_id", "tenant"], referencedTable: QualifiedName("child"),
            referencedColumns: ["id", "tenant"], deleteRule: .restrict, updateRule: .cascade)])
    }

    @Test("MariaDB's catalog queries each read one information_schema table, narrowed to database()")
    func noInformationSchemaJoins() throws {
        // MariaDB materialises each information_schema table it reads and joins them as nested
        // loops; a joined side the where clause does not narrow is read for every database on
        // the server (22 s of a 1,000-table read, and a temporary table on disk all that time).
        let queries = MySQLCatalogQueries(isMariaDB: true, version: [10, 11, 19])
        let all = [queries.tables, queries.columns, queries.indexColumns, queries.foreignKeyColumns, queries.foreignKeyRules,
                   try #require(queries.checks)]
        for sql in all {
            #expect(sql.components(separatedBy: "information_schema.").count == 2, "\(sql)")
            #expect(sql.contains("_SCHEMA = database()"), "\(sql)")
        }
    }

    @Test("foreign key rules are joined to their columns in the client, by table and constraint name")
    func joiningRules() {
        let rules: [[String?]] = [["b", "fk", "CASCADE", "SET NULL"], ["a", "fk", "RESTRICT", "NO ACTION"]]
        let columns: [[String?]] = [
            ["a", "fk", "x", "1", "db", "t", "id"], ["a", "fk", "y", "1", "db", "t", "k"], ["b", "fk", "z", "0", "other", "u", "id"],
            ["c", "fk", "w", "1", "db", "t", "id"],
        ]
        #expect(MySQLCatalogQueries.joiningRules(rules, to: columns) == [
            ["a", "fk", "x", "1", "db", "t", "id", "RESTRICT", "NO ACTION"], ["a", "fk", "y", "1", "db", "t", "k", "RESTRICT", "NO ACTION"],
            ["b", "fk", "z", "0", "other", "u", "id", "CASCADE", "SET NULL"], ["c", "fk", "w", "1", "db", "t", "id", nil, nil],
        ])
    }

    @Test("a partitioning clause is taken from show create table: one line, no per-partition engine, no version comment")
    func partitionClause() {
        let mariadb = """
            CREATE TABLE `sale` (
              `id` int(11) NOT NULL,
              `sold_on` date NOT NULL,
              PRIMARY KEY (`id`,`sold_on`)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='PARTITION BY nothing'
             PARTITION BY LIST  COLUMNS(`region`)
            (PARTITION `p eu` VALUES IN ('a  b','c') COMMENT = 'x' ENGINE = InnoDB,
             PARTITION `p_rest` DEFAULT ENGINE = InnoDB)
            """
        #expect(MySQLSchemaReader.partitionClause(inCreateTable: mariadb)
            == "PARTITION BY LIST COLUMNS(`region`) (PARTITION `p eu` VALUES IN ('a  b','c') COMMENT = 'x', PARTITION `p_rest` DEFAULT)")
        let mysql = """
            CREATE TABLE `t` (
              `id` int NOT NULL
            ) ENGINE=InnoDB
            /*!50100 PARTITION BY HASH (`id`)
            PARTITIONS 4 */
            """
        #expect(MySQLSchemaReader.partitionClause(inCreateTable: mysql) == "PARTITION BY HASH (`id`) PARTITIONS 4")
        #expect(MySQLSchemaReader.partitionClause(inCreateTable: "CREATE TABLE `t` (\n  `id` int\n) ENGINE=InnoDB") == nil)
        #expect(MySQLSchemaReader.isPartitioned(createOptions: "row_format=DYNAMIC partitioned"))
        #expect(!MySQLSchemaReader.isPartitioned(createOptions: "`comment`='partitioned'"))
    }

    @Test("hand-written rows: a period and a key without overlaps come from the definition; the period's check goes")
    func periods() throws {
        var catalog = MySQLCatalog()
        catalog.tables = [["room `b`", "", "utf8mb4_general_ci", "InnoDB", "", "BASE TABLE"]]
        catalog.columns = [
            ["room `b`", "room", "int(11)", "NO", nil, "", nil, "", nil],
            ["room `b`", "from", "datetime", "NO", nil, "", nil, "", nil],
            ["room `b`", "to", "datetime", "NO", nil, "", nil, "", nil],
        ]
        catalog.checks = [["room `b`", "booked `p`", "`from` < `to`", "Table"], ["room `b`", "other", "`from` < `to`", "Table"]]
        catalog.indexColumns = [
            ["room `b`", "no overlap", "0", "room", "A", "BTREE", nil, nil, "", "NO"],
            ["room `b`", "no overlap", "0", "to", "A", "BTREE", nil, nil, "", "NO"],
            ["room `b`", "no overlap", "0", "from", "A", "BTREE", nil, nil, "", "NO"],
        ]
        #expect(MySQLSchemaReader.mayBePeriod(check: catalog.checks[0]))
        catalog.definitions["room `b`"] = """
            CREATE TABLE `room ``b``` (
              `room` int(11) NOT NULL,
              `from` datetime NOT NULL,
              `to` datetime NOT NULL,
              PERIOD FOR `booked ``p``` (`from`, `to`),
              UNIQUE KEY `no overlap` (`room`,`booked ``p``` WITHOUT OVERLAPS) COMMENT 'WITHOUT OVERLAPS)',
              CONSTRAINT `other` CHECK (`from` < `to`)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
            """
        let reader = MySQLSchemaReader(dialect: .mariaDB, defaultsAreQuoted: true, expressionsAreEscaped: false)
        let room = try #require(reader.schema(from: catalog).table(QualifiedName("room `b`")))
        #expect(room.periods == [PeriodSchema(name: "booked `p`", start: "from", end: "to")])
        #expect(room.checks.map(\.name) == ["other"], "the period's own check is the period")
        var key = IndexSchema(name: "no overlap", columns: [.init("room")], isUnique: true)
        key.withoutOverlaps = "booked `p`"
        #expect(room.indexes == [key])
        #expect(room.options.partitioning == nil, "a definition read for its periods is no partitioning")
    }
}
