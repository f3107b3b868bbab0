import Foundation
import SchemaKitCore

/// Reads a PostgreSQL schema from the catalogs in seven queries (tables, columns, identity
/// sequences, enum types, collation and operator class names, indexes, constraints), whatever
/// the number of tables.
///
/// The queries are ``PostgresCatalogQueries``; their rows go, as text and as they arrive, to
/// ``PostgresSchemaReader/Builder``, so no query's rows are held in memory:
///
/// ```swift
/// let schema = try await PostgresIntrospector(database: database).introspect(.init())   // 7 queries
/// let rows = try await PostgresIntrospector(database: database).catalogRows(.init())    // the rows, kept (for recording)
/// ```
struct PostgresIntrospector {
    let database: PostgresSchemaDatabase

    func introspect(_ options: IntrospectionOptions) async throws -> DatabaseSchema {
        let queries = PostgresCatalogQueries(options: options)
        let sink = BuilderSink(PostgresSchemaReader.Builder(reader: PostgresSchemaReader(dialect: PostgreSQLDialect(), options: options)))
        for query in PostgresCatalogQueries.Query.allCases {
            try await database.query(queries.sql(query)) { row in sink.add(row, from: query) }
        }
        return sink.schema()
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

/// The builder the rows of one introspection go to. Rows come from the query's task one at a
/// time, and the schema is taken after the last query has returned; the lock orders the two.
private final class BuilderSink: @unchecked Sendable {
    private let lock = NSLock()
    private var builder: PostgresSchemaReader.Builder

    init(_ builder: PostgresSchemaReader.Builder) { self.builder = builder }

    func add(_ row: [String?], from query: PostgresCatalogQueries.Query) {
        lock.withLock { builder.add(row, from: query) }
    }

    func schema() -> DatabaseSchema {
        lock.withLock { builder.schema() }
    }
}
