import SchemaKitCore

/// Reads a PostgreSQL schema from the catalogs in nine queries (tables, columns, identity
/// sequences, other sequences, enum types, domains with composite types and collations,
/// collation and operator class names, indexes, constraints), whatever the number of tables.
///
/// The queries are ``PostgresCatalogQueries``; their rows go, as text and as they arrive, to
/// ``PostgresSchemaReader/Builder``, so no query's rows are held in memory:
///
/// ```swift
/// let schema = try await PostgresIntrospector(database: database).introspect(.init())   // 9 queries
/// let rows = try await PostgresIntrospector(database: database).catalogRows(.init())    // the rows, kept (for recording)
/// ```
struct PostgresIntrospector {
    let database: PostgresSchemaDatabase

    func introspect(_ options: IntrospectionOptions) async throws -> DatabaseSchema {
        let queries = PostgresCatalogQueries(options: options)
        let sink = CatalogRowSink(PostgresSchemaReader.Builder(reader: PostgresSchemaReader(dialect: PostgreSQLDialect(), options: options)))
        for query in PostgresCatalogQueries.Query.allCases {
            try await database.query(queries.sql(query)) { row in sink.add { $0.add(row, from: query) } }
        }
        return sink.finish { $0.takeSchema() }
    }

    /// Runs the catalog queries, in order, and returns their rows.
    func catalogRows(_ options: IntrospectionOptions) async throws -> PostgresCatalogRows {
        let queries = PostgresCatalogQueries(options: options)
        var rows = PostgresCatalogRows()
        for query in PostgresCatalogQueries.Query.allCases {
            rows[query] = try await database.query(queries.sql(query))
        }
        return rows
    }
}
