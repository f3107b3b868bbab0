/// A PostgreSQL domain: a base type with a default, `not null` and checks of its own, used as
/// a column type by its name.
///
/// ```swift
/// DomainSchema(name: "email_address", baseType: "text",
///              checks: [CheckSchema(name: "email_address_check", expression: "VALUE ~~ '%_@_%'")])
/// // create domain "email_address" as text constraint "email_address_check" check (VALUE ~~ '%_@_%')
/// ```
public struct DomainSchema: Sendable, Hashable, Codable {
    /// The domain's name without its namespace; a column of the domain has it as its type.
    public var name: String
    /// The domain's namespace; `nil` for the dialect's default one (`public`).
    public var schema: String?
    /// The type the domain is based on, as the dialect writes it (`numeric(5,2)`).
    public var baseType: String
    /// Whether the domain accepts `NULL`; `false` writes `not null`.
    public var isNullable: Bool
    /// The default as a SQL expression; `nil` for none.
    public var defaultValue: String?
    /// A collation other than the base type's; `nil` for the type's.
    public var collation: String?
    /// The domain's check constraints, matched by name; an expression names the value `VALUE`.
    public var checks: [CheckSchema]

    /// A domain over `baseType`, nullable and without default, collation or checks unless told.
    ///
    /// ```swift
    /// DomainSchema(name: "percentage", baseType: "numeric(5,2)", isNullable: false, defaultValue: "0")
    /// // create domain "percentage" as numeric(5,2) default 0 not null
    /// ```
    public init(name: String, schema: String? = nil, baseType: String, isNullable: Bool = true, defaultValue: String? = nil,
                collation: String? = nil, checks: [CheckSchema] = []) {
        self.name = name
        self.schema = schema
        self.baseType = baseType
        self.isNullable = isNullable
        self.defaultValue = defaultValue
        self.collation = collation
        self.checks = checks
    }

    /// The domain's name with its namespace (`app.email_address`), by which domains are matched and written in SQL.
    public var qualifiedName: QualifiedName { QualifiedName(name, schema: schema) }
}
