import SchemaKitCore
import Testing

/// The reader's schema, from rows recorded after creating `entities`, compared with the schema
/// the same entities describe: no difference. The check is shown to be able to fail by
/// comparing with a deliberately altered target too.
func expectMatchesMetadata(
    _ live: DatabaseSchema, entities: [EntitySchema], dialect: any SQLDialect, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let target = try SchemaGenerator(SchemaConfiguration(schemas: entities, database: .dialect(dialect))).targetSchema()
    let difference = try SchemaComparator.compare(from: live, to: target, dialect: dialect)
    #expect(difference.isEmpty, "\(difference)", sourceLocation: sourceLocation)
    #expect(live.tables.map(\.name).sorted() == target.tables.map(\.name).sorted(),
            sourceLocation: sourceLocation)
    var altered = target
    altered.tables[0].columns[0].isNullable.toggle()
    #expect(try !SchemaComparator.compare(from: live, to: altered, dialect: dialect).isEmpty, sourceLocation: sourceLocation)
}
