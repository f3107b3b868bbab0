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
    /// `Bool`: `boolean` on PostgreSQL, `tinyint(1)` on MySQL, `integer` on SQLite, `bit` on SQL Server.
    case boolean
    /// A one-byte integer (`Int8`, `UInt8`): `tinyint`; `smallint` on PostgreSQL, which has none.
    case tinyint
    /// A two-byte integer (`Int16`, `UInt16`, enums with integer raw values): `smallint`.
    case smallint
    /// `int`, which `Int`, `Int32`, `UInt` and `UInt32` map to; `integer` on SQLite.
    case integer
    /// An eight-byte integer (`Int64`, `UInt64`): `bigint`; on SQLite `integer` when it auto-increments.
    case bigint
    /// An exact number (`Decimal`): `numeric(precision,scale)` from the property's `precision` and
    /// `scale`, `numeric(10,0)` when neither is set; `decimal(…)` on SQL Server.
    case decimal
    /// A single-precision float (`Float`): `real`; `float` on MySQL.
    case float
    /// A double-precision float (`Double`): `double precision` on PostgreSQL, `double` on MySQL and
    /// SQLite, `float` on SQL Server.
    case double
    /// Bounded text (`String`): `varchar(n)` with n the property's `length`, 255 when `nil`;
    /// `nvarchar(n)` on SQL Server, `text` on SQLite.
    case string
    /// Unbounded text: `text`; `nvarchar(max)` on SQL Server.
    case text
    /// A `UUID`: `uuid` on PostgreSQL, `varchar(36)` on MySQL, `text` on SQLite, `uniqueidentifier` on SQL Server.
    case uuid
    /// A calendar date without a time of day: `date`.
    case date
    /// A time of day: `time`, or `time(n)` with the property's `length` as fractional-second digits
    /// (PostgreSQL writes `time(0)` when it is `nil`; SQLite ignores it).
    case time
    /// A point in time (`Date`): `timestamptz` on PostgreSQL, `datetime` on MySQL and SQLite,
    /// `datetime2` on SQL Server; the property's `length` sets its fractional-second digits (`timestamptz(3)`).
    case datetime
    /// A JSON document (``JSON``, embeddables stored as JSON): `jsonb` on PostgreSQL, `json` on MySQL
    /// and SQLite, `nvarchar(max)` on SQL Server.
    case json
    /// Bytes (`Data`): `bytea` on PostgreSQL, `blob` on MySQL and SQLite, `varbinary(max)` on SQL Server.
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
    /// Deletes (or updates) the referencing rows along with the referenced one.
    case cascade = "cascade"
    /// Sets the referencing columns to `null`; they must be nullable.
    case setNull = "set null"
    /// Sets the referencing columns to their defaults.
    case setDefault = "set default"
    /// Refuses the change while rows refer to the row, checked at once even in a deferrable key.
    case restrict = "restrict"
    /// Refuses the change if rows still refer to the row when the check runs (at the end of the
    /// statement, or at commit when deferred); what the engines do when no rule is given.
    case noAction = "no action"

    /// The SQL spelling: `set null`.
    public var sql: String { rawValue }
}

/// Attributes of a column whose differences the comparator should ignore.
public enum SchemaChangeKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// `type` ignores the SQL type, `default` the default and `collation` the collation (updates keep
    /// the live ones); `extra` is accepted, as MikroORM spells it, but nothing consults it yet.
    case type, extra, `default`, collation
}

/// A column computed from other columns.
///
/// ```swift
/// Property(\.fullName, generated: .init("first_name || ' ' || last_name", storage: .stored))
/// // "full_name" text generated always as (first_name || ' ' || last_name) stored
/// ```
public struct GeneratedColumn: Sendable, Hashable, Codable {
    /// Whether the computed value is written with the row (`stored`, the only kind PostgreSQL
    /// supports; `persisted` on SQL Server) or computed when read (`virtual`).
    public enum Storage: String, Sendable, Hashable, Codable {
        /// Written with the row when it changes.
        case stored
        /// Computed whenever it is read.
        case virtual
    }
    /// The SQL expression the column is computed from, used verbatim:
    /// `first_name || ' ' || last_name`.
    public var expression: String
    /// Whether the value is stored or computed on read; `.stored` by default.
    public var storage: Storage

    /// A column computed from `expression`, stored unless `storage` says `.virtual`.
    public init(_ expression: String, storage: Storage = .stored) {
        self.expression = expression
        self.storage = storage
    }
}
