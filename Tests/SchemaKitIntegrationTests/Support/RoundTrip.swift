import Foundation
import Logging
import SchemaKitPostgres
import SchemaKitCore
import Testing

/// The property that matters most: create the entities' schema on a live database, read it
/// back, compare with the metadata: no difference. The check is shown to be able to fail by
/// comparing with a deliberately altered target too.
func expectRoundTrip(
    _ entities: [EntitySchema], on database: any SchemaDatabase, sourceLocation: SourceLocation = #_sourceLocation
) async throws {
    let dialect = database.dialect
    let generator = SchemaGenerator(SchemaConfiguration(schemas: entities, database: .dialect(dialect)), database: database)
    try await generator.createSchema()
    let live = try await generator.introspect()
    let target = try generator.targetSchema()
    let difference = try SchemaComparator.compare(from: live, to: target, dialect: dialect)
    #expect(difference.isEmpty, "\(difference)", sourceLocation: sourceLocation)
    #expect(live.tables.map(\.name).sorted() == target.tables.map(\.name).sorted(), sourceLocation: sourceLocation)
    var altered = target
    altered.tables[0].columns[0].isNullable.toggle()
    #expect(try !SchemaComparator.compare(from: live, to: altered, dialect: dialect).isEmpty, sourceLocation: sourceLocation)
}

/// Runs `body` with a new PostgreSQL database on the test server, dropped afterwards (awaited,
/// whether `body` succeeded or not).
func withScratchPostgres(_ prefix: String, _ body: (DatabaseURL) async throws -> Void) async throws {
    let base = try DatabaseURL(try #require(postgresURL))
    let url = base.withDatabase("\(prefix)_\(UUID().uuidString.prefix(8).lowercased())")
    let connector = PostgresConnector(url: url)
    let logger = Logger(label: "schemakit.test.scratch")
    try await connector.createDatabase(logger: logger, managementDatabase: base.database)
    do {
        try await body(url)
    } catch {
        try? await connector.dropDatabase(logger: logger, managementDatabase: base.database)
        throw error
    }
    try await connector.dropDatabase(logger: logger, managementDatabase: base.database)
}
