import Foundation
import SchemaKitCore
import Testing

/// `ColumnSchema` and `PropertySchema` keep their rarely set attributes in a shared box: these
/// tests hold them to behaving exactly like the plain structs they were (value semantics,
/// equality and hashing by value, the same JSON).
@Suite("compact columns and properties")
struct CompactValueTests {
    @Test("a column whose rare attributes are set and then cleared equals, and hashes like, one that never had them")
    func clearedEqualsPlain() {
        let plain = ColumnSchema(name: "title", type: "varchar(200)")
        var edited = plain
        edited.collation = "C"
        edited.check = "title <> ''"
        edited.ignoreSchemaChanges = [.type]
        #expect(edited != plain)
        #expect(edited.collation == "C" && edited.check == "title <> ''" && edited.ignoreSchemaChanges == [.type])
        edited.collation = nil
        edited.check = nil
        edited.ignoreSchemaChanges = []
        #expect(edited == plain)
        #expect(Set([edited, plain]).count == 1)
    }

    @Test("copies are values: changing one column's rare attribute leaves its copy alone")
    func copiesAreIndependent() {
        var original = ColumnSchema(name: "id", type: "bigint", identity: ColumnIdentity(.always, options: ["start with 10"]))
        let copy = original
        original.identity?.options.append("increment by 5")
        original.enumItems = ["a"]
        #expect(copy.identity == ColumnIdentity(.always, options: ["start with 10"]))
        #expect(copy.enumItems == nil)
        #expect(original.identity?.options == ["start with 10", "increment by 5"])
    }

    @Test("a column encodes the keys the synthesized encoding wrote, optional ones only when set")
    func columnEncoding() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var column = ColumnSchema(name: "price", type: "numeric(10,2)", defaultValue: "0", comment: "it's", collation: "C",
                                  check: "price >= 0")
        column.onUpdate = "now()"
        let json = String(decoding: try encoder.encode(column), as: UTF8.self)
        #expect(json == #"{"check":"price >= 0","collation":"C","comment":"it's","defaultValue":"0","ignoreSchemaChanges":[],"isAutoincrement":false,"isInvisible":false,"isNullable":false,"isUnsigned":false,"name":"price","onUpdate":"now()","type":"numeric(10,2)"}"#)
        #expect(try JSONDecoder().decode(ColumnSchema.self, from: Data(json.utf8)) == column)
    }

    @Test("a column or property decodes from JSON that leaves out every attribute but its name (and type)")
    func minimalJSON() throws {
        let column = try JSONDecoder().decode(ColumnSchema.self, from: Data(#"{"name": "a", "type": "int"}"#.utf8))
        #expect(column == ColumnSchema(name: "a", type: "int"))
        let property = try JSONDecoder().decode(PropertySchema.self, from: Data(#"{"name": "title", "type": "string"}"#.utf8))
        #expect(property == PropertySchema(name: "title", type: .string))
        #expect(property.persist && property.ignoreSchemaChanges.isEmpty && property.relation == nil)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ColumnSchema.self, from: Data(#"{"name": "a"}"#.utf8)) }
    }

    @Test("a property with every rare attribute round-trips through JSON and compares by value")
    func propertyRoundTrip() throws {
        var property = PropertySchema(
            name: "author", precision: 12, scale: 2, check: "author_id > 0", collation: "C", fieldNames: ["author_id"],
            ignoreSchemaChanges: [.default], renamedFrom: "writer", enumItems: ["a", "b"], nativeEnumName: "kind",
            relation: RelationSchema(.manyToOne, target: "Author"), onUpdate: "now()",
            identity: ColumnIdentity(.byDefault))
        property.unsupportedSwiftType = "Weird"
        let decoded = try JSONDecoder().decode(PropertySchema.self, from: JSONEncoder().encode(property))
        #expect(decoded == property)
        #expect(decoded.relation?.target == "Author" && decoded.fieldNames == ["author_id"] && decoded.unsupportedSwiftType == "Weird")
        var other = decoded
        other.relation = nil
        #expect(other != property && decoded == property)
    }

    @Test("quoting doubles each quote character, and leaves text without one as it was")
    func quoting() {
        let postgres = PostgreSQLDialect(), mysql = MySQLDialect.mariaDB
        #expect(postgres.quoteIdentifier(#"a"b"#) == #""a""b""#)
        #expect(postgres.quoteIdentifier("plain_é") == #""plain_é""#)
        #expect(postgres.quoteLiteral("it's 'x'") == "'it''s ''x'''")
        #expect(mysql.quoteIdentifier("we`ird") == "`we``ird`")
        #expect(mysql.quoteLiteral(#"C:\dir's"#) == #"'C:\\dir''s'"#)
        #expect(mysql.quoteLiteral("ünïcode") == "'ünïcode'")
    }
}
