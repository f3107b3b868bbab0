/// What a dialect's strategy is given to turn one difference into statements: the update's
/// options, and what the planner decided before it.
///
/// ```swift
/// let alteration = try dialect.alterTable(table, context: context)
/// ```
public struct AlterationContext: Sendable {
    /// Leave out whatever loses data (safe mode).
    public var safe: Bool
    /// Tables (and namespaces) the target no longer has are dropped.
    public var dropsTables: Bool
    /// The whole difference being planned.
    public var difference: SchemaDifference
    /// The target schema.
    public var target: DatabaseSchema
    /// Native enum types recreated under their name (their columns must be converted).
    public var recreatedNativeEnums: Set<QualifiedName> = []

    /// A context for planning `difference` towards `target`, with no native enum type recreated yet.
    public init(safe: Bool, dropsTables: Bool, difference: SchemaDifference, target: DatabaseSchema) {
        self.safe = safe
        self.dropsTables = dropsTables
        self.difference = difference
        self.target = target
    }
}

/// The statements that change one table, in the three places the planner puts them: its
/// foreign keys go before every table's changes (so no key pins a column another table
/// changes), its own changes, and its new foreign keys after every table's changes.
///
/// ```swift
/// TableAlteration(statements: [
///     SQLStatement(dialect, "alter table \(table: name) add column \(id: "note") text null", kind: .addColumn, table: name)
/// ])
/// ```
public struct TableAlteration: Sendable, Hashable {
    /// Drops of the table's removed and changed foreign keys, run before every table's own changes.
    public var foreignKeyDrops: [SQLStatement]
    /// The table's own changes: columns, primary key, indexes, checks, comments.
    public var statements: [SQLStatement]
    /// Additions of the table's new and changed foreign keys, run after every table has changed.
    public var foreignKeyAdditions: [SQLStatement]

    /// An alteration from its three groups of statements, each empty by default.
    public init(foreignKeyDrops: [SQLStatement] = [], statements: [SQLStatement] = [], foreignKeyAdditions: [SQLStatement] = []) {
        self.foreignKeyDrops = foreignKeyDrops
        self.statements = statements
        self.foreignKeyAdditions = foreignKeyAdditions
    }
}

/// Statements for the native enum types an update changes: what goes before the tables, what
/// goes after them, and which types are recreated rather than altered.
public struct NativeEnumAlteration: Sendable, Hashable {
    /// Run before the tables change: values added in place (PostgreSQL `alter type … add value`),
    /// or the old type renamed aside and the new one created.
    public var before: [SQLStatement]
    /// Run after the tables change: drops of the types set aside that no kept column still uses.
    public var after: [SQLStatement]
    /// Types recreated under their name rather than altered: their columns must be converted.
    public var recreated: Set<QualifiedName>

    /// An alteration from its statements and recreated types, each empty by default.
    public init(before: [SQLStatement] = [], after: [SQLStatement] = [], recreated: Set<QualifiedName> = []) {
        self.before = before
        self.after = after
        self.recreated = recreated
    }
}
