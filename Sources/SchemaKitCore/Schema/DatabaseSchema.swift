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
    /// The tables, in the order they were built or read; ``canonical`` sorts them by qualified name.
    public var tables: [TableSchema]
    /// PostgreSQL native enum types.
    public var nativeEnums: [NativeEnumSchema]
    /// Namespaces (schemas) other than the dialect's default one.
    public var namespaces: [String]
    /// PostgreSQL standalone sequences (not those of `serial` or identity columns).
    public var sequences: [SequenceSchema]
    /// PostgreSQL domains.
    public var domains: [DomainSchema]
    /// PostgreSQL composite types.
    public var compositeTypes: [CompositeTypeSchema]
    /// PostgreSQL collations of the database's own.
    public var collations: [CollationSchema]

    /// A schema of these tables, native enums, extra namespaces and PostgreSQL objects, kept in
    /// the order given.
    ///
    /// ```swift
    /// DatabaseSchema(tables: [receipt], sequences: [SequenceSchema(name: "receipt_number_seq", start: 6000)])
    /// // create sequence "receipt_number_seq" start with 6000;
    /// // create table "receipt" (…)
    /// ```
    public init(tables: [TableSchema] = [], nativeEnums: [NativeEnumSchema] = [], namespaces: [String] = [],
                sequences: [SequenceSchema] = [], domains: [DomainSchema] = [], compositeTypes: [CompositeTypeSchema] = [],
                collations: [CollationSchema] = []) {
        self.tables = tables
        self.nativeEnums = nativeEnums
        self.namespaces = namespaces
        self.sequences = sequences
        self.domains = domains
        self.compositeTypes = compositeTypes
        self.collations = collations
    }

    /// The table with this name (and namespace, when given).
    public func table(_ name: QualifiedName) -> TableSchema? {
        tables.first { $0.qualifiedName == name }
    }

    /// The same schema with tables, types, sequences and namespaces in a stable order, and every
    /// table's indexes, checks and foreign keys sorted by name. Columns keep their declaration order.
    public var canonical: DatabaseSchema {
        DatabaseSchema(
            tables: tables.map(\.canonical).sorted { $0.qualifiedName < $1.qualifiedName },
            nativeEnums: nativeEnums.sorted { $0.qualifiedName < $1.qualifiedName },
            namespaces: Array(Set(namespaces)).sorted(),
            sequences: sequences.sorted { $0.qualifiedName < $1.qualifiedName },
            domains: domains.map { domain in
                var domain = domain
                domain.checks.sort { $0.name < $1.name }
                return domain
            }.sorted { $0.qualifiedName < $1.qualifiedName },
            compositeTypes: compositeTypes.sorted { $0.qualifiedName < $1.qualifiedName },
            collations: collations.sorted { $0.qualifiedName < $1.qualifiedName }
        )
    }

    private enum CodingKeys: String, CodingKey {
        case tables, nativeEnums, namespaces, sequences, domains, compositeTypes, collations
    }

    // Older encodings have no sequences, domains, composite types or collations.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            tables: try container.decode([TableSchema].self, forKey: .tables),
            nativeEnums: try container.decode([NativeEnumSchema].self, forKey: .nativeEnums),
            namespaces: try container.decode([String].self, forKey: .namespaces),
            sequences: try container.decodeIfPresent([SequenceSchema].self, forKey: .sequences) ?? [],
            domains: try container.decodeIfPresent([DomainSchema].self, forKey: .domains) ?? [],
            compositeTypes: try container.decodeIfPresent([CompositeTypeSchema].self, forKey: .compositeTypes) ?? [],
            collations: try container.decodeIfPresent([CollationSchema].self, forKey: .collations) ?? [])
    }

    // The PostgreSQL objects only when there are any, so a schema without them encodes as before.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(tables, forKey: .tables)
        try container.encode(nativeEnums, forKey: .nativeEnums)
        try container.encode(namespaces, forKey: .namespaces)
        if !sequences.isEmpty { try container.encode(sequences, forKey: .sequences) }
        if !domains.isEmpty { try container.encode(domains, forKey: .domains) }
        if !compositeTypes.isEmpty { try container.encode(compositeTypes, forKey: .compositeTypes) }
        if !collations.isEmpty { try container.encode(collations, forKey: .collations) }
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
    /// The namespace (PostgreSQL or SQL Server schema); `nil` for the dialect's default one, written
    /// unqualified.
    public var schema: String?
    /// The table's or type's own name, without its namespace, as the database spells it.
    public var name: String

    /// `name` in `schema`, or unqualified when `schema` is `nil`: `QualifiedName("users", schema: "auth")` is
    /// `auth.users`.
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
    /// The table's name without its namespace, as the database knows it (after the naming strategy).
    public var name: String
    /// The table's namespace; `nil` for the dialect's default one (`public` on PostgreSQL) and on engines
    /// without namespaces.
    public var schema: String?
    /// The table's comment; `nil` for none, and always `nil` where the dialect has no comments.
    public var comment: String?
    /// The table's default collation, where the engine has one per table (MySQL); a column
    /// collation equal to it is no collation of its own.
    public var collation: String?
    /// The columns in declaration order, the order `create table` writes them in.
    public var columns: [ColumnSchema]
    /// The primary key; `nil` for a table without one.
    public var primaryKey: PrimaryKeySchema?
    /// Indexes and unique constraints; the primary key is not among them.
    public var indexes: [IndexSchema]
    /// The foreign keys this table's columns hold, each naming the table it references.
    public var foreignKeys: [ForeignKeySchema]
    /// Check constraints, column-level and table-level, including the checks that stand in for enumerations.
    public var checks: [CheckSchema]
    /// The explicit rename hint from metadata: the table's previous name (same namespace).
    public var renamedFrom: String?
    /// How the engine stores the table: engine, storage parameters, `strict`, `unlogged`.
    public var options: TableOptions
    /// PostgreSQL exclusion constraints.
    public var exclusions: [ExclusionConstraintSchema]
    /// MariaDB application-time periods (`period for valid_period (date_start, date_end)`).
    public var periods: [PeriodSchema]
    /// SQLite: the `create trigger` statements of the triggers on this table, as the database
    /// keeps them, in name order. Entities declare no triggers, so they are never compared or
    /// dropped; a table rebuild (which drops the table, and its triggers with it) creates them
    /// again. Read from SQLite only: other engines keep a table's triggers through `alter table`.
    public var triggers: [String]

    /// A table in the dialect's default namespace unless `schema` is given; everything but the name
    /// defaults to empty.
    ///
    /// ```swift
    /// TableSchema(name: "author", columns: [ColumnSchema(name: "id", type: "int", isAutoincrement: true)],
    ///             primaryKey: PrimaryKeySchema(columns: ["id"]))
    /// // PostgreSQL: create table "author" ("id" serial primary key)
    /// ```
    public init(
        name: String, schema: String? = nil, comment: String? = nil, collation: String? = nil, columns: [ColumnSchema] = [],
        primaryKey: PrimaryKeySchema? = nil, indexes: [IndexSchema] = [], foreignKeys: [ForeignKeySchema] = [],
        checks: [CheckSchema] = [], renamedFrom: String? = nil, options: TableOptions = .init(),
        exclusions: [ExclusionConstraintSchema] = [], periods: [PeriodSchema] = [], triggers: [String] = []
    ) {
        self.triggers = triggers
        self.exclusions = exclusions
        self.periods = periods
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

    /// The table's name with its namespace (`auth.users`), by which tables are matched and written in SQL.
    public var qualifiedName: QualifiedName { QualifiedName(name, schema: schema) }

    // Older encodings lack the later parts (options, exclusions, periods, triggers).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name), schema: try container.decodeIfPresent(String.self, forKey: .schema),
            comment: try container.decodeIfPresent(String.self, forKey: .comment),
            collation: try container.decodeIfPresent(String.self, forKey: .collation),
            columns: try container.decodeIfPresent([ColumnSchema].self, forKey: .columns) ?? [],
            primaryKey: try container.decodeIfPresent(PrimaryKeySchema.self, forKey: .primaryKey),
            indexes: try container.decodeIfPresent([IndexSchema].self, forKey: .indexes) ?? [],
            foreignKeys: try container.decodeIfPresent([ForeignKeySchema].self, forKey: .foreignKeys) ?? [],
            checks: try container.decodeIfPresent([CheckSchema].self, forKey: .checks) ?? [],
            renamedFrom: try container.decodeIfPresent(String.self, forKey: .renamedFrom),
            options: try container.decodeIfPresent(TableOptions.self, forKey: .options) ?? .init(),
            exclusions: try container.decodeIfPresent([ExclusionConstraintSchema].self, forKey: .exclusions) ?? [],
            periods: try container.decodeIfPresent([PeriodSchema].self, forKey: .periods) ?? [],
            triggers: try container.decodeIfPresent([String].self, forKey: .triggers) ?? [])
    }

    /// The column with exactly this name (case-sensitive), or `nil` when the table has none.
    public func column(_ name: String) -> ColumnSchema? { columns.first { $0.name == name } }

    var canonical: TableSchema {
        var table = self
        table.indexes.sort { $0.name < $1.name }
        table.foreignKeys.sort { $0.name < $1.name }
        table.checks.sort { $0.name < $1.name }
        table.periods.sort { $0.name < $1.name }
        return table
    }
}

/// A MariaDB application-time period: a name for a pair of date or time columns, which a
/// unique key may keep free of overlaps (``IndexSchema/withoutOverlaps``).
///
/// ```swift
/// PeriodSchema(name: "valid_period", start: "date_start", end: "date_end")
/// // alter table `coupon` add period for `valid_period` (`date_start`, `date_end`)
/// ```
public struct PeriodSchema: Sendable, Hashable, Codable {
    /// The period's name, by which periods are matched.
    public var name: String
    /// The column where the period starts (inclusive).
    public var start: String
    /// The column where it ends (exclusive).
    public var end: String

    /// The period `name` from `start` to `end`.
    public init(name: String, start: String, end: String) {
        self.name = name
        self.start = start
        self.end = end
    }
}

/// One partition of a PostgreSQL partitioned table: its name (in the parent's namespace) and
/// bound as the server writes it.
///
/// ```swift
/// TablePartition(name: "sale_2024", bound: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')")
/// // create table "sale_2024" partition of "sale" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
/// ```
public struct TablePartition: Sendable, Hashable, Codable {
    /// The partition's table name, in the parent's namespace.
    public var name: String
    /// `FOR VALUES FROM (…) TO (…)`, `FOR VALUES IN (…)`, `FOR VALUES WITH (modulus m, remainder r)`
    /// or `DEFAULT`; compared in canonical spelling.
    public var bound: String

    /// The partition `name`, holding the rows `bound` admits.
    public init(name: String, bound: String) {
        self.name = name
        self.bound = bound
    }

    func canonical(_ canonical: (String) -> String) -> TablePartition {
        TablePartition(name: name, bound: canonical(bound))
    }
}

/// How an engine stores a table, beyond its columns and constraints.
///
/// ```swift
/// TableOptions(engine: "MyISAM", parameters: ["checksum=1"])     // MySQL: engine = MyISAM checksum = 1
/// TableOptions(parameters: ["fillfactor=70"], isUnlogged: true) // create unlogged table … with (fillfactor = 70)
/// TableOptions(isStrict: true, isWithoutRowid: true)           // SQLite: …) without rowid, strict
/// TableOptions(partitioning: "partition by hash (`tenant_id`) partitions 4")  // MySQL: …) … partition by hash …
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
    /// The partitioning clause as the server writes it, compared in the dialect's canonical
    /// spelling; `nil` for a table that is not partitioned. MySQL/MariaDB: the whole clause with
    /// its partitions (`partition by range (year(`sold_on`)) (partition `p2023` values less than
    /// (2024), …)`); PostgreSQL: the key (`PARTITION BY RANGE (sold_on)`), its partitions being
    /// ``partitions``.
    public var partitioning: String?
    /// A PostgreSQL partitioned table's partitions, in name order: tables of their own in the
    /// catalog, with the parent's columns, keys and indexes, so the model keeps only their
    /// names and bounds.
    public var partitions: [TablePartition]
    /// The tables a PostgreSQL table inherits from (`inherits (cities)`), in order; its
    /// ``TableSchema/columns`` list the inherited columns too.
    public var inherits: [QualifiedName]
    /// MariaDB `with system versioning`: the table keeps every row's history (in columns it
    /// hides). Dropping it deletes that history.
    public var isSystemVersioned: Bool

    // Older encodings lack the later options.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(engine: try container.decodeIfPresent(String.self, forKey: .engine),
                  parameters: try container.decodeIfPresent([String].self, forKey: .parameters) ?? [],
                  isUnlogged: try container.decodeIfPresent(Bool.self, forKey: .isUnlogged) ?? false,
                  isStrict: try container.decodeIfPresent(Bool.self, forKey: .isStrict) ?? false,
                  isWithoutRowid: try container.decodeIfPresent(Bool.self, forKey: .isWithoutRowid) ?? false,
                  partitioning: try container.decodeIfPresent(String.self, forKey: .partitioning),
                  isSystemVersioned: try container.decodeIfPresent(Bool.self, forKey: .isSystemVersioned) ?? false,
                  partitions: try container.decodeIfPresent([TablePartition].self, forKey: .partitions) ?? [],
                  inherits: try container.decodeIfPresent([QualifiedName].self, forKey: .inherits) ?? [])
    }

    /// Storage options; `parameters` are sorted, so the order they are given in never makes two tables
    /// differ. `partitioning` and `partitions` describe a partitioned table (``partitioning``),
    /// `isSystemVersioned` a MariaDB history table, `inherits` a PostgreSQL child's parents.
    public init(engine: String? = nil, parameters: [String] = [], isUnlogged: Bool = false, isStrict: Bool = false,
                isWithoutRowid: Bool = false, partitioning: String? = nil, isSystemVersioned: Bool = false,
                partitions: [TablePartition] = [], inherits: [QualifiedName] = []) {
        self.inherits = inherits
        self.isSystemVersioned = isSystemVersioned
        self.partitions = partitions.sorted { $0.name < $1.name }
        self.engine = engine
        self.parameters = parameters.sorted()
        self.isUnlogged = isUnlogged
        self.isStrict = isStrict
        self.isWithoutRowid = isWithoutRowid
        self.partitioning = partitioning
    }

    /// Whether a live table with these options must change to have `target`'s: the engine only
    /// when the target names one, the partitioning in `canonical` spelling, the rest exactly.
    public func differs(from target: TableOptions, canonical: (String) -> String = { $0 }) -> Bool {
        if let engine = target.engine, engine.lowercased() != self.engine?.lowercased() { return true }
        return parameters != target.parameters || isUnlogged != target.isUnlogged || isStrict != target.isStrict
            || isWithoutRowid != target.isWithoutRowid || isSystemVersioned != target.isSystemVersioned
            || Set(inherits) != Set(target.inherits)
            || Set(partitions.map { $0.canonical(canonical) }) != Set(target.partitions.map { $0.canonical(canonical) }) || partitioning.map(canonical) != target.partitioning.map(canonical)
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
        if isSystemVersioned { parts.append("with system versioning") }
        if let partitioning { parts.append(partitioning) }
        parts += partitions.map { "partition \($0.name) \($0.bound)" }
        if !inherits.isEmpty { parts.append("inherits (\(inherits.map(\.description).joined(separator: ", ")))") }
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
    /// Which `generated … as identity` form a column uses: whether an insert may supply its own value.
    public enum Generation: String, Sendable, Hashable, Codable {
        /// `generated always`: the database assigns every value; an insert that supplies one fails unless it
        /// says `overriding system value`.
        case always
        /// `generated by default`: the database assigns a value only when an insert supplies none.
        case byDefault = "by default"
    }

    /// Whether an insert may supply its own value (`by default`) or not (`always`).
    public var generation: Generation
    /// Sequence options that are not the defaults, in this order and spelling: `start with n`,
    /// `increment by n`, `minvalue n`, `maxvalue n`, `cache n`, `cycle`.
    public var options: [String]

    /// An identity column, `generated by default` unless told otherwise, with `options` in the order and
    /// spelling ``options`` describes.
    public init(_ generation: Generation = .byDefault, options: [String] = []) {
        self.generation = generation
        self.options = options
    }
}

/// One column. `type` is the dialect's SQL type, `defaultValue` a SQL expression.
///
/// A schema of 5,000 tables holds some 80,000 columns, and a diff holds two such schemas: the
/// attributes most columns leave unset (``collation``, ``generated``, ``enumItems``,
/// ``nativeEnumName``, ``ignoreSchemaChanges``, ``renamedFrom``, ``onUpdate``, ``identity``,
/// ``check``) live together in one shared box that a column without any of them does not have,
/// which makes a column a third of the size. They read and write like any other property;
/// equality, hashing and the JSON encoding are those of the plain attributes.
public struct ColumnSchema: Sendable, Hashable {
    /// The column's name as the database knows it, after the naming strategy; columns are matched by it.
    public var name: String
    /// The dialect's SQL type as written in DDL (`varchar(255)`, `numeric(10,2)`, `int[]`); for a native
    /// enum column, the enum type's name. Compared in the dialect's canonical spelling.
    public var type: String
    /// The default as a SQL expression in the dialect's spelling (`'draft'`, `0`, `current_timestamp`);
    /// `nil` for none. Neither written nor compared for an auto-increment column.
    public var defaultValue: String?
    /// The column's comment; `nil` or empty for none, and always `nil` where the dialect has no comments.
    public var comment: String?
    /// Whether the column accepts `NULL`; `false` writes `not null`.
    public var isNullable: Bool
    /// Whether the database numbers new rows itself: `serial` or an identity on PostgreSQL,
    /// `auto_increment` on MySQL/MariaDB.
    public var isAutoincrement: Bool
    /// MySQL/MariaDB `unsigned`, kept apart from ``type``; ignored by engines without unsigned integers.
    public var isUnsigned: Bool
    /// Left out of `select *` (MySQL/MariaDB `invisible`).
    public var isInvisible: Bool
    /// How PostgreSQL stores the column's values (`alter column … set storage external`); `nil`
    /// is the type's own.
    public var storage: ColumnStorage?
    /// The attributes few columns have, boxed; `nil` when all of them are unset, so that two
    /// equal columns store equal values here.
    private var rare: Boxed<RareAttributes>?

    /// A collation of the column's own (`utf8mb4_bin`, `C`); `nil` for the default one: the type's, or on
    /// MySQL the table's. Compared case-insensitively.
    public var collation: String? {
        get { rare?.value.collation }
        set { rare.set(\.collation, to: newValue) }
    }
    /// The expression and storage of a generated (computed) column; `nil` for an ordinary column.
    public var generated: GeneratedColumn? {
        get { rare?.value.generated }
        set { rare.set(\.generated, to: newValue) }
    }
    /// The cases of an enumeration column, in order; `nil` for other columns. Compared only for native
    /// enums; elsewhere they live in ``type`` (MySQL `enum(…)`) or in a check.
    public var enumItems: [String]? {
        get { rare?.value.enumItems }
        set { rare.set(\.enumItems, to: newValue) }
    }
    /// The PostgreSQL native enum type (``NativeEnumSchema``) the column is of; `nil` for any other column.
    public var nativeEnumName: String? {
        get { rare?.value.nativeEnumName }
        set { rare.set(\.nativeEnumName, to: newValue) }
    }
    /// Attributes the comparator ignores for this column (from metadata only).
    public var ignoreSchemaChanges: Set<SchemaChangeKind> {
        get { rare?.value.ignoreSchemaChanges ?? [] }
        set { rare.set(\.ignoreSchemaChanges, to: newValue) }
    }
    /// The explicit rename hint from metadata: the column's previous name.
    public var renamedFrom: String? {
        get { rare?.value.renamedFrom }
        set { rare.set(\.renamedFrom, to: newValue) }
    }
    /// What the column is set to on every update of its row (MySQL `on update current_timestamp`).
    public var onUpdate: String? {
        get { rare?.value.onUpdate }
        set { rare.set(\.onUpdate, to: newValue) }
    }
    /// A PostgreSQL identity column (`generated by default as identity`) rather than a `serial`
    /// one; such a column is also ``isAutoincrement``.
    public var identity: ColumnIdentity? {
        get { rare?.value.identity }
        set { rare.set(\.identity, to: newValue) }
    }
    /// A MariaDB column-level check, part of the column's definition (`price decimal(10,2) check
    /// (price >= 0)`) and named after the column by the server; every `modify` of the column
    /// restates it, or it is gone. `nil` for none; table-level checks are ``TableSchema/checks``.
    public var check: String? {
        get { rare?.value.check }
        set { rare.set(\.check, to: newValue) }
    }

    /// A column: not null, without a default and with no attribute of its own unless told.
    ///
    /// ```swift
    /// ColumnSchema(name: "status", type: "varchar(255)", defaultValue: "'draft'")
    /// // PostgreSQL: "status" varchar(255) not null default 'draft'
    /// ```
    public init(
        name: String, type: String, isNullable: Bool = false, defaultValue: String? = nil,
        isAutoincrement: Bool = false, isUnsigned: Bool = false, comment: String? = nil,
        collation: String? = nil, generated: GeneratedColumn? = nil, enumItems: [String]? = nil,
        nativeEnumName: String? = nil, ignoreSchemaChanges: Set<SchemaChangeKind> = [], renamedFrom: String? = nil,
        onUpdate: String? = nil, identity: ColumnIdentity? = nil, isInvisible: Bool = false, storage: ColumnStorage? = nil,
        check: String? = nil
    ) {
        self.name = name
        self.type = type
        self.isNullable = isNullable
        self.defaultValue = defaultValue
        self.isAutoincrement = isAutoincrement
        self.isUnsigned = isUnsigned
        self.comment = comment
        self.isInvisible = isInvisible
        self.storage = storage
        // Most columns have none of the rare attributes: no box is made and compared to find out.
        guard collation != nil || generated != nil || enumItems != nil || nativeEnumName != nil || !ignoreSchemaChanges.isEmpty
                || renamedFrom != nil || onUpdate != nil || identity != nil || check != nil else {
            rare = nil
            return
        }
        let rare = RareAttributes(collation: collation, generated: generated, enumItems: enumItems, nativeEnumName: nativeEnumName,
                                  ignoreSchemaChanges: ignoreSchemaChanges, renamedFrom: renamedFrom, onUpdate: onUpdate,
                                  identity: identity, check: check)
        self.rare = Optional(boxing: rare)
    }

}

/// The column attributes few columns have (``ColumnSchema``'s boxed ones).
private struct RareAttributes: BoxedAttributes {
    var collation: String?
    var generated: GeneratedColumn?
    var enumItems: [String]?
    var nativeEnumName: String?
    var ignoreSchemaChanges: Set<SchemaChangeKind> = []
    var renamedFrom: String?
    var onUpdate: String?
    var identity: ColumnIdentity?
    var check: String?
}

extension ColumnSchema: Codable {
    // The keys and order of the plain attributes, as the synthesized encoding wrote them.
    private enum CodingKeys: String, CodingKey {
        case name, type, isNullable, defaultValue, isAutoincrement, isUnsigned, comment, collation, generated, enumItems
        case nativeEnumName, ignoreSchemaChanges, renamedFrom, onUpdate, identity, isInvisible, storage, check
    }

    /// Decodes a column; only `name` and `type` are required, every other attribute takes its
    /// default when missing (as older encodings leave the newer ones out).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            type: try container.decode(String.self, forKey: .type),
            isNullable: try container.decodeIfPresent(Bool.self, forKey: .isNullable) ?? false,
            defaultValue: try container.decodeIfPresent(String.self, forKey: .defaultValue),
            isAutoincrement: try container.decodeIfPresent(Bool.self, forKey: .isAutoincrement) ?? false,
            isUnsigned: try container.decodeIfPresent(Bool.self, forKey: .isUnsigned) ?? false,
            comment: try container.decodeIfPresent(String.self, forKey: .comment),
            collation: try container.decodeIfPresent(String.self, forKey: .collation),
            generated: try container.decodeIfPresent(GeneratedColumn.self, forKey: .generated),
            enumItems: try container.decodeIfPresent([String].self, forKey: .enumItems),
            nativeEnumName: try container.decodeIfPresent(String.self, forKey: .nativeEnumName),
            ignoreSchemaChanges: try container.decodeIfPresent(Set<SchemaChangeKind>.self, forKey: .ignoreSchemaChanges) ?? [],
            renamedFrom: try container.decodeIfPresent(String.self, forKey: .renamedFrom),
            onUpdate: try container.decodeIfPresent(String.self, forKey: .onUpdate),
            identity: try container.decodeIfPresent(ColumnIdentity.self, forKey: .identity),
            isInvisible: try container.decodeIfPresent(Bool.self, forKey: .isInvisible) ?? false,
            storage: try container.decodeIfPresent(ColumnStorage.self, forKey: .storage),
            check: try container.decodeIfPresent(String.self, forKey: .check))
    }

    /// Encodes the column as the synthesized encoding did: every plain attribute, optional ones
    /// only when set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(type, forKey: .type)
        try container.encode(isNullable, forKey: .isNullable)
        try container.encodeIfPresent(defaultValue, forKey: .defaultValue)
        try container.encode(isAutoincrement, forKey: .isAutoincrement)
        try container.encode(isUnsigned, forKey: .isUnsigned)
        try container.encodeIfPresent(comment, forKey: .comment)
        try container.encodeIfPresent(collation, forKey: .collation)
        try container.encodeIfPresent(generated, forKey: .generated)
        try container.encodeIfPresent(enumItems, forKey: .enumItems)
        try container.encodeIfPresent(nativeEnumName, forKey: .nativeEnumName)
        try container.encode(ignoreSchemaChanges, forKey: .ignoreSchemaChanges)
        try container.encodeIfPresent(renamedFrom, forKey: .renamedFrom)
        try container.encodeIfPresent(onUpdate, forKey: .onUpdate)
        try container.encodeIfPresent(identity, forKey: .identity)
        try container.encode(isInvisible, forKey: .isInvisible)
        try container.encodeIfPresent(storage, forKey: .storage)
        try container.encodeIfPresent(check, forKey: .check)
    }
}

/// The primary key; `name` is `nil` when it has the dialect's default name.
public struct PrimaryKeySchema: Sendable, Hashable, Codable {
    /// The constraint's name; `nil` for the one the database gives it by default (PostgreSQL `<table>_pkey`).
    public var name: String?
    /// The key's column names, in key order.
    public var columns: [String]

    /// A primary key over `columns`, in that order, with the default name unless `name` is given.
    public init(name: String? = nil, columns: [String]) {
        self.name = name
        self.columns = columns
    }
}

/// Where `NULL`s sort in an index key part.
public enum NullsOrder: String, Sendable, Hashable, Codable {
    /// `nulls first`: before every value.
    case first
    /// `nulls last`: after every value.
    case last
}

/// An index or unique constraint.
public struct IndexSchema: Sendable, Hashable, Codable {
    /// One key column and how it is indexed.
    public struct Column: Sendable, Hashable, Codable {
        /// The name of the table column this key part indexes.
        public var name: String
        /// Whether the key part sorts descending (`desc`); `false` is ascending.
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

        /// A key part: ascending, with the column's own collation and the default operator class unless told.
        ///
        /// ```swift
        /// IndexSchema.Column("title", descending: true, nulls: .last)   // "title" desc nulls last
        /// ```
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

    /// The index or constraint name, after the naming strategy (`author_email_unique`); indexes are
    /// matched by it.
    public var name: String
    /// The key parts, in order; empty when ``expression`` is indexed instead.
    public var columns: [Column]
    /// Whether no two rows may share a key: a unique index, or a unique constraint when ``isConstraint``.
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
    /// The PostgreSQL comment on the index or unique constraint; `nil` for none.
    public var comment: String?
    /// Kept up to date but left out by the optimizer (MariaDB `ignored`, MySQL `invisible`).
    public var isIgnored = false
    /// The application-time period a MariaDB unique key adds as its last part, `without
    /// overlaps` (`unique (room_id, booked without overlaps)`); `nil` for none.
    public var withoutOverlaps: String?

    /// An index: plain and not unique unless told; ``isIgnored`` is set afterwards.
    ///
    /// ```swift
    /// IndexSchema(name: "author_email_unique", columns: [.init("email")], isUnique: true, isConstraint: true)
    /// // PostgreSQL: alter table "author" add constraint "author_email_unique" unique ("email")
    /// ```
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
        isIgnored = try container.decodeIfPresent(Bool.self, forKey: .isIgnored) ?? false
        withoutOverlaps = try container.decodeIfPresent(String.self, forKey: .withoutOverlaps)
    }

    /// The key columns' names, in order, without their directions and options.
    public var columnNames: [String] { columns.map(\.name) }
}

/// When a deferrable constraint is checked: at the end of each statement unless deferred
/// (`immediate`), or at commit (`deferred`).
public enum Deferral: String, Sendable, Hashable, Codable {
    /// Checked at the end of each statement, unless a transaction defers it.
    case immediate
    /// Checked at commit.
    case deferred
}

/// A PostgreSQL column storage strategy: inline or out of line (TOAST), compressed or not.
public enum ColumnStorage: String, Sendable, Hashable, Codable, CaseIterable {
    /// `plain`: inline and uncompressed; `external`: out of line, uncompressed (fast substrings of long
    /// values); `main`: compressed, kept inline while it fits; `extended`: compressed, then out of line
    /// (the default of most variable-length types).
    case plain, external, main, extended
}

/// A foreign key constraint.
public struct ForeignKeySchema: Sendable, Hashable, Codable {
    /// When a deferrable key is checked: the same top-level `Deferral` unique constraints use.
    public typealias Deferral = SchemaKitCore.Deferral

    /// The constraint's name, after the naming strategy and the dialect's length limit
    /// (`book_author_id_foreign`); keys are matched by it.
    public var name: String
    /// The referencing columns of this table, paired in order with ``referencedColumns``.
    public var columns: [String]
    /// The table the key points at, with its namespace where the dialect has them.
    public var referencedTable: QualifiedName
    /// The columns of ``referencedTable`` the key points at (its primary key unless the relation names
    /// others), paired in order with ``columns``.
    public var referencedColumns: [String]
    /// What `on delete` does when the referenced row is deleted; `nil` writes no clause (the engine's
    /// default). `nil`, `.noAction` and `.restrict` compare as equal.
    public var deleteRule: ReferentialAction?
    /// What `on update` does when the referenced key changes; `nil` writes no clause (the engine's
    /// default). `nil`, `.noAction` and `.restrict` compare as equal.
    public var updateRule: ReferentialAction?
    /// When a deferrable key is checked (`deferrable initially …`); `nil` for a key that is not
    /// deferrable. PostgreSQL and SQLite only; other engines refuse it.
    public var deferral: Deferral?
    /// `match full`: a multi-column key whose columns are all null or all set (PostgreSQL).
    public var matchesFull: Bool
    /// The PostgreSQL comment on the constraint; `nil` for none. Other engines refuse one.
    public var comment: String?
    /// The key's columns an `on delete set null` / `set default` resets (PostgreSQL 15
    /// `on delete set null (author_id)`); `nil` resets them all.
    public var deleteSetColumns: [String]?

    /// A foreign key with no rules, not deferrable and without PostgreSQL's options unless told.
    ///
    /// ```swift
    /// ForeignKeySchema(name: "book_author_id_foreign", columns: ["author_id"],
    ///                  referencedTable: QualifiedName("author"), referencedColumns: ["id"], deleteRule: .cascade)
    /// // alter table "book" add constraint "book_author_id_foreign"
    /// //     foreign key ("author_id") references "author" ("id") on delete cascade
    /// ```
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
    /// The constraint's name: declared, or the naming strategy's (`book_price_check`), numbered when
    /// that is taken; checks are matched by it.
    public var name: String
    /// The condition as SQL in the dialect's quoting, without `check (…)`: `price >= 0`. Compared in
    /// canonical spelling.
    public var expression: String
    /// The column the check belongs to, when it is a column-level check.
    public var column: String?
    /// PostgreSQL `no inherit`: the check does not pass to child tables.
    public var isNoInherit: Bool
    /// The PostgreSQL comment on the constraint; `nil` for none. Other engines refuse one.
    public var comment: String?

    /// A table-level check unless `column` is given.
    ///
    /// ```swift
    /// CheckSchema(name: "book_price_check", expression: "price >= 0")
    /// // alter table "book" add constraint "book_price_check" check (price >= 0)
    /// ```
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
    /// The constraint's name; exclusion constraints are matched by it.
    public var name: String
    /// `EXCLUDE USING gist (…) [WHERE (…)] [DEFERRABLE …]`.
    public var definition: String

    /// An exclusion constraint from its name and its definition as PostgreSQL writes it.
    public init(name: String, definition: String) {
        self.name = name
        self.definition = definition
    }
}

/// A PostgreSQL native enum type: `create type "status" as enum ('draft', 'published')`.
public struct NativeEnumSchema: Sendable, Hashable, Codable {
    /// The type's name without its namespace; columns of the type name it in
    /// ``ColumnSchema/nativeEnumName``.
    public var name: String
    /// The type's namespace; `nil` for the dialect's default one (`public`).
    public var schema: String?
    /// The labels in declaration order, which is also the order the type sorts them in.
    public var values: [String]

    /// A native enum type with these labels, in the default namespace unless `schema` is given.
    public init(name: String, schema: String? = nil, values: [String]) {
        self.name = name
        self.schema = schema
        self.values = values
    }

    /// The type's name with its namespace (`app.mood`), by which types are matched and written in SQL.
    public var qualifiedName: QualifiedName { QualifiedName(name, schema: schema) }
}
