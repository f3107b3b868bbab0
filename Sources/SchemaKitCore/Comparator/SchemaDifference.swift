/// What separates two schemas, attribute by attribute.
///
/// Every change is a typed value with its old and new value, so code that acts on a
/// difference switches over cases instead of matching text:
///
/// ```swift
/// let difference = try SchemaComparator.compare(from: live, to: target, dialect: .postgreSQL)
/// for table in difference.changedTables {
///     for column in table.changedColumns where column.changes.contains(.type) { … }
/// }
/// print(difference)
/// // table author: column age: type: int → bigint
/// ```
public struct SchemaDifference: Sendable, Hashable, CustomStringConvertible {
    /// Namespaces (PostgreSQL and SQL Server schemas) the target has and the live database lacks, sorted.
    public var newNamespaces: [String] = []
    /// Namespaces the live database has and the target lacks, sorted; dropped only when the update drops tables.
    public var removedNamespaces: [String] = []
    /// Native enum types (PostgreSQL `create type … as enum`) to create.
    public var newNativeEnums: [NativeEnumSchema] = []
    /// Native enum types the target no longer has; dropped unless in safe mode.
    public var removedNativeEnums: [NativeEnumSchema] = []
    /// Native enum types on both sides whose values differ.
    public var changedNativeEnums: [NativeEnumDifference] = []
    /// PostgreSQL collations to create, before the columns that use them.
    public var newCollations: [CollationSchema] = []
    /// Collations the target no longer has (and none of its columns uses); dropped unless in safe mode.
    public var removedCollations: [CollationSchema] = []
    /// Collations on both sides whose definitions differ.
    public var changedCollations: [ObjectChange<CollationSchema>] = []
    /// PostgreSQL domains to create.
    public var newDomains: [DomainSchema] = []
    /// Domains the target no longer has (and none of its columns uses); dropped unless in safe mode.
    public var removedDomains: [DomainSchema] = []
    /// Domains on both sides whose definitions differ.
    public var changedDomains: [ObjectChange<DomainSchema>] = []
    /// PostgreSQL composite types to create.
    public var newCompositeTypes: [CompositeTypeSchema] = []
    /// Composite types the target no longer has (and none of its columns uses); dropped unless in safe mode.
    public var removedCompositeTypes: [CompositeTypeSchema] = []
    /// Composite types on both sides whose attributes differ.
    public var changedCompositeTypes: [ObjectChange<CompositeTypeSchema>] = []
    /// PostgreSQL sequences to create.
    public var newSequences: [SequenceSchema] = []
    /// Sequences the target no longer has (and none of its defaults draws from); dropped unless in safe mode.
    public var removedSequences: [SequenceSchema] = []
    /// Sequences on both sides whose options or owner differ — also a `serial` column's sequence
    /// that becomes a standalone one, or the other way round.
    public var changedSequences: [ObjectChange<SequenceSchema>] = []
    /// Tables to create, in foreign key dependency order.
    public var newTables: [TableSchema] = []
    /// Tables to drop, dependents first.
    public var removedTables: [TableSchema] = []
    /// Tables on both sides (possibly under a new name) that differ.
    public var changedTables: [TableDifference] = []
    /// Foreign keys of kept tables that reference a removed table: they go before the table does.
    public var orphanedForeignKeys: [(table: QualifiedName, key: ForeignKeySchema)] {
        changedTables.flatMap { table in table.orphanedForeignKeys.map { (table.from.qualifiedName, $0) } }
    }

    /// An empty difference; ``SchemaComparator`` fills one in.
    public init() {}

    /// Whether the schemas match: nothing to create, drop or change.
    public var isEmpty: Bool {
        newNamespaces.isEmpty && removedNamespaces.isEmpty && newNativeEnums.isEmpty && removedNativeEnums.isEmpty
            && changedNativeEnums.isEmpty && newTables.isEmpty && removedTables.isEmpty && changedTables.isEmpty
            && newCollations.isEmpty && removedCollations.isEmpty && changedCollations.isEmpty && newDomains.isEmpty
            && removedDomains.isEmpty && changedDomains.isEmpty && newCompositeTypes.isEmpty && removedCompositeTypes.isEmpty
            && changedCompositeTypes.isEmpty && newSequences.isEmpty && removedSequences.isEmpty && changedSequences.isEmpty
    }

    /// One line per difference, for logs and test failures.
    public var lines: [String] {
        var lines: [String] = []
        lines += newNamespaces.map { "new namespace \($0)" }
        lines += removedNamespaces.map { "removed namespace \($0)" }
        lines += newNativeEnums.map { "new enum type \($0.qualifiedName)" }
        lines += removedNativeEnums.map { "removed enum type \($0.qualifiedName)" }
        lines += changedNativeEnums.map { "enum type \($0.to.qualifiedName): values \($0.from.values) → \($0.to.values)" }
        lines += newCollations.map { "new collation \($0.qualifiedName)" }
        lines += removedCollations.map { "removed collation \($0.qualifiedName)" }
        lines += changedCollations.map { "collation \($0.to.qualifiedName): \($0.from) → \($0.to)" }
        lines += newDomains.map { "new domain \($0.qualifiedName)" }
        lines += removedDomains.map { "removed domain \($0.qualifiedName)" }
        lines += changedDomains.map { "domain \($0.to.qualifiedName): \($0.from) → \($0.to)" }
        lines += newCompositeTypes.map { "new composite type \($0.qualifiedName)" }
        lines += removedCompositeTypes.map { "removed composite type \($0.qualifiedName)" }
        lines += changedCompositeTypes.map { "composite type \($0.to.qualifiedName): \($0.from.attributes) → \($0.to.attributes)" }
        lines += newSequences.map { "new sequence \($0.qualifiedName)" }
        lines += removedSequences.map { "removed sequence \($0.qualifiedName)" }
        lines += changedSequences.map { change in
            let owner = { (sequence: SequenceSchema) in sequence.ownedBy.map { "owned by \($0.table).\($0.column)" } ?? "no owner" }
            return "sequence \(change.to.qualifiedName): \(change.from.options) \(owner(change.from)) → \(change.to.options) \(owner(change.to))"
        }
        lines += newTables.map { "new table \($0.qualifiedName)" }
        lines += removedTables.map { "removed table \($0.qualifiedName)" }
        for table in changedTables { lines += table.lines }
        return lines
    }

    public var description: String { lines.joined(separator: "\n") }
}

/// A native enum type on both sides whose values differ.
public struct NativeEnumDifference: Sendable, Hashable {
    /// The type as the live database has it.
    public var from: NativeEnumSchema
    /// The type as the target defines it.
    public var to: NativeEnumSchema

    /// The difference between the live type `from` and the target type `to`.
    public init(from: NativeEnumSchema, to: NativeEnumSchema) {
        self.from = from
        self.to = to
    }

    /// The values `to` adds when it only appends or inserts (keeping the old values in their
    /// order); `nil` when it removes or reorders one.
    public var addedValuesOnly: [String]? {
        let kept = to.values.filter { from.values.contains($0) }
        guard kept == from.values else { return nil }
        return to.values.filter { !from.values.contains($0) }
    }
}

/// A PostgreSQL object (sequence, domain, composite type, collation) on both sides whose
/// definition differs.
///
/// ```swift
/// ObjectChange(from: SequenceSchema(name: "batch_seq"), to: SequenceSchema(name: "batch_seq", increment: 5))
/// // alter sequence "batch_seq" increment by 5
/// ```
public struct ObjectChange<Object: Sendable & Hashable>: Sendable, Hashable {
    /// The object as the live database has it.
    public var from: Object
    /// The object as the target defines it.
    public var to: Object

    /// The change from the live object `from` to the target object `to`.
    public init(from: Object, to: Object) {
        self.from = from
        self.to = to
    }
}

// MARK: - Columns

/// One attribute of a column that differs, with both values in the dialect's canonical spelling.
///
/// ```swift
/// ColumnChange.nullable(from: true, to: false).description   // nullable: true → false
/// ```
public enum ColumnChange: Sendable, Hashable, CustomStringConvertible {
    /// The type (a native enum column's type is its enum type's name).
    case type(from: String, to: String)
    /// Whether the column accepts null.
    case nullable(from: Bool, to: Bool)
    /// The default as SQL; `nil` is no default.
    case defaultValue(from: String?, to: String?)
    /// Whether the database numbers new rows in the column (`auto_increment`, `serial`, identity).
    case autoincrement(from: Bool, to: Bool)
    /// Whether the column's number type is unsigned (MySQL, MariaDB).
    case unsigned(from: Bool, to: Bool)
    /// The column's comment; `nil` is none.
    case comment(from: String?, to: String?)
    /// The column's collation; `nil` is the default one.
    case collation(from: String?, to: String?)
    /// What computes the column (expression in canonical spelling, and storage).
    case generated(from: GeneratedColumn?, to: GeneratedColumn?)
    /// The values of a native enum column's type.
    case enumValues(from: [String]?, to: [String]?)
    /// What the column is set to on every update of its row (MySQL `on update current_timestamp`).
    case onUpdate(from: String?, to: String?)
    /// An identity column's generation and sequence options (`nil`: not an identity column).
    case identity(from: ColumnIdentity?, to: ColumnIdentity?)
    /// Whether the column is left out of `select *` (MySQL/MariaDB `invisible`).
    case invisible(from: Bool, to: Bool)
    /// PostgreSQL's storage strategy; `nil` is the type's own.
    case storage(from: ColumnStorage?, to: ColumnStorage?)
    /// A MariaDB column-level check (in canonical spelling); `nil` is none.
    case check(from: String?, to: String?)

    /// The attribute a change is about, for set membership.
    public enum Attribute: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Type, nullability, default, auto-increment, unsignedness, comment, collation and generation,
        /// each named after the ``ColumnChange`` case it stands for.
        case type, nullable, defaultValue = "default", autoincrement, unsigned, comment, collation, generated
        /// The values of a native enum column's type.
        case enumValues = "enum values"
        /// What the column is set to on every update of its row (MySQL `on update`).
        case onUpdate = "on update"
        /// Identity options, visibility in `select *` (MySQL/MariaDB), storage strategy (PostgreSQL),
        /// column-level check (MariaDB).
        case identity, invisible, storage, check
        public var description: String { rawValue }
    }

    /// The attribute the change is about, without its values: `.nullable` for
    /// `.nullable(from: true, to: false)`.
    public var attribute: Attribute {
        switch self {
        case .type: .type
        case .nullable: .nullable
        case .defaultValue: .defaultValue
        case .autoincrement: .autoincrement
        case .unsigned: .unsigned
        case .comment: .comment
        case .collation: .collation
        case .generated: .generated
        case .enumValues: .enumValues
        case .onUpdate: .onUpdate
        case .identity: .identity
        case .invisible: .invisible
        case .storage: .storage
        case .check: .check
        }
    }

    public var description: String {
        let (from, to): (String, String)
        switch self {
        case .type(let old, let new): (from, to) = (old, new)
        case .nullable(let old, let new), .autoincrement(let old, let new), .unsigned(let old, let new): (from, to) = ("\(old)", "\(new)")
        case .defaultValue(let old, let new): (from, to) = (describe(old), describe(new))
        case .comment(let old, let new): (from, to) = (old ?? "", new ?? "")
        case .collation(let old, let new): (from, to) = (describe(old), describe(new))
        case .generated(let old, let new):
            let text: (GeneratedColumn?) -> String = { describe($0.map { "\($0.expression) \($0.storage.rawValue)" }) }
            (from, to) = (text(old), text(new))
        case .enumValues(let old, let new): (from, to) = (describe(old), describe(new))
        case .onUpdate(let old, let new), .check(let old, let new): (from, to) = (describe(old), describe(new))
        case .invisible(let old, let new): (from, to) = ("\(old)", "\(new)")
        case .storage(let old, let new): (from, to) = (old?.rawValue ?? "the type's", new?.rawValue ?? "the type's")
        case .identity(let old, let new):
            let text: (ColumnIdentity?) -> String = { identity in
                identity.map { ([$0.generation.rawValue] + $0.options).joined(separator: " ") } ?? "none"
            }
            (from, to) = (text(old), text(new))
        }
        return "\(attribute): \(from) → \(to)"
    }
}

/// The attributes in which a list of changes differ.
extension [ColumnChange] {
    /// Whether one of the changes is about `attribute`: `changes.contains(.type)`.
    public func contains(_ attribute: ColumnChange.Attribute) -> Bool { contains { $0.attribute == attribute } }
    /// The attributes the changes are about, without their values.
    public var attributes: Set<ColumnChange.Attribute> { Set(map(\.attribute)) }
}

/// A column on both sides whose definition differs; `from` carries the old name when the
/// column is also renamed.
public struct ColumnDifference: Sendable, Hashable {
    /// The live column, under its old name when the column is also renamed.
    public var from: ColumnSchema
    /// The target column.
    public var to: ColumnSchema
    /// The attributes that differ, with both values, in the order the comparator checks them.
    public var changes: [ColumnChange]

    /// The difference between the live column `from` and the target column `to`.
    public init(from: ColumnSchema, to: ColumnSchema, changes: [ColumnChange]) {
        self.from = from
        self.to = to
        self.changes = changes
    }
}

/// A column kept under a new name.
public typealias ColumnRename = ValueChange<ColumnSchema>

// MARK: - Indexes, keys and checks

/// One attribute of an index that differs.
public enum IndexChange: Sendable, Hashable, CustomStringConvertible {
    /// Key columns, with `desc` where the dialect records descending order.
    case columns(from: [String], to: [String])
    /// Whether the index is unique.
    case unique(from: Bool, to: Bool)
    /// A unique constraint rather than a unique index (PostgreSQL, SQL Server).
    case constraint(from: Bool, to: Bool)
    /// The expression indexed instead of columns; `nil` is an index over columns only.
    case expression(from: String?, to: String?)
    /// A partial index's `where` predicate; `nil` is an index over every row.
    case predicate(from: String?, to: String?)
    /// The access method (`gin`, `gist`, `hash`; MySQL's `fulltext`, `spatial`); `nil` is the default one.
    case method(from: String?, to: String?)
    /// Non-key columns (`include`).
    case include(from: [String], to: [String])
    /// Storage parameters (`with (fillfactor = 70)`), as `name=value`.
    case storageParameters(from: [String], to: [String])
    /// Whether a unique index treats nulls as equal (PostgreSQL 15 `nulls not distinct`).
    case nullsNotDistinct(from: Bool, to: Bool)
    /// Whether a unique constraint is deferrable, and when it is checked; `nil` is not deferrable.
    case deferral(from: Deferral?, to: Deferral?)
    /// Whether the optimizer leaves the index out (MariaDB `ignored`, MySQL `invisible`).
    case ignored(from: Bool, to: Bool)
    /// The comment: the only change made without recreating the index.
    case comment(from: String?, to: String?)

    public var description: String {
        switch self {
        case .columns(let old, let new): "columns: \(old.joined(separator: ", ")) → \(new.joined(separator: ", "))"
        case .unique(let old, let new): "unique: \(old) → \(new)"
        case .constraint(let old, let new): "constraint: \(old) → \(new)"
        case .expression(let old, let new): "expression: \(describe(old)) → \(describe(new))"
        case .predicate(let old, let new): "where: \(describe(old)) → \(describe(new))"
        case .method(let old, let new): "method: \(describe(old)) → \(describe(new))"
        case .include(let old, let new): "include: \(describe(old)) → \(describe(new))"
        case .storageParameters(let old, let new): "with: \(describe(old)) → \(describe(new))"
        case .nullsNotDistinct(let old, let new): "nulls not distinct: \(old) → \(new)"
        case .deferral(let old, let new): "deferrable: \(describe(old?.rawValue)) → \(describe(new?.rawValue))"
        case .ignored(let old, let new): "ignored: \(old) → \(new)"
        case .comment(let old, let new): "comment: \(describe(old)) → \(describe(new))"
        }
    }

    /// Whether the change can be made without recreating the index.
    public var isCommentOnly: Bool {
        if case .comment = self { true } else { false }
    }
}

/// An index on both sides under one name whose definition differs.
public struct IndexDifference: Sendable, Hashable {
    /// The live index.
    public var from: IndexSchema
    /// The target index.
    public var to: IndexSchema
    /// The attributes that differ, with both values.
    public var changes: [IndexChange]

    /// The difference between the live index `from` and the target index `to`.
    public init(from: IndexSchema, to: IndexSchema, changes: [IndexChange]) {
        self.from = from
        self.to = to
        self.changes = changes
    }
}

/// An index identical on both sides but for its name.
public typealias IndexRename = ValueChange<IndexSchema>

/// Why a foreign key is dropped and added again.
public enum ForeignKeyChange: Sendable, Hashable, CustomStringConvertible {
    /// The key's own columns, the live ones under their new names.
    case columns(from: [String], to: [String])
    /// The referenced table and columns, the live ones under their new names.
    case references(from: QualifiedName, fromColumns: [String], to: QualifiedName, toColumns: [String])
    /// `nil` is no action (and `restrict`, which behaves alike here).
    case deleteRule(from: ReferentialAction?, to: ReferentialAction?)
    /// The `on update` action; `nil` is no action (and `restrict`, which behaves alike here).
    case updateRule(from: ReferentialAction?, to: ReferentialAction?)
    /// Whether the key is deferrable, and when it is checked; `nil` is not deferrable.
    case deferral(from: ForeignKeySchema.Deferral?, to: ForeignKeySchema.Deferral?)
    /// Whether the key is `match full` (PostgreSQL): its columns all null or all set.
    case matchesFull(from: Bool, to: Bool)
    /// The columns `on delete set null (…)` resets; `nil` is all of them.
    case deleteSetColumns(from: [String]?, to: [String]?)
    /// A column of the key (or one it references) changes type: the key must go while it does.
    case columnTypeChanged
    /// The index (or primary key) the key stands on is dropped (MySQL): the key must go first.
    case supportingIndexDropped

    public var description: String {
        let rule: (ReferentialAction?) -> String = { $0?.sql ?? "no action" }
        switch self {
        case .columns(let old, let new): return "columns: \(old.joined(separator: ", ")) → \(new.joined(separator: ", "))"
        case .references(let oldTable, let oldColumns, let newTable, let newColumns):
            return "references: \(oldTable)(\(oldColumns.joined(separator: ", "))) → \(newTable)(\(newColumns.joined(separator: ", ")))"
        case .deleteRule(let old, let new): return "on delete: \(rule(old)) → \(rule(new))"
        case .updateRule(let old, let new): return "on update: \(rule(old)) → \(rule(new))"
        case .deferral(let old, let new): return "deferrable: \(describe(old?.rawValue)) → \(describe(new?.rawValue))"
        case .matchesFull(let old, let new): return "match full: \(old) → \(new)"
        case .deleteSetColumns(let old, let new):
            return "on delete resets: \(old?.joined(separator: ", ") ?? "every column") → \(new?.joined(separator: ", ") ?? "every column")"
        case .columnTypeChanged: return "key column type: changes → recreated"
        case .supportingIndexDropped: return "supporting index: dropped → recreated"
        }
    }
}

/// A foreign key on both sides under one name that is dropped and added again.
public struct ForeignKeyDifference: Sendable, Hashable {
    /// The live key as the database has it, under the old names of renamed columns and tables.
    public var from: ForeignKeySchema
    /// The target key.
    public var to: ForeignKeySchema
    /// Why the key is recreated, with both values.
    public var changes: [ForeignKeyChange]

    /// The difference between the live key `from` and the target key `to`.
    public init(from: ForeignKeySchema, to: ForeignKeySchema, changes: [ForeignKeyChange]) {
        self.from = from
        self.to = to
        self.changes = changes
    }
}

/// A check on both sides under one name whose expression differs.
public struct CheckDifference: Sendable, Hashable {
    /// The live check.
    public var from: CheckSchema
    /// The target check.
    public var to: CheckSchema
    /// Both expressions in the dialect's canonical spelling.
    public var expression: ValueChange<String>

    /// The difference between the live check `from` and the target check `to`; `expression`
    /// holds both expressions in canonical spelling (equal when only `no inherit` changes).
    public init(from: CheckSchema, to: CheckSchema, expression: ValueChange<String>) {
        self.from = from
        self.to = to
        self.expression = expression
    }
}

/// A check or foreign key whose comment alone changes: set without recreating it.
public struct ConstraintCommentChange: Sendable, Hashable {
    /// The check's or foreign key's name as the database knows it.
    public var name: String
    /// The old and new comment; `nil` is none.
    public var comment: ValueChange<String?>

    /// A comment change on the check or foreign key `name`.
    public init(name: String, comment: ValueChange<String?>) {
        self.name = name
        self.comment = comment
    }
}

/// A value that changed, typed.
public struct ValueChange<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The old value: the live database's.
    public var from: Value
    /// The new value: the target's.
    public var to: Value

    /// A change from `from` to `to`.
    public init(from: Value, to: Value) {
        self.from = from
        self.to = to
    }
}

// MARK: - Tables

/// The differences within one table that exists on both sides.
///
/// `from` is the live table (under its old name when the table is renamed); `to` the target.
public struct TableDifference: Sendable, Hashable {
    /// The live table, under its old name when the table is renamed.
    public var from: TableSchema
    /// The target table.
    public var to: TableSchema
    /// Columns the target adds.
    public var addedColumns: [ColumnSchema] = []
    /// Live columns the target no longer has; dropped unless in safe mode.
    public var removedColumns: [ColumnSchema] = []
    /// Columns whose definition changed.
    public var changedColumns: [ColumnDifference] = []
    /// Columns kept under a new name (from a `renamedFrom:` hint, or one unambiguous identical pair).
    public var renamedColumns: [ColumnRename] = []
    /// The primary key's columns (old ones under their new names), `nil` for no key.
    public var primaryKeyChange: ValueChange<[String]?>?
    /// The primary key constraint renamed, its columns unchanged (both sides name it).
    public var primaryKeyRename: ValueChange<String>?
    /// The table's comment (`nil` inside is none), when it changes.
    public var commentChange: ValueChange<String?>?
    /// The table's storage options (engine, parameters, `strict`, `unlogged`).
    public var optionsChange: ValueChange<TableOptions>?
    /// The table's default collation (MySQL), when both sides name one: the columns that
    /// inherit it are converted with it.
    public var collationChange: ValueChange<String>?
    /// Indexes (and unique constraints) the target adds.
    public var addedIndexes: [IndexSchema] = []
    /// Live indexes (and unique constraints) the target no longer has.
    public var removedIndexes: [IndexSchema] = []
    /// Indexes under one name whose definition differs (recreated unless only the comment changes).
    public var changedIndexes: [IndexDifference] = []
    /// Indexes identical but for their name.
    public var renamedIndexes: [IndexRename] = []
    /// Foreign keys the target adds.
    public var addedForeignKeys: [ForeignKeySchema] = []
    /// Live foreign keys the target no longer has (keys to a removed table are in `orphanedForeignKeys`).
    public var removedForeignKeys: [ForeignKeySchema] = []
    /// Foreign keys under one name that are dropped and added again.
    public var changedForeignKeys: [ForeignKeyDifference] = []
    /// Check constraints the target adds.
    public var addedChecks: [CheckSchema] = []
    /// Live check constraints the target no longer has.
    public var removedChecks: [CheckSchema] = []
    /// Exclusion constraints to add and to drop (a changed one is both).
    public var addedExclusions: [ExclusionConstraintSchema] = []
    /// Application-time periods the target adds (or changes: dropped and added again).
    public var addedPeriods: [PeriodSchema] = []
    /// Live application-time periods that go (or change).
    public var removedPeriods: [PeriodSchema] = []
    /// Live exclusion constraints to drop.
    public var removedExclusions: [ExclusionConstraintSchema] = []
    /// Checks under one name whose expression (or PostgreSQL `no inherit`) differs: dropped and added again.
    public var changedChecks: [CheckDifference] = []
    /// Checks and foreign keys whose comment alone changes.
    public var constraintComments: [ConstraintCommentChange] = []
    /// Live foreign keys that reference a table the update removes.
    public var orphanedForeignKeys: [ForeignKeySchema] = []

    /// An empty difference between the live table `from` and the target table `to`.
    public init(from: TableSchema, to: TableSchema) {
        self.from = from
        self.to = to
    }

    /// Whether the table is kept under a new name.
    public var isRenamed: Bool { from.name != to.name }

    /// Whether the table is unchanged: not renamed, and nothing to add, drop or change.
    public var isEmpty: Bool {
        !isRenamed && primaryKeyChange == nil && primaryKeyRename == nil && commentChange == nil && optionsChange == nil && collationChange == nil
            && addedColumns.isEmpty && removedColumns.isEmpty
            && changedColumns.isEmpty && renamedColumns.isEmpty && addedIndexes.isEmpty && removedIndexes.isEmpty
            && changedIndexes.isEmpty && renamedIndexes.isEmpty && addedForeignKeys.isEmpty && removedForeignKeys.isEmpty
            && changedForeignKeys.isEmpty && addedChecks.isEmpty && removedChecks.isEmpty && changedChecks.isEmpty
            && orphanedForeignKeys.isEmpty && constraintComments.isEmpty
            && addedExclusions.isEmpty && removedExclusions.isEmpty && addedPeriods.isEmpty && removedPeriods.isEmpty
    }

    /// The primary key constraint's rename, as the rename of a unique constraint.
    public func primaryKeyRenameOperation() -> SchemaOperation? {
        guard let rename = primaryKeyRename, let key = to.primaryKey else { return nil }
        let columns = key.columns.map { IndexSchema.Column($0) }
        return .renameIndex(from: IndexSchema(name: rename.from, columns: columns, isUnique: true, isConstraint: true),
                            to: IndexSchema(name: rename.to, columns: columns, isUnique: true, isConstraint: true),
                            table: to.qualifiedName)
    }

    /// The new name of a live column (itself when not renamed).
    public func newName(ofColumn name: String) -> String {
        renamedColumns.first { $0.from.name == name }?.to.name ?? name
    }

    /// The live table under the target's name, as the statements after a rename see it.
    public var liveTable: TableSchema {
        var table = from
        table.name = to.name
        table.schema = to.schema
        return table
    }

    /// Live foreign keys that go before the table's other changes: removed and changed ones.
    public var droppedForeignKeys: [ForeignKeySchema] { removedForeignKeys + changedForeignKeys.map(\.from) }
    /// Foreign keys that come after the table's other changes: added and changed ones.
    public var createdForeignKeys: [ForeignKeySchema] { addedForeignKeys + changedForeignKeys.map(\.to) }
    /// Changed indexes that are recreated: those with a change beyond their comment.
    public var recreatedIndexes: [IndexDifference] { changedIndexes.filter { !$0.changes.allSatisfy(\.isCommentOnly) } }
    /// Indexes whose comment alone changed.
    public var recommentedIndexes: [IndexSchema] { changedIndexes.filter { $0.changes.allSatisfy(\.isCommentOnly) }.map(\.to) }
    /// Live indexes that go: removed and recreated ones.
    public var droppedIndexes: [IndexSchema] { removedIndexes + recreatedIndexes.map(\.from) }
    /// Indexes to make: added and recreated ones.
    public var createdIndexes: [IndexSchema] { addedIndexes + recreatedIndexes.map(\.to) }
    /// Live checks that go: removed and changed ones.
    public var droppedChecks: [CheckSchema] { removedChecks + changedChecks.map(\.from) }
    /// Checks to add: added and changed ones.
    public var createdChecks: [CheckSchema] { addedChecks + changedChecks.map(\.to) }

    /// One line per difference, for logs and test failures:
    ///
    /// ```swift
    /// difference.lines   // ["table author: column age: type: int → bigint"]
    /// ```
    public var lines: [String] {
        let prefix = "table \(to.qualifiedName): "
        let describeKey: ([String]?) -> String = { describe($0) }
        var lines: [String] = []
        if isRenamed { lines.append(prefix + "renamed from \(from.name)") }
        if let commentChange {
            lines.append(prefix + "comment: \(describe(commentChange.from)) → \(describe(commentChange.to))")
        }
        if let optionsChange { lines.append(prefix + "options: \(optionsChange.from) → \(optionsChange.to)") }
        if let collationChange { lines.append(prefix + "collation: \(collationChange.from) → \(collationChange.to)") }
        if let primaryKeyChange {
            lines.append(prefix + "primary key: \(describeKey(primaryKeyChange.from)) → \(describeKey(primaryKeyChange.to))")
        }
        if let primaryKeyRename {
            lines.append(prefix + "primary key constraint: \(primaryKeyRename.from) → \(primaryKeyRename.to)")
        }
        lines += addedColumns.map { prefix + "new column \($0.name)" }
        lines += removedColumns.map { prefix + "removed column \($0.name)" }
        lines += renamedColumns.map { prefix + "column \($0.to.name): renamed from \($0.from.name)" }
        lines += changedColumns.flatMap { change in change.changes.map { prefix + "column \(change.to.name): \($0)" } }
        lines += addedIndexes.map { prefix + "new index \($0.name)" }
        lines += removedIndexes.map { prefix + "removed index \($0.name)" }
        lines += renamedIndexes.map { prefix + "index \($0.to.name): renamed from \($0.from.name)" }
        lines += changedIndexes.flatMap { change in change.changes.map { prefix + "index \(change.to.name): \($0)" } }
        lines += addedForeignKeys.map { prefix + "new foreign key \($0.name)" }
        lines += removedForeignKeys.map { prefix + "removed foreign key \($0.name)" }
        lines += orphanedForeignKeys.map { prefix + "foreign key \($0.name) references a removed table" }
        lines += changedForeignKeys.flatMap { change in change.changes.map { prefix + "foreign key \(change.to.name): \($0)" } }
        lines += addedChecks.map { prefix + "new check \($0.name)" }
        lines += removedChecks.map { prefix + "removed check \($0.name)" }
        lines += changedChecks.map { change in
            if change.expression.from == change.expression.to {
                return prefix + "check \(change.to.name): no inherit: \(change.from.isNoInherit) → \(change.to.isNoInherit)"
            }
            return prefix + "check \(change.to.name): expression: \(change.expression.from) → \(change.expression.to)"
        }
        lines += addedExclusions.map { prefix + "new exclusion constraint \($0.name): \($0.definition)" }
        lines += removedExclusions.map { prefix + "removed exclusion constraint \($0.name)" }
        lines += addedPeriods.map { prefix + "new period \($0.name) (\($0.start), \($0.end))" }
        lines += removedPeriods.map { prefix + "removed period \($0.name)" }
        lines += constraintComments.map {
            prefix + "constraint \($0.name): comment: \(describe($0.comment.from)) → \(describe($0.comment.to))"
        }
        return lines
    }
}

func describe(_ value: String?) -> String { value ?? "none" }
func describe(_ value: [String]?) -> String { value.map { "(" + $0.joined(separator: ", ") + ")" } ?? "none" }
