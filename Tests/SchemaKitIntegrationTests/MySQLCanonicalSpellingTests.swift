import SchemaKitCore
@testable import SchemaKitMySQL
import Testing

/// The server's spelling against the metadata's, without a server: MySQL's canonical spelling,
/// and the catalog reader fed rows the way MySQL 8 (not MariaDB) returns them.
@Suite("MySQL canonical spelling")
struct MySQLCanonicalSpellingTests {
    let dialect = MySQLDialect.mariaDB

    @Test("types: display widths, unsigned, synonyms, enum quoting", arguments: [
        ("int(11)", "int", false),
        ("INT(10) UNSIGNED", "int", true),
        ("integer", "int", false),
        ("bigint(20) unsigned", "bigint", true),
        ("tinyint(1)", "tinyint(1)", false),
        ("tinyint(3) unsigned", "tinyint", true),
        ("boolean", "tinyint(1)", false),
        ("smallint(5) unsigned zerofill", "smallint(5) zerofill", true),
        ("numeric(10,2)", "decimal(10,2)", false),
        ("decimal(10, 2)", "decimal(10,2)", false),
        ("decimal", "decimal(10,0)", false),
        ("double precision", "double", false),
        ("real", "double", false),
        ("character varying(20)", "varchar(20)", false),
        ("char", "char(1)", false),
        ("datetime(0)", "datetime", false),
        ("datetime(3)", "datetime(3)", false),
        ("enum('a''b','c\\\\d')", "enum('a''b','c\\\\d')", false),
        ("ENUM('a','b')", "enum('a','b')", false),
        ("enum('a\\'b')", "enum('a''b')", false),
        ("varchar(255)", "varchar(255)", false),
        ("json", "json", false),
    ])
    func types(input: String, type: String, isUnsigned: Bool) {
        let canonical = dialect.canonicalType(input)
        #expect(canonical.type == type)
        #expect(canonical.isUnsigned == isUnsigned)
    }

    @Test("enum items are read with both quote escapes")
    func enumItems() {
        #expect(dialect.enumItems(inType: "enum('a''b','c\"d','e\\\\f','g\\'h')") == ["a'b", "c\"d", "e\\f", "g'h"])
        #expect(dialect.enumItems(inType: "set('x','y')") == ["x", "y"])
        #expect(dialect.enumItems(inType: "varchar(5)") == nil)
        #expect(dialect.enumItems(inType: "enumx('a')") == nil)
    }

    @Test("defaults: what the server returns and what metadata says compare equal", arguments: [
        ("tinyint(1)", "false", "0"),
        ("tinyint(1)", "true", "1"),
        ("decimal(10,2)", "0", "0.00"),
        ("decimal(6,3)", "-0.5", "-0.500"),
        ("double", "1.5", "1.50"),
        ("double", "+.5", "0.50"),
        ("decimal(10,2)", "1e2", "100.00"),
        ("int", "'3'", "3"),
        ("varchar(5)", "0", "'0'"),
        ("varchar(20)", "'it''s'", "'it\\'s'"),
        ("text", "('x')", "'x'"),
        ("datetime", "current_timestamp", "current_timestamp()"),
        ("datetime", "now()", "CURRENT_TIMESTAMP"),
        ("datetime(3)", "current_timestamp(3)", "now(3)"),
        ("enum('a','b')", "'a'", "'a'"),
    ])
    func defaults(type: String, declared: String, live: String) {
        let target = ColumnSchema(name: "c", type: type, defaultValue: declared)
        let server = ColumnSchema(name: "c", type: type, defaultValue: live)
        #expect(SchemaComparator.compare(from: server, to: target, dialect: dialect).isEmpty)
    }

    @Test("a null default on a nullable column is no default; different defaults differ")
    func nullAndDifferentDefaults() {
        let declared = ColumnSchema(name: "c", type: "varchar(5)", isNullable: true, defaultValue: "null")
        let live = ColumnSchema(name: "c", type: "varchar(5)", isNullable: true)
        #expect(SchemaComparator.compare(from: live, to: declared, dialect: dialect).isEmpty)
        let changed = ColumnSchema(name: "c", type: "decimal(10,2)", defaultValue: "0.01")
        let zero = ColumnSchema(name: "c", type: "decimal(10,2)", defaultValue: "0.00")
        #expect(SchemaComparator.compare(from: zero, to: changed, dialect: dialect).map(\.attribute) == [.defaultValue])
        let text = ColumnSchema(name: "c", type: "varchar(5)", defaultValue: "'A'")
        let lower = ColumnSchema(name: "c", type: "varchar(5)", defaultValue: "'a'")
        #expect(SchemaComparator.compare(from: lower, to: text, dialect: dialect).map(\.attribute) == [.defaultValue])
    }

    @Test("expressions: quotes, escapes, introducers and synonyms", arguments: [
        ("`age` >= 0", "age >= 0"),
        ("(`age` >= 0)", "age>=0"),
        ("octet_length(`title`)", "length(title)"),
        ("`s` in (_utf8mb4'a',_utf8mb4'b')", "s in ('a', 'b')"),
        ("`s` in ('a\\'b','c')", "s in ('a''b', 'c')"),
        ("`a` <> 1", "a != 1"),
        ("`t` <> 'x\\\\y'", "t <> 'x\\\\y'"),
    ])
    func expressions(live: String, declared: String) {
        #expect(dialect.canonicalExpression(live) == dialect.canonicalExpression(declared))
    }

    @Test("string literals keep their case and content")
    func literalsStayDistinct() {
        #expect(dialect.canonicalExpression("`price` >= 0") == "price>=0")
        #expect(dialect.canonicalExpression("`s` in ('a\\'b')") == "s in('a''b')")
        #expect(dialect.canonicalExpression("s = 'A'") != dialect.canonicalExpression("s = 'a'"))
        #expect(dialect.canonicalExpression("s = 'a b'") != dialect.canonicalExpression("s = 'ab'"))
        #expect(dialect.canonicalExpression("octet_length('octet_length(')") == "length('octet_length(')")
    }

    @Test("MySQL 8 rows: unquoted defaults, DEFAULT_GENERATED, functional index parts, NO ACTION")
    func mySQLRows() throws {
        var catalog = MySQLCatalog()
        catalog.tables = [["t", "", "utf8mb4_0900_ai_ci"], ["u", "u's", "utf8mb4_0900_ai_ci"]]
        catalog.columns = [
            ["t", "id", "int unsigned", "NO", nil, "auto_increment", nil, "", nil],
            ["t", "name", "varchar(20)", "NO", "it's", "", "utf8mb4_0900_ai_ci", "", nil],
            ["t", "code", "varchar(20)", "YES", nil, "", "utf8mb4_bin", "", nil],
            ["t", "price", "decimal(10,2)", "NO", "0.00", "", nil, "", nil],
            ["t", "at", "datetime", "NO", "CURRENT_TIMESTAMP", "DEFAULT_GENERATED", nil, "", nil],
            ["t", "doc", "json", "YES", nil, "", nil, "", nil],
            ["t", "len", "int", "YES", nil, "VIRTUAL GENERATED", nil, "", "char_length(`name`)"],
            ["t", "u_id", "int unsigned", "YES", nil, "", nil, "", nil],
            ["u", "id", "int unsigned", "NO", nil, "auto_increment", nil, "", nil],
        ]
        catalog.indexColumns = [
            ["t", "PRIMARY", "0", "id", "A", "BTREE", nil],
            ["t", "t_lower_name", "1", nil, "A", "BTREE", "lower(`name`)"],
            ["t", "t_name_unique", "0", "name", "A", "BTREE", nil],
            ["t", "t_u_id_foreign", "1", "u_id", "A", "BTREE", nil],
            ["u", "PRIMARY", "0", "id", "A", "BTREE", nil],
        ]
        catalog.foreignKeyColumns = [
            ["t", "t_u_id_foreign", "u_id", "1", "db", "u", "id", "NO ACTION", "SET NULL"],
            ["t", "t_other_foreign", "u_id", "0", "other_db", "v", "id", "CASCADE", "RESTRICT"],
        ]
        catalog.checks = [["t", "t_price_check", "(`price` >= 0)"]]
        let schema = MySQLSchemaReader(dialect: .mySQL, defaultsAreQuoted: false, expressionsAreEscaped: true).schema(from: catalog)
        #expect(schema.tables.map(\.name) == ["t", "u"])
        let t = try #require(schema.table(QualifiedName("t")))
        #expect(t.columns == [
            ColumnSchema(name: "id", type: "int", isAutoincrement: true, isUnsigned: true),
            ColumnSchema(name: "name", type: "varchar(20)", defaultValue: "'it''s'"),
            ColumnSchema(name: "code", type: "varchar(20)", isNullable: true, collation: "utf8mb4_bin"),
            ColumnSchema(name: "price", type: "decimal(10,2)", defaultValue: "0.00"),
            ColumnSchema(name: "at", type: "datetime", defaultValue: "CURRENT_TIMESTAMP"),
            ColumnSchema(name: "doc", type: "json", isNullable: true),
            ColumnSchema(name: "len", type: "int", isNullable: true, generated: GeneratedColumn("char_length(`name`)", storage: .virtual)),
            ColumnSchema(name: "u_id", type: "int", isNullable: true, isUnsigned: true),
        ])
        #expect(t.primaryKey == PrimaryKeySchema(columns: ["id"]))
        #expect(t.indexes == [
            IndexSchema(name: "t_lower_name", columns: [], expression: "lower(`name`)"),
            IndexSchema(name: "t_name_unique", columns: [.init("name")], isUnique: true, isConstraint: true),
            IndexSchema(name: "t_u_id_foreign", columns: [.init("u_id")]),
        ])
        #expect(t.foreignKeys == [
            ForeignKeySchema(name: "t_other_foreign", columns: ["u_id"], referencedTable: QualifiedName("v", schema: "other_db"),
                             referencedColumns: ["id"], deleteRule: .restrict, updateRule: .cascade),
            ForeignKeySchema(name: "t_u_id_foreign", columns: ["u_id"], referencedTable: QualifiedName("u"),
                             referencedColumns: ["id"], deleteRule: .setNull, updateRule: .noAction),
        ])
        #expect(t.checks == [CheckSchema(name: "t_price_check", expression: "(`price` >= 0)", column: "price")])
        #expect(schema.table(QualifiedName("u"))?.comment == "u's")
    }

    @Test("MySQL 8 rows: backslash-escaped checks, generated columns, index expressions, expression defaults (bug #100607)")
    func mySQLEscapedRows() throws {
        let dialect = MySQLDialect.mySQL
        var catalog = MySQLCatalog()
        catalog.tables = [["t", "", "utf8mb4_0900_ai_ci"]]
        // MySQL 8 backslash-escapes these catalog columns (https://bugs.mysql.com/bug.php?id=100607):
        // `('it''s')` is printed `_utf8mb4'it\'s'`, then escaped once more.
        catalog.columns = [
            ["t", "id", "int", "NO", nil, "", nil, "", nil],
            // A literal default is the value's raw text, not escaped: its backslash stays.
            ["t", "s", "varchar(10)", "NO", #"a\b"#, "", nil, "", nil],
            ["t", "body", "text", "YES", #"_utf8mb4\'x\'"#, "DEFAULT_GENERATED", nil, "", nil],
            ["t", "quote", "text", "YES", #"_utf8mb4\'it\\\'s \\\\ z\'"#, "DEFAULT_GENERATED", nil, "", nil],
            ["t", "doc", "json", "YES", #"_utf8mb4\'[]\'"#, "DEFAULT_GENERATED", nil, "", nil],
            ["t", "data", "blob", "YES", #"_binary\'ab\'"#, "DEFAULT_GENERATED", nil, "", nil],
            ["t", "at", "datetime", "NO", "CURRENT_TIMESTAMP", "DEFAULT_GENERATED", nil, "", nil],
            ["t", "tag", "varchar(30)", "YES", nil, "VIRTUAL GENERATED", nil, "", #"concat(`s`,_utf8mb4\'-\')"#],
        ]
        catalog.indexColumns = [
            ["t", "PRIMARY", "0", "id", "A", "BTREE", nil],
            ["t", "t_bang", "1", nil, "A", "BTREE", #"concat(`s`,_utf8mb4\'!\')"#],
        ]
        catalog.checks = [["t", "t_s_check", #"(`s` in (_utf8mb4\'a\',_utf8mb4\'b\'))"#]]
        let schema = MySQLSchemaReader(dialect: dialect, defaultsAreQuoted: false, expressionsAreEscaped: true).schema(from: catalog)
        let t = try #require(schema.table(QualifiedName("t")))
        #expect(t.columns.map(\.defaultValue) == [
            nil, dialect.quoteLiteral(#"a\b"#), "'x'", dialect.quoteLiteral(#"it's \ z"#), "'[]'", "'ab'", "CURRENT_TIMESTAMP", nil,
        ])
        #expect(t.columns.last?.generated == GeneratedColumn("concat(`s`,_utf8mb4'-')", storage: .virtual))
        #expect(t.indexes == [IndexSchema(name: "t_bang", columns: [], expression: "concat(`s`,_utf8mb4'!')")])
        #expect(t.checks == [CheckSchema(name: "t_s_check", expression: "(`s` in (_utf8mb4'a',_utf8mb4'b'))", column: "s")])

        // What the metadata declares compares equal: no perpetual difference.
        var declared = t
        declared.columns[2].defaultValue = "('x')"
        declared.columns[3].defaultValue = "(" + dialect.quoteLiteral(#"it's \ z"#) + ")"
        declared.columns[4].defaultValue = "('[]')"
        declared.columns[5].defaultValue = "('ab')"
        declared.columns[7].generated = GeneratedColumn("concat(s, '-')", storage: .virtual)
        declared.indexes[0].expression = "concat(s, '!')"
        declared.checks[0].expression = "s in ('a', 'b')"
        let difference = try SchemaComparator.compare(from: schema, to: DatabaseSchema(tables: [declared]), dialect: dialect)
        #expect(difference.isEmpty, "\(difference.description)")
    }

    @Test("MariaDB rows keep their backslashes: only MySQL 8 escapes its catalog")
    func mariaDBRowsAreNotUnescaped() throws {
        var catalog = MySQLCatalog()
        catalog.tables = [["t", "", "utf8mb4_general_ci"]]
        catalog.columns = [
            ["t", "s", "varchar(10)", "NO", #"'a\\b'"#, "", nil, "", nil],
            ["t", "g", "varchar(10)", "YES", nil, "VIRTUAL GENERATED", nil, "", #"concat(`s`,'\\')"#],
        ]
        catalog.checks = [["t", "t_s_check", #"`s` <> 'x\'y'"#]]
        let schema = MySQLSchemaReader(dialect: .mariaDB, defaultsAreQuoted: true, expressionsAreEscaped: false).schema(from: catalog)
        let t = try #require(schema.table(QualifiedName("t")))
        #expect(t.columns.map(\.defaultValue) == [#"'a\\b'"#, nil])
        #expect(t.columns[1].generated?.expression == #"concat(`s`,'\\')"#)
        #expect(t.checks.map(\.expression) == [#"`s` <> 'x\'y'"#])
    }

    @Test("one level of backslash escaping comes off", arguments: [
        (#"_utf8mb4\'a\'"#, "_utf8mb4'a'"),
        (#"\'it\\\'s\'"#, #"'it\'s'"#),
        (#"\'a\\\\b\'"#, #"'a\\b'"#),
        (#"x\ny"#, "x\ny"),
        ("no escapes", "no escapes"),
        (#"trailing\"#, #"trailing\"#),
        ("e\\\u{301}x", "e\u{301}x"),
    ])
    func unescaping(escaped: String, plain: String) {
        #expect(MySQLSchemaReader.removingBackslashEscapes(escaped) == plain)
    }

    @Test("a prefix-length key part keeps its length, so it never equals the whole column")
    func prefixLengthRows() throws {
        var catalog = MySQLCatalog()
        catalog.tables = [["t", "", "utf8mb4_general_ci"]]
        catalog.columns = [
            ["t", "email", "varchar(50)", "NO", nil, "", nil, "", nil],
            ["t", "name", "varchar(50)", "NO", nil, "", nil, "", nil],
            ["t", "at", "point", "NO", nil, "", nil, "", nil],
        ]
        catalog.indexColumns = [
            ["t", "t_email_unique", "0", "email", "A", "BTREE", nil, "10"],
            ["t", "t_name_email", "1", "name", "D", "BTREE", nil, nil],
            ["t", "t_name_email", "1", "email", "A", "BTREE", nil, "5"],
            ["t", "t_prefix_first", "1", "email", "A", "BTREE", nil, "3"],
            ["t", "t_prefix_first", "1", "name", "A", "BTREE", nil, nil],
            ["t", "t_whole", "0", "email", "A", "BTREE", nil, nil],
            // MariaDB reports 32 on every spatial key part.
            ["t", "t_where", "1", "at", "A", "SPATIAL", nil, "32"],
        ]
        let schema = MySQLSchemaReader(dialect: .mariaDB, defaultsAreQuoted: true, expressionsAreEscaped: false).schema(from: catalog)
        let t = try #require(schema.table(QualifiedName("t")))
        #expect(t.indexes == [
            IndexSchema(name: "t_email_unique", columns: [.init("email", length: 10)], isUnique: true),
            IndexSchema(name: "t_name_email", columns: [.init("name", descending: true), .init("email", length: 5)]),
            IndexSchema(name: "t_prefix_first", columns: [.init("email", length: 3), .init("name")]),
            IndexSchema(name: "t_where", columns: [.init("at")], method: "spatial"),
            IndexSchema(name: "t_whole", columns: [.init("email")], isUnique: true, isConstraint: true),
        ])
    }

    @Test("catalog queries follow the server: MariaDB, MySQL 8.0.36, MySQL 5.7")
    func catalogQueries() {
        let mariaDB = MySQLCatalogQueries(isMariaDB: true, version: [10, 11, 19])
        #expect(mariaDB.indexColumns.contains("INDEX_TYPE, null, SUB_PART, INDEX_COMMENT, IGNORED from"))
        #expect(mariaDB.checks?.contains("from information_schema.CHECK_CONSTRAINTS where") == true)
        let mySQL8 = MySQLCatalogQueries(isMariaDB: false, version: [8, 0, 36])
        #expect(mySQL8.indexColumns.contains("INDEX_TYPE, EXPRESSION, SUB_PART, INDEX_COMMENT, case IS_VISIBLE when 'NO' then 'YES' else 'NO' end from"))
        #expect(mySQL8.checks?.contains("join information_schema.CHECK_CONSTRAINTS") == true)
        let mySQL57 = MySQLCatalogQueries(isMariaDB: false, version: [5, 7, 44])
        #expect(mySQL57.indexColumns.contains("INDEX_TYPE, null, SUB_PART, INDEX_COMMENT, null from"))
        #expect(mySQL57.checks == nil)
        #expect(!mariaDB.expressionsAreEscaped && mySQL8.expressionsAreEscaped && !mySQL57.expressionsAreEscaped)
    }
}

/// Schema reading canonicalizes every column on many tasks at once (the readers run
/// concurrently in `diff`, and inside server applications). A CI run once trapped inside
/// Foundation's `trimmingCharacters(in:)` there; the canonical spelling keeps to the standard
/// library now, and this test hammers it from parallel tasks against the sequential answer.
@Suite("canonical spelling under concurrency")
struct ConcurrentCanonicalSpellingTests {
    @Test("parallel tasks canonicalize columns and defaults exactly as one task does")
    func parallelCanonicalization() async {
        let mariaDB = MySQLDialect.mariaDB
        let postgres = PostgreSQLDialect()
        let columns = [
            ColumnSchema(name: "a", type: "  INT(10) UNSIGNED \n", defaultValue: " '3' "),
            ColumnSchema(name: "b", type: "decimal(10, 2)", defaultValue: "-0.500"),
            ColumnSchema(name: "c", type: "enum('a''b', 'c')", defaultValue: "('a''b')"),
            ColumnSchema(name: "d", type: "text", isNullable: true, defaultValue: "null"),
            ColumnSchema(name: "e", type: "datetime(3)", defaultValue: " now(3) "),
        ]
        let expected = columns.map { mariaDB.canonicalColumn($0) }
        let postgresColumns = ["character varying ( 20 )", " numeric(10, 2) ", "timestamp(3) without time zone"]
            .map { ColumnSchema(name: "p", type: $0, defaultValue: "'x'::text") }
        let expectedPostgres = postgresColumns.map { postgres.canonicalColumn($0) }
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var wrong = 0
                    for _ in 0..<2_000 {
                        if columns.map({ mariaDB.canonicalColumn($0) }) != expected { wrong += 1 }
                        if postgresColumns.map({ postgres.canonicalColumn($0) }) != expectedPostgres { wrong += 1 }
                    }
                    return wrong
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
        #expect(expected.map(\.type) == ["int", "decimal(10,2)", "enum('a''b','c')", "text", "datetime(3)"])
        #expect(expected.map(\.defaultValue) == ["3", "-0.5", "'a''b'", nil, "current_timestamp(3)"])
    }

    @Test("trimming keeps to whitespace and newlines at both ends")
    func trimming() {
        #expect("  int(11) \n\t".trimmed() == "int(11)")
        #expect(" a b ".trimmed() == "a b")
        #expect(" \n ".trimmed() == "")
        #expect("".trimmed() == "")
        #expect("\u{00A0}é\u{3000}".trimmed() == "é")
        #expect("?!name!\\".trimmed(where: { "?!\\".contains($0) }) == "name")
    }
}
