/// The portable type of a column; each dialect maps it to its own SQL type.
///
/// | type | PostgreSQL | MySQL/MariaDB | SQLite | SQL Server |
/// |---|---|---|---|---|
/// | `.string` | `varchar(255)` | `varchar(255)` | `text` | `nvarchar(255)` |
/// | `.integer` | `int` | `int` | `integer` | `int` |
/// | `.boolean` | `boolean` | `tinyint(1)` | `integer` | `bit` |
/// | `.datetime` | `timestamptz` | `datetime` | `datetime` | `datetime2` |
/// | `.json` | `jsonb` | `json` | `json` | `nvarchar(max)` |
///
/// Length, precision and scale live on the property (``PropertySchema/length``), so the type
/// stays a small closed set. Use ``PropertySchema/columnType`` for anything else.
public enum ColumnType: String, Sendable, Hashable, Codable, CaseIterable {
    case boolean
    case tinyint
    case smallint
    case integer
    case bigint
    case decimal
    case float
    case double
    case string
    case text
    case uuid
    case date
    case time
    case datetime
    case json
    case blob
    /// A string enumeration; the cases come from ``PropertySchema/enumItems``.
    case enumeration

    /// Whether the type is an integer type (the only kind that may auto-increment).
    public var isInteger: Bool {
        switch self {
        case .tinyint, .smallint, .integer, .bigint: true
        default: false
        }
    }
}

/// A value the database computes when a row does not supply one.
///
/// ```swift
/// Property(\.active, default: true)                       // default true
/// Property(\.createdAt, defaultRaw: "current_timestamp")  // default current_timestamp
/// ```
public enum DefaultValue: Sendable, Hashable, Codable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral
{
    /// A string literal, quoted by the dialect: `'draft'`.
    case string(String)
    /// A number, rendered as written: `42`, `1.5`.
    case number(String)
    /// A Boolean, rendered per dialect (`true`, `1`).
    case boolean(Bool)
    /// SQL used verbatim: `current_timestamp`, `gen_random_uuid()`.
    case raw(String)
    /// An explicit `null` default.
    case null

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(String(value)) }
    public init(floatLiteral value: Double) { self = .number(String(value)) }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
}

/// What a foreign key does when the referenced row is deleted or its key updated.
public enum ReferentialAction: String, Sendable, Hashable, Codable, CaseIterable {
    case cascade = "cascade"
    case setNull = "set null"
    case setDefault = "set default"
    case restrict = "restrict"
    case noAction = "no action"

    /// The SQL spelling: `set null`.
    public var sql: String { rawValue }
}

/// Attributes of a column whose differences the comparator should ignore.
public enum SchemaChangeKind: String, Sendable, Hashable, Codable, CaseIterable {
    case type, extra, `default`, collation
}

/// A column computed from other columns.
///
/// ```swift
/// Property(\.fullName, generated: .init("first_name || ' ' || last_name", storage: .stored))
/// // "full_name" text generated always as (first_name || ' ' || last_name) stored
/// ```
public struct GeneratedColumn: Sendable, Hashable, Codable {
    public enum Storage: String, Sendable, Hashable, Codable { case stored, virtual }
    public var expression: String
    public var storage: Storage

    public init(_ expression: String, storage: Storage = .stored) {
        self.expression = expression
        self.storage = storage
    }
}
