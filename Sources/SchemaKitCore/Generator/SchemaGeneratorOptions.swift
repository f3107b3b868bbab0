/// Options of ``SchemaGenerator/getCreateSchemaSQL(_:)`` and ``SchemaGenerator/createSchema(_:)``.
public struct CreateSchemaOptions: Sendable, Hashable {
    /// Adds the dialect's prologue and epilogue (`set names …`, foreign key toggles).
    public var wrap: Bool
    /// The namespace for entities that do not name one.
    public var schema: String?

    /// Wrapped, in the entities' own namespaces.
    public init(wrap: Bool = true, schema: String? = nil) {
        self.wrap = wrap
        self.schema = schema
    }
}

/// Options of ``SchemaGenerator/getDropSchemaSQL(_:)`` and ``SchemaGenerator/dropSchema(_:)``.
public struct DropSchemaOptions: Sendable, Hashable {
    /// Adds the dialect's prologue and epilogue (`set names …`, foreign key toggles).
    public var wrap: Bool
    /// Drops the whole database instead of the tables.
    public var dropDb: Bool
    /// Also drops the migrations table.
    public var dropMigrationsTable: Bool
    /// Drops foreign keys before tables (on engines without `drop … cascade`).
    public var dropForeignKeys: Bool
    /// The namespace of the entities that do not name one.
    public var schema: String?

    /// Wrapped, the entities' tables only, foreign keys first.
    public init(wrap: Bool = true, dropDb: Bool = false, dropMigrationsTable: Bool = false,
                dropForeignKeys: Bool = true, schema: String? = nil) {
        self.wrap = wrap
        self.dropDb = dropDb
        self.dropMigrationsTable = dropMigrationsTable
        self.dropForeignKeys = dropForeignKeys
        self.schema = schema
    }
}

extension SchemaGenerator {
    /// The table MikroORM-style migrations keep their history in.
    public static let migrationsTableName = "schemakit_migrations"
}

/// Options of ``SchemaGenerator/getUpdateSchemaSQL(_:)`` and ``SchemaGenerator/updateSchema(_:)``.
///
/// ```swift
/// try await generator.updateSchema(.init(safe: true))   // never drops a table, column or type
/// ```
public struct UpdateSchemaOptions: Sendable, Hashable {
    /// Adds the dialect's prologue and epilogue (`set names …`, foreign key toggles).
    public var wrap: Bool
    /// Leaves out every statement that loses data: dropped tables, columns, enum types and
    /// namespaces.
    public var safe: Bool
    /// Drops tables (and namespaces) the entities no longer have.
    public var dropTables: Bool
    /// The namespace for entities that do not name one.
    public var schema: String?
    /// Compares against this schema instead of the live database (no connection needed).
    public var fromSchema: DatabaseSchema?
    /// Takes one removed and one added column (or index) with identical definitions for a
    /// rename; explicit `renamedFrom:` hints are followed either way.
    public var detectRenames: Bool
    /// Counts, before anything runs, the rows each change would fail on
    /// (``SchemaGenerator/preflight(from:_:)``), and refuses the update when there are any.
    public var preflight: Bool
    /// Applies the changes while the application keeps writing (``OnlineOptions``); `nil`
    /// applies them in one transaction where the engine can.
    public var online: OnlineOptions?

    /// Wrapped, every change (destructive ones too), renames detected from hints, preflighted,
    /// in one transaction where the engine can.
    public init(
        wrap: Bool = true, safe: Bool = false, dropTables: Bool = true, schema: String? = nil,
        fromSchema: DatabaseSchema? = nil, detectRenames: Bool = true, preflight: Bool = true, online: OnlineOptions? = nil
    ) {
        self.online = online
        self.wrap = wrap
        self.safe = safe
        self.dropTables = dropTables
        self.schema = schema
        self.fromSchema = fromSchema
        self.detectRenames = detectRenames
        self.preflight = preflight
    }
}

/// The SQL of an update and of its reverse, as a migration would hold them.
public struct UpdateMigrationSQL: Sendable, Hashable {
    /// Brings the database to the entities' schema.
    public var up: String
    /// Brings it back to what it was.
    public var down: String
}
