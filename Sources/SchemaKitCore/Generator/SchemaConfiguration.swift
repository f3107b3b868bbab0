/// Everything the generator needs: the entities, the database, naming and options.
///
/// ```swift
/// let config = SchemaConfiguration(
///     entities: [Author.self, Book.self],
///     database: .sqlite(path: "app.sqlite"),      // from SchemaKitSQLite
///     schemaGenerator: .init(skipTables: ["audit_log", .regex(/^temp_/)])
/// )
/// ```
public struct SchemaConfiguration: Sendable {
    /// The entities' schemas, validated together when a generator needs them.
    public var entities: [EntitySchema]
    /// The dialect, and how to connect.
    public var database: DatabaseConfiguration
    /// How property and entity names become column and table names (`.underscore` by default).
    public var namingStrategy: any NamingStrategy
    /// The generator's options (skip lists, foreign keys, lock timeout).
    public var schemaGenerator: SchemaGeneratorOptions
    /// The seeders `seeder:run` and `--seed` can run.
    public var seeder: SeederConfiguration

    /// Entities given as Swift types (their `schema`).
    public init(
        entities: [any Entity.Type],
        database: DatabaseConfiguration,
        namingStrategy: any NamingStrategy = .underscore,
        schemaGenerator: SchemaGeneratorOptions = .init(),
        seeder: SeederConfiguration = .init()
    ) {
        self.init(schemas: entities.map { $0.schema }, database: database, namingStrategy: namingStrategy,
                  schemaGenerator: schemaGenerator, seeder: seeder)
    }

    /// Entities given as data, for tools and tests.
    public init(
        schemas: [EntitySchema],
        database: DatabaseConfiguration,
        namingStrategy: any NamingStrategy = .underscore,
        schemaGenerator: SchemaGeneratorOptions = .init(),
        seeder: SeederConfiguration = .init()
    ) {
        self.entities = schemas
        self.database = database
        self.namingStrategy = namingStrategy
        self.schemaGenerator = schemaGenerator
        self.seeder = seeder
    }
}

/// Where the schema lives: a dialect, and (for live databases) how to connect.
///
/// Drivers add their own factories (`.sqlite(path:)` in SchemaKitSQLite, `.postgres(url:)` in
/// SchemaKitPostgres, `.mysql(url:)` in SchemaKitMySQL). A dialect alone is enough for
/// `getCreateSchemaSQL`:
///
/// ```swift
/// SchemaConfiguration(entities: [Author.self], database: .dialect(.sqlServer))
/// ```
public struct DatabaseConfiguration: Sendable, CustomStringConvertible {
    /// The SQL dialect the schema is written in.
    public var dialect: any SQLDialect
    /// Opens a connection; `nil` for dump-only configurations.
    public var connector: (any SchemaDatabaseConnector)?

    /// A dialect and, for live databases, how to connect.
    public init(dialect: any SQLDialect, connector: (any SchemaDatabaseConnector)?) {
        self.dialect = dialect
        self.connector = connector
    }

    /// SQL generation only, no connection.
    public static func dialect(_ dialect: any SQLDialect) -> DatabaseConfiguration {
        DatabaseConfiguration(dialect: dialect, connector: nil)
    }

    /// The target without its password.
    public var description: String { connector?.description ?? "\(dialect.id) (no connection)" }
}

/// Options of the schema generator, after MikroORM's `schemaGenerator` settings.
public struct SchemaGeneratorOptions: Sendable {
    /// Wraps scripts with statements that turn foreign key checks off and on again.
    public var disableForeignKeys: Bool
    /// `false` leaves foreign key constraints out entirely.
    public var createForeignKeyConstraints: Bool
    /// Namespaces never read, altered or dropped.
    public var ignoreSchema: [String]
    /// Tables never created, altered or dropped: names (case-insensitive, `schema.table` allowed) or patterns.
    public var skipTables: [NameMatcher]
    /// Columns never created, altered or dropped, per table (`table` or `schema.table`).
    public var skipColumns: [String: [NameMatcher]]
    /// The database to connect to for creating or dropping the configured one.
    public var managementDbName: String?
    /// How long an applying operation waits for the database's schema lock (``SchemaLock``)
    /// while another run holds it; `nil` takes no lock at all (one runner is guaranteed some
    /// other way).
    public var schemaLockTimeout: Duration?

    /// MikroORM's defaults: foreign keys created and checked, nothing skipped, a 60 s lock wait.
    public init(
        disableForeignKeys: Bool = false,
        createForeignKeyConstraints: Bool = true,
        ignoreSchema: [String] = [],
        skipTables: [NameMatcher] = [],
        skipColumns: [String: [NameMatcher]] = [:],
        managementDbName: String? = nil,
        schemaLockTimeout: Duration? = .seconds(60)
    ) {
        self.disableForeignKeys = disableForeignKeys
        self.createForeignKeyConstraints = createForeignKeyConstraints
        self.ignoreSchema = ignoreSchema
        self.skipTables = skipTables
        self.skipColumns = skipColumns
        self.managementDbName = managementDbName
        self.schemaLockTimeout = schemaLockTimeout
    }

}

/// A name or a pattern, for skip lists.
///
/// ```swift
/// let skip: [NameMatcher] = ["audit_log", "auth.sessions", .regex(/^temp_/)]
/// ```
public struct NameMatcher: Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    private let predicate: @Sendable (String) -> Bool
    public let description: String

    /// Matches a name case-insensitively.
    public init(stringLiteral value: String) {
        let lowered = value.lowercased()
        predicate = { $0.lowercased() == lowered }
        description = value
    }

    /// Matches names the regular expression matches anywhere.
    public static func regex(_ pattern: Regex<Substring>) -> NameMatcher {
        nonisolated(unsafe) let regex = pattern
        return NameMatcher(description: "/regex/") { name in name.contains(regex) }
    }

    /// A matcher of your own: `description` names it in messages, `predicate` decides.
    public init(description: String, _ predicate: @escaping @Sendable (String) -> Bool) {
        self.description = description
        self.predicate = predicate
    }

    /// Whether `name` matches.
    public func matches(_ name: String) -> Bool { predicate(name) }
}

extension Array where Element == NameMatcher {
    /// Whether a table is skipped: its bare name or `schema.name` matches.
    func matches(_ name: QualifiedName) -> Bool {
        contains { matcher in
            matcher.matches(name.name) || (name.schema.map { matcher.matches("\($0).\(name.name)") } ?? false)
        }
    }
}
