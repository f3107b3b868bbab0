import SchemaKitCore
import SQLiteNIO

/// Reads a SQLite schema in four queries, whatever the number of tables: tables (with their
/// `create` SQL), then columns, indexes and foreign keys of every table at once through the
/// pragma table-valued functions joined with `sqlite_master`.
///
/// The queries are ``SQLiteCatalogQueries``; the rows go, as text and as SQLite steps through
/// them, to ``SQLiteSchemaReader/Builder`` (no query's rows are held), which reads what pragmas do not report (constraint names, check
/// expressions, generated expressions, collations, partial-index predicates) from the stored
/// `create` SQL:
///
/// ```swift
/// let rows = try await SQLiteIntrospector(database: database).catalogRows()   // 4 queries
/// let schema = SQLiteSchemaReader(options: .init()).schema(from: rows)
/// ```
struct SQLiteIntrospector {
    let database: SQLiteSchemaDatabase

    func introspect(_ options: IntrospectionOptions) async throws -> DatabaseSchema {
        let sink = CatalogRowSink(SQLiteSchemaReader.Builder(reader: SQLiteSchemaReader(options: options)))
        for query in SQLiteCatalogQueries.Query.allCases {
            try await database.query(SQLiteCatalogQueries.sql(query)) { row in
                let cells = row.columns.map(\.data.string)
                sink.add { $0.add(cells, from: query) }
            }
        }
        return sink.finish { $0.takeSchema() }
    }

    /// Runs the catalog queries, in order, and returns their rows as text.
    func catalogRows() async throws -> SQLiteCatalogRows {
        var rows = SQLiteCatalogRows()
        rows.tables = try await text(SQLiteCatalogQueries.tables)
        rows.columns = try await text(SQLiteCatalogQueries.columns)
        rows.indexes = try await text(SQLiteCatalogQueries.indexes)
        rows.foreignKeys = try await text(SQLiteCatalogQueries.foreignKeys)
        return rows
    }

    /// One query's rows, each cell as `SQLiteData.string` reads it (integers in decimal).
    private func text(_ sql: String) async throws -> [[String?]] {
        try await database.query(sql) { row in row.columns.map(\.data.string) }
    }
}
