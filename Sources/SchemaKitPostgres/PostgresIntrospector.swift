import SchemaKitCore

/// Reads a PostgreSQL schema from the catalogs in six queries (tables, columns, enum types,
/// indexes, foreign keys, checks), whatever the number of tables.
///
/// The queries are ``PostgresCatalogQueries``; the rows go, as text, to the pure
/// ``PostgresSchemaReader``:
///
/// ```swift
/// let rows = try await PostgresIntrospector(database: database).catalogRows(.init())   // 6 queries
/// let schema = PostgresSchemaReader(options: .init()).schema(from: rows)
/// ```
struct PostgresIntrospector {
    let database: PostgresSchemaDatabase

    func introspect(_ options: IntrospectionOptions) async throws -> DatabaseSchema {
        let rows = try await catalogRows(options)
        return PostgresSchemaReader(dialect: PostgreSQLDialect(), options: options).schema(from: rows)
    }

    /// Runs the catalog queries, in order, and returns their rows.
    func catalogRows(_ options: IntrospectionOptions) async throws -> PostgresCatalogRows {
        let queries = PostgresCatalogQueries(options: options)
        var rows = PostgresCatalogRows()
        rows.tables = try await database.query(queries.tables)
        rows.columns = try await database.query(queries.columns)
        rows.enums = try await database.query(queries.enums)
        rows.indexes = try await database.query(queries.indexes)
        rows.foreignKeys = try await database.query(queries.foreignKeys)
        rows.checks = try await database.query(queries.checks)
        return rows
    }
}
