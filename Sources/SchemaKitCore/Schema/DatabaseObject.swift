/// A PostgreSQL object other than a table or an enum type, as ``SchemaOperation`` creates,
/// alters and drops it.
///
/// ```swift
/// try PostgreSQLDialect().render(.createObject(.sequence(SequenceSchema(name: "receipt_number_seq", start: 6000))))
/// // create sequence "receipt_number_seq" start with 6000
/// ```
public enum DatabaseObject: Sendable, Hashable, CustomStringConvertible {
    /// A standalone sequence.
    case sequence(SequenceSchema)
    /// A domain.
    case domain(DomainSchema)
    /// A composite type.
    case compositeType(CompositeTypeSchema)
    /// A collation.
    case collation(CollationSchema)

    /// The object's name with its namespace.
    public var qualifiedName: QualifiedName {
        switch self {
        case .sequence(let sequence): sequence.qualifiedName
        case .domain(let domain): domain.qualifiedName
        case .compositeType(let type): type.qualifiedName
        case .collation(let collation): collation.qualifiedName
        }
    }

    /// The kind of object, plural, for messages: `sequences`, `composite types`.
    public var kind: String {
        switch self {
        case .sequence: "sequences"
        case .domain: "domains"
        case .compositeType: "composite types"
        case .collation: "collations"
        }
    }

    /// What the object is, with its name, for messages: `sequence batch_seq`, `domain app.email_address`.
    public var description: String { "\(kind.dropLast()) \(qualifiedName)" }

    /// The refusal of an engine without such objects, naming this one: `mysql does not support
    /// sequences (batch_seq)`.
    func unsupported(by dialect: any SQLDialect) -> SchemaError {
        dialect.unsupported("\(kind) (\(qualifiedName))")
    }
}
