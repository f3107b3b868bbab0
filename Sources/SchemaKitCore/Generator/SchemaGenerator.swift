import Logging

/// Creates and drops the schema the entities describe, and reads the live one to compare.
///
/// SQL generation needs no connection:
///
/// ```swift
/// let generator = SchemaGenerator(config, dialect: .postgreSQL)
/// print(try generator.getCreateSchemaSQL())
/// // set names 'utf8';
/// //
/// // create table "author" ("id" serial primary key, "name" varchar(100) not null);
/// ```
///
/// Live operations run inside ``withDatabase(_:logger:_:)``, which opens and closes
/// the connection.
public struct SchemaGenerator: Sendable {
    /// The entities, the database and the options.
    public let configuration: SchemaConfiguration
    /// The dialect the SQL is written in: the one given, else the connection's, else the configuration's.
    public let dialect: any SQLDialect
    /// The open connection, for live operations.
    public let database: (any SchemaDatabase)?
    let logger: Logger

    /// A generator for `configuration`; live operations need `database` (see
    /// ``withDatabase(_:logger:_:)``), SQL generation needs none.
    public init(
        _ configuration: SchemaConfiguration,
        dialect: (any SQLDialect)? = nil,
        database: (any SchemaDatabase)? = nil,
        logger: Logger = Logger(label: "schemakit")
    ) {
        self.configuration = configuration
        self.dialect = dialect ?? database?.dialect ?? configuration.database.dialect
        self.database = database
        self.logger = logger
    }

    var options: SchemaGeneratorOptions { configuration.schemaGenerator }

    /// The validated metadata of the configured entities.
    public func metadata() throws -> EntityMetadata {
        try MetadataDiscovery.discover(configuration.entities, naming: configuration.namingStrategy)
    }

    /// The schema the entities describe for this dialect, with skip lists applied.
    public func targetSchema(schema namespace: String? = nil) throws -> DatabaseSchema {
        try targetSchema(schema: namespace, from: try unplacedTargetSchema())
    }

    /// The entities' schema before tables are placed in a namespace and skip lists applied.
    func unplacedTargetSchema() throws -> DatabaseSchema {
        DatabaseSchema(metadata: try metadata(), dialect: dialect, naming: configuration.namingStrategy,
                       createForeignKeyConstraints: options.createForeignKeyConstraints)
    }

    /// ``targetSchema(schema:)`` from an unplaced target computed once (a fleet places it in
    /// every tenant's namespace).
    func targetSchema(schema namespace: String?, from unplaced: DatabaseSchema) throws -> DatabaseSchema {
        var target = unplaced
        if let namespace, dialect.capabilities.supportsSchemas {
            target = target.placingUnqualifiedTables(in: namespace, defaultSchema: dialect.defaultSchema)
        }
        let issues = target.dialectIssues(dialect)
        if !issues.isEmpty { throw SchemaError.invalidMetadata(issues) }
        return target.filtered(skipTables: options.skipTables, skipColumns: options.skipColumns,
                               ignoreSchema: options.ignoreSchema)
    }

    // MARK: - Create

    /// The statements that create the schema from nothing, grouped as in the dump.
    public func createSchemaScript(_ options: CreateSchemaOptions = .init()) throws -> SQLScript {
        try dialect.validate()
        return wrapped(try Self.createScript(for: try targetSchema(schema: options.schema), dialect: dialect), wrap: options.wrap)
    }

    /// The statements that create any schema from nothing — one read from a database, say.
    ///
    /// ```swift
    /// let live = try await database.introspect(.init())
    /// print(try SchemaGenerator.createScript(for: live, dialect: database.dialect).text)
    /// ```
    public static func createScript(for target: DatabaseSchema, dialect: any SQLDialect) throws -> SQLScript {
        var script = SQLScript()
        script.append(try dialect.render(target.namespaces.sorted().map(SchemaOperation.createNamespace)))
        script.append(try dialect.render(target.collations.map { .createObject(.collation($0)) }))
        script.append(try dialect.render(target.nativeEnums.map(SchemaOperation.createNativeEnum)))
        script.append(try dialect.render(target.domains.map { .createObject(.domain($0)) }
            + target.compositeTypes.map { .createObject(.compositeType($0)) } + target.sequences.map { .createObject(.sequence($0)) }))
        let ordered = CommitOrder.sort(target.tables)
        for table in ordered {
            script.append(try createStatements(for: table, dialect: dialect))
        }
        if !dialect.capabilities.requiresInlineConstraints {
            for table in ordered {
                script.append(try dialect.render(table.foreignKeys.map { .addForeignKey($0, table: table.qualifiedName) }))
            }
        }
        script.append(try dialect.render(target.sequences.filter { $0.ownedBy != nil }.map(SchemaOperation.setSequenceOwner)))
        return script
    }

    /// The SQL that creates the schema from nothing. Needs no connection.
    public func getCreateSchemaSQL(_ options: CreateSchemaOptions = .init()) throws -> String {
        try createSchemaScript(options).text
    }

    /// One table with its indexes and (where they are separate statements) checks.
    static func createStatements(for table: TableSchema, dialect: any SQLDialect) throws -> [SQLStatement] {
        var operations: [SchemaOperation] = [.createTable(table)]
        // Where constraints are inline (SQLite), unique constraints are part of `create table`.
        let separate = table.indexes.filter { !($0.isConstraint && dialect.capabilities.requiresInlineConstraints) }
        operations += separate.map { .createIndex($0, table: table.qualifiedName) }
        if !dialect.capabilities.requiresInlineConstraints {
            operations += table.checks.map { .addCheck($0, table: table.qualifiedName) }
        }
        operations += table.exclusions.map { .addExclusion($0, table: table.qualifiedName) }
        return try dialect.render(operations)
    }

    // MARK: - Drop

    /// The statements that drop the entities' tables (and, on PostgreSQL, their enum types,
    /// domains, composite types, sequences and collations).
    ///
    /// Only tables the entities know are dropped. With a connection, only tables that exist
    /// are touched; without one, every table is dropped with `if exists`.
    public func dropSchemaScript(_ options: DropSchemaOptions = .init(), existing: DatabaseSchema? = nil) throws -> SQLScript {
        try dialect.validate()
        let target = try targetSchema(schema: options.schema)
        var ordered = Array(CommitOrder.sort(target.tables).reversed())
        if let existing {
            ordered = ordered.filter { existing.table($0.qualifiedName) != nil }
        }
        var script = SQLScript()
        let capabilities = dialect.capabilities
        let needsForeignKeyHandling = !capabilities.supportsDropCascade
        var togglesForeignKeyChecks = false
        if needsForeignKeyHandling {
            // Referenced tables cannot be dropped while foreign keys point at them: drop the keys
            // the database has, or switch checks off when the keys are not known.
            // Without a way to switch checks off, dropping the keys is the only way (SQL Server).
            let mustDropKeys = !capabilities.canDisableForeignKeyChecks && !capabilities.requiresInlineConstraints
            let canDropKeys = !capabilities.requiresInlineConstraints && options.dropForeignKeys && !self.options.disableForeignKeys
            if mustDropKeys || (canDropKeys && existing != nil) {
                var drops: [SchemaOperation] = []
                for table in ordered {
                    let keys = existing.map { $0.table(table.qualifiedName)?.foreignKeys ?? [] } ?? table.foreignKeys
                    drops += keys.map { .dropForeignKey($0, table: table.qualifiedName) }
                }
                script.append(try dialect.render(drops))
            } else {
                togglesForeignKeyChecks = capabilities.canDisableForeignKeyChecks
            }
        }
        var drops = ordered.map { SchemaOperation.dropTable($0.qualifiedName) }
        if options.dropMigrationsTable {
            let namespace = capabilities.supportsSchemas && options.schema != dialect.defaultSchema ? options.schema : nil
            drops.append(.dropTable(QualifiedName(Self.migrationsTableName, schema: namespace)))
        }
        script.append(try dialect.render(drops))
        // The target's objects of one kind the database has (all of them without a connection).
        func present<Object>(_ objects: KeyPath<DatabaseSchema, [Object]>, _ name: (Object) -> QualifiedName) -> [Object] {
            guard let existing else { return target[keyPath: objects] }
            let names = Set(existing[keyPath: objects].map(name))
            return target[keyPath: objects].filter { names.contains(name($0)) }
        }
        var objects: [SchemaOperation] = present(\.sequences, \.qualifiedName).map { .dropObject(.sequence($0)) }
        objects += present(\.compositeTypes, \.qualifiedName).map { .dropObject(.compositeType($0)) }
        objects += present(\.domains, \.qualifiedName).map { .dropObject(.domain($0)) }
        objects += present(\.nativeEnums, \.qualifiedName).map(SchemaOperation.dropNativeEnum)
        objects += present(\.collations, \.qualifiedName).map { .dropObject(.collation($0)) }
        script.append(try dialect.render(objects))
        return wrapped(script, wrap: options.wrap, forceForeignKeyToggle: togglesForeignKeyChecks)
    }

    func wrapped(_ script: SQLScript, wrap: Bool, forceForeignKeyToggle: Bool = false) -> SQLScript {
        guard wrap, !script.isEmpty else { return script }
        let disable = options.disableForeignKeys || forceForeignKeyToggle
        var result = SQLScript()
        result.append(dialect.prologue(disableForeignKeys: disable))
        result.groups += script.groups
        result.append(dialect.epilogue(disableForeignKeys: disable))
        return result
    }
}

/// Orders tables so every table comes after the tables it references (and a PostgreSQL child
/// after the tables it inherits from), then by name.
///
/// Kahn's algorithm over the foreign keys, taking the smallest ready name each time; a cycle is
/// broken at a table whose remaining references are all nullable (MikroORM's rule), else by name.
enum CommitOrder {
    static func sort(_ tables: [TableSchema]) -> [TableSchema] {
        order(tables).map { tables[$0] }
    }

    /// The positions of `tables` in commit order (a table of a name already seen is left out):
    /// no table is copied, which a comparison of 5,000 tables on each side would do for all.
    static func order(_ tables: [TableSchema]) -> [Int] {
        // Tables by position: the graph holds numbers, not copies of tables or hashed names.
        var positionByName: [QualifiedName: Int] = [:]
        var positionByBareName: [String: Int] = [:]
        positionByName.reserveCapacity(tables.count)
        var nodes: [Int] = []   // the first table of each name; a later one of the same name is left out
        for position in tables.indices {
            let name = tables[position].qualifiedName
            guard positionByName[name] == nil else { continue }
            positionByName[name] = position
            if positionByBareName[name.name] == nil { positionByBareName[name.name] = position }
            nodes.append(position)
        }
        var references = [Set<Int>](repeating: [], count: tables.count)        // every table it must follow
        var strongReferences = [Set<Int>](repeating: [], count: tables.count)  // those it cannot be created without
        var dependents = [[Int]](repeating: [], count: tables.count)
        func depend(_ table: Int, on target: Int, strong: Bool) {
            if references[table].insert(target).inserted { dependents[target].append(table) }
            if strong { strongReferences[table].insert(target) }
        }
        for position in nodes {
            // Read in place: a copy of the table retains every array it holds.
            let name = tables[position].qualifiedName
            for key in tables[position].foreignKeys where key.referencedTable != name {
                guard let target = positionByName[key.referencedTable] ?? positionByBareName[key.referencedTable.name],
                      target != position else { continue }
                depend(position, on: target, strong: !key.columns.allSatisfy { tables[position].column($0)?.isNullable ?? false })
            }
            for parent in tables[position].options.inherits where parent != name {
                guard let target = positionByName[parent] else { continue }
                depend(position, on: target, strong: true)
            }
        }

        var isRemaining = [Bool](repeating: false, count: tables.count)
        for position in nodes { isRemaining[position] = true }
        var waitingOn = references.map(\.count)
        let byName: (Int, Int) -> Bool = { tables[$0].qualifiedName < tables[$1].qualifiedName }
        // A heap, not a set searched for its minimum each time: that was quadratic in the tables.
        var ready = MinimumHeap(nodes.filter { waitingOn[$0] == 0 }, by: byName)
        var ordered: [Int] = []
        ordered.reserveCapacity(nodes.count)
        while ordered.count < nodes.count {
            // A cycle: break it at a table whose references that cannot wait are all placed, else by name.
            let remaining = { nodes.lazy.filter { isRemaining[$0] } }
            let pick = ready.removeMinimum()
                ?? remaining().filter { strongReferences[$0].allSatisfy { !isRemaining[$0] } }.min(by: byName)
                ?? remaining().min(by: byName)
            guard let pick else { break }
            ordered.append(pick)
            isRemaining[pick] = false
            for dependent in dependents[pick] where isRemaining[dependent] {
                // Ready once its last remaining reference is placed: inserted once, then.
                waitingOn[dependent] -= 1
                if waitingOn[dependent] == 0 { ready.insert(dependent) }
            }
        }
        return ordered
    }
}

/// A binary min-heap: insert and remove the smallest element in O(log n).
private struct MinimumHeap<Element> {
    private var elements: [Element] = []
    private let areInIncreasingOrder: (Element, Element) -> Bool

    init<S: Sequence>(_ elements: S, by areInIncreasingOrder: @escaping (Element, Element) -> Bool) where S.Element == Element {
        self.areInIncreasingOrder = areInIncreasingOrder
        for element in elements { insert(element) }
    }

    var isEmpty: Bool { elements.isEmpty }

    mutating func insert(_ element: Element) {
        elements.append(element)
        var child = elements.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard areInIncreasingOrder(elements[child], elements[parent]) else { break }
            elements.swapAt(child, parent)
            child = parent
        }
    }

    /// The smallest element, removed; `nil` when empty.
    mutating func removeMinimum() -> Element? {
        guard !elements.isEmpty else { return nil }
        elements.swapAt(0, elements.count - 1)
        let minimum = elements.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < elements.count, areInIncreasingOrder(elements[left], elements[smallest]) { smallest = left }
            if right < elements.count, areInIncreasingOrder(elements[right], elements[smallest]) { smallest = right }
            guard smallest != parent else { break }
            elements.swapAt(parent, smallest)
            parent = smallest
        }
        return minimum
    }
}
