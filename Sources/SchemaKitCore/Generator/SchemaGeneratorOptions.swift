/// Options of ``SchemaGenerator/getCreateSchemaSQL(_:)`` and ``SchemaGenerator/createSchema(_:)``.
public struct CreateSchemaOptions: Sendable, Hashable {
    /// Adds the dialect's prologue and epilogue (`set names …`, foreign key toggles).
    public var wrap: Bool
    /// The namespace for entities that do not name one.
    public var schema: String?

    public init(wrap: Bool = true, schema: String? = nil) {
        self.wrap = wrap
        self.schema = schema
    }
}

/// Options of ``SchemaGenerator/getDropSchemaSQL(_:)`` and ``SchemaGenerator/dropSchema(_:)``.
public struct DropSchemaOptions: Sendable, Hashable {
    public var wrap: Bool
    /// Drops the whole database instead of the tables.
    public var dropDb: Bool
    /// Also drops the migrations table.
    public var dropMigrationsTable: Bool
    /// Drops foreign keys before tables (on engines without `drop … cascade`).
    public var dropForeignKeys: Bool
    public var schema: String?

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
