import SchemaKitCore

/// Reads the current database's schema from `information_schema` in six queries, however many
/// tables there are: tables, columns, index columns, foreign key columns, foreign key rules,
/// checks. Every query is narrowed to `database()` and none joins two `information_schema`
/// tables, so reading one database costs the same however many others the server holds.
///
/// Two kinds of table, both rare, are read once more with `show create table`: a partitioned
/// one (flagged in `TABLES.CREATE_OPTIONS`), since `information_schema.PARTITIONS` cannot tell a
/// list partition's `default` from `values in (0)` (MariaDB 10.11 reports both as `0`); and one
/// with a table check `` `a` < `b` `` over two of its columns, the check MariaDB makes for an
/// application-time period, which `information_schema` does not list (nor `without overlaps`).
///
/// Only the database the connection uses (`database()`) is read; a MySQL database is its own
/// namespace, so tables come back without a schema, and a foreign key into another database
/// names it in `referencedTable.schema`.
struct MySQLIntrospector {
    let connection: MySQLConnection
    let dialect: MySQLDialect

    /// The tables' and columns' rows go into a ``MySQLSchemaReader/Builder`` as the server sends
    /// them; the other queries' rows (indexes, foreign keys, checks: a fraction of the columns')
    /// are read whole.
    func introspect(_ options: IntrospectionOptions) async throws -> DatabaseSchema {
        let queries = MySQLCatalogQueries(isMariaDB: connection.isMariaDB, version: connection.serverVersionNumbers)
        let reader = MySQLSchemaReader(dialect: dialect, defaultsAreQuoted: connection.isMariaDB,
                                       expressionsAreEscaped: queries.expressionsAreEscaped)
        let sink = CatalogRowSink(MySQLSchemaReader.Builder(reader: reader))
        var rest = MySQLCatalog()
        try await stream(queries.tables, "tables") { row in sink.add { $0.addTable(row) } }
        try await stream(queries.columns, "columns") { row in sink.add { $0.addColumn(row) } }
        try await readRest(queries, into: &rest, partitioned: sink.finish { $0.partitionedTables })
        let schema = sink.finish { $0.schema(rest: rest) }
        return schema.filtered(skipTables: options.skipTables, skipColumns: options.skipColumns,
                               ignoreSchema: options.ignoreSchema)
    }

    /// Runs the catalog queries, in order, and returns their rows with the queries used.
    func catalog() async throws -> (MySQLCatalog, MySQLCatalogQueries) {
        let queries = MySQLCatalogQueries(isMariaDB: connection.isMariaDB, version: connection.serverVersionNumbers)
        var catalog = MySQLCatalog()
        catalog.tables = try await run(queries.tables, "tables")
        catalog.columns = try await run(queries.columns, "columns")
        let partitioned = catalog.tables.filter { MySQLSchemaReader.isPartitioned(createOptions: $0.cell(4)) }.compactMap { $0.cell(0) }
        try await readRest(queries, into: &catalog, partitioned: partitioned)
        return (catalog, queries)
    }

    /// Indexes, foreign keys, checks, and the definitions of the tables that need one (those in
    /// `partitioned`, and those with a check that may be a period's).
    private func readRest(_ queries: MySQLCatalogQueries, into catalog: inout MySQLCatalog, partitioned: [String]) async throws {
        catalog.indexColumns = try await run(queries.indexColumns, "indexes")
        catalog.foreignKeyColumns = MySQLCatalogQueries.joiningRules(
            try await run(queries.foreignKeyRules, "foreign key rules"),
            to: try await run(queries.foreignKeyColumns, "foreign keys"))
        if let checks = queries.checks {
            catalog.checks = try await run(checks, "check constraints")
        }
        let periods = catalog.checks.filter { MySQLSchemaReader.mayBePeriod(check: $0) }.compactMap { $0.cell(0) }
        for table in Set(partitioned + periods).sorted() {
            let definition = try await run("show create table \(dialect.quoteIdentifier(table))", "definition of \(table)")
            catalog.definitions[table] = definition.first?.cell(1)
        }
    }

    private func stream(_ sql: String, _ what: String, eachRow body: @escaping @Sendable ([String?]) -> Void) async throws {
        try await reading(what) { try await connection.query(sql, eachRow: body) }
    }

    private func run(_ sql: String, _ what: String) async throws -> [[String?]] {
        try await reading(what) { try await connection.query(sql) }
    }

    /// `body`, its failure named as the read of `what`.
    private func reading<T>(_ what: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as SchemaError {
            throw SchemaError(.introspectionFailed,
                              "Reading the \(what) of MySQL database at \(connection.location) failed: \(error.message)",
                              underlying: error)
        }
    }
}

/// The catalog queries, adapted to what the server has: MariaDB keeps the table name in
/// `check_constraints`, MySQL only in `table_constraints`; functional index parts
/// (`statistics.EXPRESSION`) exist from MySQL 8.0.13, check constraints from 8.0.16; MySQL 8's
/// data dictionary escapes the expressions it returns.
struct MySQLCatalogQueries {
    var isMariaDB: Bool
    var version: [Int]

    /// Whether the server backslash-escapes `CHECK_CLAUSE`, `GENERATION_EXPRESSION`,
    /// `STATISTICS.EXPRESSION` and `DEFAULT_GENERATED` defaults: MySQL 8 and later do
    /// (https://bugs.mysql.com/bug.php?id=100607), MariaDB and MySQL 5.7 do not.
    var expressionsAreEscaped: Bool { !isMariaDB && atLeast([8]) }

    private func atLeast(_ minimum: [Int]) -> Bool { version.lexicographicallyPrecedes(minimum) == false }

    /// `TABLE_NAME, TABLE_COMMENT, TABLE_COLLATION, ENGINE, CREATE_OPTIONS, TABLE_TYPE`.
    var tables: String {
        """
        select TABLE_NAME, TABLE_COMMENT, TABLE_COLLATION, ENGINE, CREATE_OPTIONS, TABLE_TYPE from information_schema.TABLES \
        where TABLE_SCHEMA = database() and TABLE_TYPE in ('BASE TABLE', 'SYSTEM VERSIONED') order by TABLE_NAME
        """
    }

    /// `TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLLATION_NAME,
    /// COLUMN_COMMENT, GENERATION_EXPRESSION`.
    var columns: String {
        """
        select TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLLATION_NAME, \
        COLUMN_COMMENT, GENERATION_EXPRESSION from information_schema.COLUMNS \
        where TABLE_SCHEMA = database() order by TABLE_NAME, ORDINAL_POSITION
        """
    }

    /// `TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, COLLATION, INDEX_TYPE, EXPRESSION, SUB_PART,
    /// INDEX_COMMENT`.
    var indexColumns: String {
        let expression = !isMariaDB && atLeast([8, 0, 13]) ? "EXPRESSION" : "null"
        // Indexes the optimizer leaves out: MariaDB 10.6 `IGNORED`, MySQL 8 `IS_VISIBLE = 'NO'`.
        let ignored = isMariaDB ? (atLeast([10, 6]) ? "IGNORED" : "null")
            : (atLeast([8, 0]) ? "case IS_VISIBLE when 'NO' then 'YES' else 'NO' end" : "null")
        return """
            select TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, COLLATION, INDEX_TYPE, \(expression), SUB_PART, INDEX_COMMENT, \
            \(ignored) \
            from information_schema.STATISTICS where TABLE_SCHEMA = database() order by TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX
            """
    }

    /// `TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, references-this-database (1/0),
    /// REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME`; the rules come
    /// from ``foreignKeyRules`` and are joined in by ``joiningRules(_:to:)``.
    ///
    /// Not one query joined with `REFERENTIAL_CONSTRAINTS`: MariaDB materialises both
    /// `information_schema` tables and joins them as a nested loop, and the joined side is not
    /// narrowed to this database, so the read took seconds per 100 tables and grew with every
    /// other database on the server (https://mariadb.com/kb/en/information-schema-tables/).
    var foreignKeyColumns: String {
        """
        select TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA = database(), \
        REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME \
        from information_schema.KEY_COLUMN_USAGE \
        where TABLE_SCHEMA = database() and REFERENCED_TABLE_NAME is not null \
        order by TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION
        """
    }

    /// `TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE`.
    var foreignKeyRules: String {
        """
        select TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE from information_schema.REFERENTIAL_CONSTRAINTS \
        where CONSTRAINT_SCHEMA = database()
        """
    }

    /// The ``foreignKeyColumns`` rows with `UPDATE_RULE, DELETE_RULE` of their constraint
    /// appended (both `nil` when `rules` has none for it): one dictionary look-up per row.
    ///
    /// ```swift
    /// MySQLCatalogQueries.joiningRules([["book", "book_author_fk", "CASCADE", "SET NULL"]],
    ///                                  to: [["book", "book_author_fk", "author_id", "1", "shop", "author", "id"]])
    /// // [["book", "book_author_fk", "author_id", "1", "shop", "author", "id", "CASCADE", "SET NULL"]]
    /// ```
    static func joiningRules(_ rules: [[String?]], to columns: [[String?]]) -> [[String?]] {
        struct Constraint: Hashable {
            var table: String?
            var name: String?
        }
        var byConstraint: [Constraint: (update: String?, delete: String?)] = [:]
        byConstraint.reserveCapacity(rules.count)
        for row in rules {
            byConstraint[Constraint(table: row.cell(0), name: row.cell(1))] = (row.cell(2), row.cell(3))
        }
        return columns.map { row in
            let rule = byConstraint[Constraint(table: row.cell(0), name: row.cell(1))]
            return row + [rule?.update, rule?.delete]
        }
    }

    /// `TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL`; `nil` when the server has no check
    /// constraints. `LEVEL` (MariaDB 10.5.10 and later) is `Column` for a check written in a
    /// column's definition, `Table` otherwise, and `NULL` where the server cannot tell.
    var checks: String? {
        if isMariaDB {
            let level = atLeast([10, 5, 10]) ? "LEVEL" : "null"
            return """
                select TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, \(level) from information_schema.CHECK_CONSTRAINTS \
                where CONSTRAINT_SCHEMA = database() order by TABLE_NAME, CONSTRAINT_NAME
                """
        }
        guard atLeast([8, 0, 16]) else { return nil }
        return """
            select t.TABLE_NAME, c.CONSTRAINT_NAME, c.CHECK_CLAUSE from information_schema.TABLE_CONSTRAINTS t \
            join information_schema.CHECK_CONSTRAINTS c \
            on c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA and c.CONSTRAINT_NAME = t.CONSTRAINT_NAME \
            where t.TABLE_SCHEMA = database() and t.CONSTRAINT_TYPE = 'CHECK' order by t.TABLE_NAME, c.CONSTRAINT_NAME
            """
    }
}

/// The rows of the catalog queries, as text.
struct MySQLCatalog: Sendable {
    var tables: [[String?]] = []
    var columns: [[String?]] = []
    var indexColumns: [[String?]] = []
    var foreignKeyColumns: [[String?]] = []
    var checks: [[String?]] = []
    /// Table → its `show create table` text, for the tables whose partitioning or periods
    /// `information_schema` does not tell.
    var definitions: [String: String] = [:]
}
