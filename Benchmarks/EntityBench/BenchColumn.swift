import SchemaKitCore

// A generated column, with the small value types it is made of.

/// One generated column. The property that declares it has the column's name, so the
/// underscore naming strategy keeps it as it is (`external_ref`, `customer_id_2`).
struct BenchColumn: Sendable, Hashable {
    var name: String
    var kind: ColumnKind
    /// `varchar(length)`.
    var length: Int?
    /// `numeric(precision,scale)`.
    var precision: Int?
    var scale: Int?
    var enumType: EnumType?
    var isNullable = false
    /// The auto-increment `id` key.
    var isAutoincrement = false
    var defaultValue: DefaultValue?
    var comment: String?
    /// Set for a many-to-one relation column; its `kind` is then the target key's kind.
    var reference: ForeignReference?

    /// The column as a property of SchemaKit's value API.
    ///
    /// A relation gets no type: SchemaKit copies the target's primary key column (type, length,
    /// signedness) into the join column, so the two always match.
    func propertySchema(isPrimary: Bool) -> PropertySchema {
        if let reference {
            return PropertySchema(
                name: name, nullable: isNullable, comment: comment, fieldNames: [name],
                relation: RelationSchema(.manyToOne, target: reference.table, deleteRule: reference.deleteRule,
                                         updateRule: reference.updateRule))
        }
        return PropertySchema(
            name: name, type: kind.columnType, length: length, precision: precision, scale: scale,
            nullable: isNullable, primary: isPrimary, autoincrement: isAutoincrement ? true : nil,
            default: defaultValue, comment: comment, enumItems: enumType?.labels, nativeEnumName: enumType?.name)
    }
}

/// What a generated column holds, before it becomes one of SchemaKit's portable ``ColumnType``s.
enum ColumnKind: Sendable, Hashable {
    case varchar, text, bool, numeric, timestamp, date, json, uuid, int, bigint, enumeration

    /// Whether a secondary index may cover the column: not text or JSON, which MySQL indexes
    /// only through a prefix or an expression.
    var isIndexable: Bool { self != .text && self != .json }

    /// The portable type: `varchar(n)`, `numeric(p,s)`, `timestamptz`/`datetime` and so on per dialect.
    var columnType: ColumnType {
        switch self {
        case .varchar: .string
        case .text: .text
        case .bool: .boolean
        case .numeric: .decimal
        case .timestamp: .datetime
        case .date: .date
        case .json: .json
        case .uuid: .uuid
        case .int: .integer
        case .bigint: .bigint
        case .enumeration: .enumeration
        }
    }
}

/// One of the enumerations columns share. SchemaKit stores it as the dialect prefers: a native
/// `create type "order_status" as enum (…)` on PostgreSQL (`nativeEnumName`), an inline
/// `enum('pending', …)` on MySQL and MariaDB, `text` with a check on SQLite.
struct EnumType: Sendable, Hashable {
    /// The PostgreSQL type name: `order_status`.
    var name: String
    /// What a column of this type is called: `status`.
    var columnName: String
    /// The labels, in declaration order; the first is the default when a column has one.
    var labels: [String]
}

/// A foreign key held by a many-to-one relation column: the target table (whose single-column
/// primary key it references) and its rules.
struct ForeignReference: Sendable, Hashable {
    /// The target entity (and table) name.
    var table: String
    /// `on delete`; always explicit, since SchemaKit reads no rule on a nullable key as `set null`.
    var deleteRule: ReferentialAction
    /// `on update`; `nil` writes none.
    var updateRule: ReferentialAction?
}
