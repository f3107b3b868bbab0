/// A PostgreSQL composite type (`create type … as (…)`), used as a column type by its name.
///
/// ```swift
/// CompositeTypeSchema(name: "postal_address", attributes: [.init(name: "street", type: "text"),
///                                                          .init(name: "zip", type: "varchar(10)")])
/// // create type "postal_address" as ("street" text, "zip" varchar(10))
/// ```
public struct CompositeTypeSchema: Sendable, Hashable, Codable {
    /// One attribute: a name and a type.
    public struct Attribute: Sendable, Hashable, Codable {
        /// The attribute's name.
        public var name: String
        /// The attribute's type as the dialect writes it (`varchar(10)`).
        public var type: String

        /// The attribute `name` of type `type`: `Attribute(name: "zip", type: "varchar(10)")` is `"zip" varchar(10)`.
        public init(name: String, type: String) {
            self.name = name
            self.type = type
        }
    }

    /// The type's name without its namespace; a column of the type has it as its type.
    public var name: String
    /// The type's namespace; `nil` for the dialect's default one (`public`).
    public var schema: String?
    /// The attributes, in order.
    public var attributes: [Attribute]

    /// A composite type of these attributes, in the default namespace unless `schema` is given.
    public init(name: String, schema: String? = nil, attributes: [Attribute]) {
        self.name = name
        self.schema = schema
        self.attributes = attributes
    }

    /// The type's name with its namespace (`app.postal_address`), by which types are matched and written in SQL.
    public var qualifiedName: QualifiedName { QualifiedName(name, schema: schema) }
}
