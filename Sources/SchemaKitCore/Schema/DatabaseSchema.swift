import Foundation

/// The schema of one database, as built from entity metadata or read from a live database.
///
/// Both sides of every comparison are `DatabaseSchema` values for the same dialect: column
/// types are that dialect's SQL types (`varchar(255)`), defaults are SQL expressions
/// (`'draft'`, `current_timestamp`) and expressions are written with its quoting.
///
/// ```swift
/// let schema = try SchemaGenerator(config).targetSchema()
/// print(try schema.canonicalJSON())   // sorted, stable JSON
/// ```
public struct DatabaseSchema: Sendable, Hashable, Codable {
    public var tables: [TableSchema]
    /// PostgreSQL native enum types.
    public var nativeEnums: [NativeEnumSchema]
    /// Namespaces (schemas) other than the dialect's default one.
    public var namespaces: [String]

    public init(tables: [TableSchema] = [], nativeEnums: [NativeEnumSchema] = [], namespaces: [String] = []) {
        self.tables = tables
        self.nativeEnums = nativeEnums
        self.namespaces = namespaces
    }

    /// The table with this name (and namespace, when given).
    public func table(_ name: QualifiedName) -> TableSchema? {
        tables.first { $0.qualifiedName == name }
    }

    /// The same schema with tables, enums and namespaces in a stable order, and every table's
    /// indexes, checks and foreign keys sorted by name. Columns keep their declaration order.
    public var canonical: DatabaseSchema {
        DatabaseSchema(
            tables: tables.map(\.canonical).sorted { $0.qualifiedName < $1.qualifiedName },
            nativeEnums: nativeEnums.sorted { $0.qualifiedName < $1.qualifiedName },
            namespaces: Array(Set(namespaces)).sorted()
        )
    }

    /// A deterministic JSON form: canonical order, sorted keys, pretty printed.
    public func canonicalJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(canonical)
        return String(decoding: data, as: UTF8.self)
    }
}

/// A possibly namespace-qualified name: `auth.users` or `users`.
public struct QualifiedName: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var schema: String?
    public var name: String

    public init(_ name: String, schema: String? = nil) {
        self.name = name
        self.schema = schema
    }

    /// `schema.name`, or `name` without a namespace.
    public var description: String { schema.map { "\($0).\(name)" } ?? name }

    public static func < (lhs: QualifiedName, rhs: QualifiedName) -> Bool {
        (lhs.schema ?? "", lhs.name) < (rhs.schema ?? "", rhs.name)
    }
}

/// One table: columns in declaration order, and its keys, indexes and checks.
public struct TableSchema: Sendable, Hashable, Codable {
    public var name: String
    public var schema: String?
    public var comment: String?
    /// The table's default collation, where the engine has one per table (MySQL); a column
    /// collation equal to it is no collation of its own.
    public var collation: String?
    public var columns: [ColumnSchema]
    public var primaryKey: PrimaryKeySchema?
    public var indexes: [IndexSchema]
    public var foreignKeys: [ForeignKeySchema]
    public var checks: [CheckSchema]
    /// The explicit rename hint from metadata: the table's previous name (same namespace).
    public var renamedFrom: String?
    /// How the engine stores the table: engine, storage parameters, `strict`, `unlogged`.
    public var options: TableOptions
    /// PostgreSQL exclusion constraints.
    public var exclusions: [ExclusionConstraintSchema]

    public init(
        name: String, schema: String? = nil, comment: String? = nil, collation: String? = nil, columns: [ColumnSchema] = [],
        primaryKey: PrimaryKeySchema? = nil, indexes: [IndexSchema] = [], foreignKeys: [ForeignKeySchema] = [],
        checks: [CheckSchema] = [], renamedFrom: String? = nil, options: TableOptions = .init(),
        exclusions: [ExclusionConstraintSchema] = []
    ) {
        self.exclusions = exclusions
        self.renamedFrom = renamedFrom
        self.options = options
        self.name = name
        self.schema = schema
        self.comment = comment
        self.collation = collation
        self.columns = columns
        self.primaryKey = primaryKey
        self.indexes = indexes
        self.foreignKeys = foreignKeys
        self.checks = checks
    }

    public var qualifiedName: QualifiedName { QualifiedName(name, schema: schema) }

    public func column(_ name: String) -> ColumnSchema? { columns.first { $0.name == name } }

    var canonical: TableSchema {
        var table = self
        table.indexes.sort { $0.name < $1.name }
        table.foreignKeys.sort { $0.name < $1.name }
        table.checks.sort { $0.name < $1.name }
        return table
    }
}

/// How an engine stores a table, beyond its columns and constraints.
///
/// ```swift
/// TableOptions(engine: "MyISAM", parameters: ["checksum=1"])     // MySQL: engine = MyISAM checksum = 1
/// TableOptions(parameters: ["fillfactor=70"], isUnlogged: true) // create unlogged table … with (fillfactor = 70)
/// TableOptions(isStrict: true, isWithoutRowid: true)           // SQLite: …) without rowid, strict
/// ```
public struct TableOptions: Sendable, Hashable, Codable {
    /// The MySQL storage engine (`InnoDB`, `MyISAM`, `Aria`); `nil` leaves the server's default,
    /// and a target without one does not compare it.
    public var engine: String?
    /// Other options as `name=value`, names in lower case, sorted: MySQL table options
    /// (`row_format=compressed`, `key_block_size=8`, `page_compressed=1`), PostgreSQL storage
    /// parameters (`fillfactor=70`).
    public var parameters: [String]
    /// PostgreSQL `unlogged`.
    public var isUnlogged: Bool
    /// SQLite `strict`.
    public var isStrict: Bool
    /// SQLite `without rowid`.
    public var isWithoutRowid: Bool

    public init(engine: String? = nil, parameters: [String] = [], isUnlogged: Bool = false, isStrict: Bool = false,
                isWithoutRowid: Bool = false) {
        self.engine = engine
        self.parameters = parameters.sorted()
        self.isUnlogged = isUnlogged
        self.isStrict = isStrict
        self.isWithoutRowid = isWithoutRowid
    }

    /// Whether a live table with these options must change to have `target`'s: the engine only
    /// when the target names one, the rest exactly.
    public func differs(from target: TableOptions) -> Bool {
        if let engine = target.engine, engine.lowercased() != self.engine?.lowercased() { return true }
        return parameters != target.parameters || isUnlogged != target.isUnlogged || isStrict != target.isStrict
            || isWithoutRowid != target.isWithoutRowid
    }

    /// The parameters as name → value.
    public var parameterValues: [(name: String, value: String)] {
        parameters.map { parameter in
            let parts = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }
    }
}

extension TableOptions: CustomStringConvertible {
    public var description: String {
        var parts = engine.map { ["engine=\($0)"] } ?? []
        parts += parameters
        if isUnlogged { parts.append("unlogged") }
        if isStrict { parts.append("strict") }
        if isWithoutRowid { parts.append("without rowid") }
        return parts.isEmpty ? "none" : parts.joined(separator: " ")
    }
}

/// How an identity column draws its values (PostgreSQL, SQL standard).
///
/// ```swift
/// ColumnIdentity(.always, options: ["start with 1000", "increment by 10"])
/// // "id" bigint generated always as identity (start with 1000 increment by 10) not null
/// ```
public struct ColumnIdentity: Sendable, Hashable, Codable {
    public enum Generation: String, Sendable, Hashable, Codable {
        case always
        case byDefault = "by default"
    }

    public var generation: Generation
    /// Sequence options that are not the defaults, in this order and spelling: `start with n`,
    /// `increment by n`, `minvalue n`, `maxvalue n`, `cache n`, `cycle`.
    public var options: [String]

    public init(_ generation: Generation = .byDefault, options: [String] = []) {
        self.generation = generation
        self.options = options
    }
}

/// One column. `type` is the dialect's SQL type, `defaultValue` a SQL expression.
public struct ColumnSchema: Sendable, Hashable, Codable {
    public var name: String
    public var type: String
    public var isNullable: Bool
    public var defaultValue: String?
    public var isAutoincrement: Bool
    public var isUnsigned: Bool
    public var comment: String?
    public var collation: String?
    public var generated: GeneratedColumn?
    public var enumItems: [String]?
    public var nativeEnumName: String?
    /// Attributes the comparator ignores for this column (from metadata only).
    public var ignoreSchemaChanges: Set<SchemaChangeKind>
    /// The explicit rename hint from metadata: the column's previous name.
    public var renamedFrom: String?
    /// What the column is set to on every update of its row (MySQL `on update current_timestamp`).
    public var onUpdate: String?
    /// A PostgreSQL identity column (`generated by default as identity`) rather than a `serial`
    /// one; such a column is also ``isAutoincrement``.
    public var identity: ColumnIdentity?
    /// Left out of `select *` (MySQL/MariaDB `invisible`).
    public var isInvisible: Bool
    /// How PostgreSQL stores the column's values (`alter column … set storage external`); `nil`
    /// is the type's own.
    public var storage: ColumnStorage?

    public init(
        name: String, type: String, isNullable: Bool = false, defaultValue: String? = nil,
        isAutoincrement: Bool = false, isUnsigned: Bool = false, comment: String? = nil,
        collation: String? = nil, generated: GeneratedColumn? = nil, enumItems: [String]? = nil,
        nativeEnumName: String? = nil, ignoreSchemaChanges: Set<SchemaChangeKind> = [], renamedFrom: String? = nil,
        onUpdate: String? = nil, identity: ColumnIdentity? = nil, isInvisible: Bool = false, storage: ColumnStorage? = nil
    ) {
        self.storage = storage
        self.isInvisible = isInvisible
        self.onUpdate = onUpdate
        self.identity = identity
        self.name = name
        self.type = type
        self.isNullable = isNullable
        self.defaultValue = defaultValue
        self.isAutoincrement = isAutoincrement
        self.isUnsigned = isUnsigned
        self.comment = comment
        self.collation = collation
        self.generated = generated
        self.enumItems = enumItems
        self.nativeEnumName = nativeEnumName
        self.ignoreSchemaChanges = ignoreSchemaChanges
        self.renamedFrom = renamedFrom
    }
}

/// The primary key; `name` is `nil` when it has the dialect's default name.
public struct PrimaryKeySchema: Sendable, Hashable, Codable {
    public var name: String?
    public var columns: [String]

    public init(name: String? = nil, columns: [String]) {
        self.name = name
        self.columns = columns
    }
}

/// Where `NULL`s sort in an index key part.
public enum NullsOrder: String, Sendable, Hashable, Codable { case first, last }

/// An index or unique constraint.
public struct IndexSchema: Sendable, Hashable, Codable {
    /// One key column and how it is indexed.
    public struct Column: Sendable, Hashable, Codable {
        public var name: String
        public var isDescending: Bool
        /// A collation other than the column's own (`collate "C"`).
        public var collation: String?
        /// A non-default operator class (`text_pattern_ops`, `jsonb_path_ops`).
        public var operatorClass: String?
        /// Where `NULL`s sort, when not where the direction puts them (last ascending, first
        /// descending).
        public var nulls: NullsOrder?
        /// An index over the first `length` characters only (MySQL key prefixes).
        public var length: Int?

        public init(_ name: String, descending: Bool = false, collation: String? = nil, operatorClass: String? = nil,
                    nulls: NullsOrder? = nil, length: Int? = nil) {
            self.name = name
            self.isDescending = descending
            self.collation = collation
            self.operatorClass = operatorClass
            self.nulls = nulls
            self.length = length
        }

        /// Whether anything other than the name and direction is set: such a part cannot be
        /// part of a unique *constraint*, only of a unique index.
        public var hasOptions: Bool { collation != nil || operatorClass != nil || nulls != nil || length != nil }

        // Older encodings have only `name` and `isDescending`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(try container.decode(String.self, forKey: .name),
                      descending: try container.decodeIfPresent(Bool.self, forKey: .isDescending) ?? false,
                      collation: try container.decodeIfPresent(String.self, forKey: .collation),
                      operatorClass: try container.decodeIfPresent(String.self, forKey: .operatorClass),
                      nulls: try container.decodeIfPresent(NullsOrder.self, forKey: .nulls),
                      length: try container.decodeIfPresent(Int.self, forKey: .length))
        }
    }

    public var name: String
    public var columns: [Column]
    public var isUnique: Bool
    /// A unique *constraint* (`alter table … add constraint … unique`) rather than a unique index.
    public var isConstraint: Bool
    /// A raw expression indexed instead of columns: `lower("email")`; several key parts, as
    /// the engine writes them, when the index mixes columns and expressions.
    public var expression: String?
    /// A partial-index predicate.
    public var predicate: String?
    /// A non-default access method (`gin`, `gist`, `hash`); MySQL's `fulltext` and `spatial`.
    public var method: String?
    /// Columns stored in the index but not part of its key (PostgreSQL `include`).
    public var include: [String]
    /// Storage parameters (PostgreSQL `with (fillfactor = 70)`), as `name=value`, sorted.
    public var storageParameters: [String]
    /// A unique index that treats `NULL`s as equal (PostgreSQL 15 `nulls not distinct`).
    public var nullsNotDistinct: Bool
    /// A deferrable unique constraint, and when it is checked.
    public var deferral: Deferral?
    public var comment: String?
    /// Kept up to date but left out by the optimizer (MariaDB `ignored`, MySQL `invisible`).
    public var isIgnored = false

    public init(
        name: String, columns: [Column], isUnique: Bool = false, isConstraint: Bool = false,
        expression: String? = nil, predicate: String? = nil, method: String? = nil, include: [String] = [],
        storageParameters: [String] = [], nullsNotDistinct: Bool = false, deferral: Deferral? = nil, comment: String? = nil
    ) {
        self.name = name
        self.columns = columns
        self.isUnique = isUnique
        self.isConstraint = isConstraint
        self.expression = expression
        self.predicate = predicate
        self.method = method
        self.include = include
        self.storageParameters = storageParameters
        self.nullsNotDistinct = nullsNotDistinct
        self.deferral = deferral
        self.comment = comment
    }

    // Older encodings lack the options.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name), columns: try container.decode([Column].self, forKey: .columns),
            isUnique: try container.decodeIfPresent(Bool.self, forKey: .isUnique) ?? false,
            isConstraint: try container.decodeIfPresent(Bool.self, forKey: .isConstraint) ?? false,
            expression: try container.decodeIfPresent(String.self, forKey: .expression),
            predicate: try container.decodeIfPresent(String.self, forKey: .predicate),
            method: try container.decodeIfPresent(String.self, forKey: .method),
            include: try container.decodeIfPresent([String].self, forKey: .include) ?? [],
            storageParameters: try container.decodeIfPresent([String].self, forKey: .storageParameters) ?? [],
            nullsNotDistinct: try container.decodeIfPresent(Bool.self, forKey: .nullsNotDistinct) ?? false,
            deferral: try container.decodeIfPresent(Deferral.self, forKey: .deferral),
            comment: try container.decodeIfPresent(String.self, forKey: .comment))
    }

    public var columnNames: [String] { columns.map(\.name) }
}

/// When a deferrable constraint is checked: at the end of each statement unless deferred
/// (`immediate`), or at commit (`deferred`).
public enum Deferral: String, Sendable, Hashable, Codable { case immediate, deferred }

/// A PostgreSQL column storage strategy: inline or out of line (TOAST), compressed or not.
public enum ColumnStorage: String, Sendable, Hashable, Codable, CaseIterable {
    case plain, external, main, extended
}

/// A foreign key constraint.
public struct ForeignKeySchema: Sendable, Hashable, Codable {
    public typealias Deferral = SchemaKitCore.Deferral

    public var name: String
    public var columns: [String]
    public var referencedTable: QualifiedName
    public var referencedColumns: [String]
    public var deleteRule: ReferentialAction?
    public var updateRule: ReferentialAction?
    public var deferral: Deferral?
    /// `match full`: a multi-column key whose columns are all null or all set (PostgreSQL).
    public var matchesFull: Bool
    public var comment: String?
    /// The key's columns an `on delete set null` / `set default` resets (PostgreSQL 15
    /// `on delete set null (author_id)`); `nil` resets them all.
    public var deleteSetColumns: [String]?

    public init(
        name: String, columns: [String], referencedTable: QualifiedName, referencedColumns: [String],
        deleteRule: ReferentialAction? = nil, updateRule: ReferentialAction? = nil, deferral: Deferral? = nil,
        matchesFull: Bool = false, comment: String? = nil, deleteSetColumns: [String]? = nil
    ) {
        self.deleteSetColumns = deleteSetColumns
        self.matchesFull = matchesFull
        self.comment = comment
        self.name = name
        self.columns = columns
        self.referencedTable = referencedTable
        self.referencedColumns = referencedColumns
        self.deleteRule = deleteRule
        self.updateRule = updateRule
        self.deferral = deferral
    }
}

/// A check constraint.
public struct CheckSchema: Sendable, Hashable, Codable {
    public var name: String
    public var expression: String
    /// The column the check belongs to, when it is a column-level check.
    public var column: String?
    /// PostgreSQL `no inherit`: the check does not pass to child tables.
    public var isNoInherit: Bool
    public var comment: String?

    public init(name: String, expression: String, column: String? = nil, isNoInherit: Bool = false, comment: String? = nil) {
        self.isNoInherit = isNoInherit
        self.comment = comment
        self.name = name
        self.expression = expression
        self.column = column
    }
}

/// A PostgreSQL exclusion constraint, by its definition as the server writes it, compared in
/// canonical spelling.
///
/// ```swift
/// ExclusionConstraintSchema(name: "booking_no_overlap", definition: "EXCLUDE USING gist (room WITH =, during WITH &&)")
/// // alter table "booking" add constraint "booking_no_overlap" EXCLUDE USING gist (room WITH =, during WITH &&)
/// ```
public struct ExclusionConstraintSchema: Sendable, Hashable, Codable {
    public var name: String
    /// `EXCLUDE USING gist (…) [WHERE (…)] [DEFERRABLE …]`.
    public var definition: String

    public init(name: String, definition: String) {
        self.name = name
        self.definition = definition
    }
}

/// A PostgreSQL native enum type: `create type "status" as enum ('draft', 'published')`.
public struct NativeEnumSchema: Sendable, Hashable, Codable {
    public var name: String
    public var schema: String?
    public var values: [String]

    public init(name: String, schema: String? = nil, values: [String]) {
        self.name = name
        self.schema = schema
        self.values = values
    }

    public var qualifiedName: QualifiedName { QualifiedName(name, schema: schema) }
}
