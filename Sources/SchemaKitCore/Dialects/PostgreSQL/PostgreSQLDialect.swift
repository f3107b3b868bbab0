/// PostgreSQL: `"quoted"` names, schemas, native enums, transactional DDL, 63-byte identifiers.
///
/// ```sql
/// create table "author" ("id" serial primary key, "name" varchar(100) not null, "age" int null);
/// ```
public struct PostgreSQLDialect: SQLDialect {
    /// The PostgreSQL dialect, also written `.postgreSQL`.
    public init() {}

    /// Set when planning an online update (``online(_:)``): indexes `concurrently`, keys and
    /// checks `not valid` then validated, `set not null` through a validated check.
    public internal(set) var onlineOptions: OnlineOptions?

    public var id: DialectID { .postgreSQL }
    public var maxIdentifierLength: Int? { 63 }
    public var defaultSchema: String? { "public" }

    public var capabilities: DialectCapabilities {
        var capabilities = DialectCapabilities()
        capabilities.supportsSchemas = true
        capabilities.supportsNativeEnums = true
        capabilities.supportsComments = true
        capabilities.supportsTransactionalDDL = true
        capabilities.supportsDropCascade = true
        capabilities.supportsPartialIndexes = true
        capabilities.supportsArrays = true
        capabilities.distinguishesUniqueConstraints = true
        return capabilities
    }

    public func quoteIdentifier(_ name: String) -> String { ANSIQuoting().quoteIdentifier(name) }
    public func quoteLiteral(_ value: String) -> String { ANSIQuoting().quoteLiteral(value) }
    public func bytesLiteral(_ hex: String) -> String { "'\\x\(hex)'::bytea" }
    /// With its zone, so a `timestamptz` column does not read it in the session's zone.
    public func timestampLiteral(_ utc: String) -> String { quoteLiteral(utc + "+00") }

    public func sqlType(for column: ColumnMetadata) -> String {
        if let columnType = column.columnType { return columnType }
        if let native = column.nativeEnumName, column.type == .enumeration { return native }
        let base: String
        switch column.type ?? .text {
        case .boolean: base = "boolean"
        case .tinyint, .smallint: base = "smallint"
        case .integer: base = "int"
        case .bigint: base = "bigint"
        case .decimal: base = "numeric(\(column.precision ?? 10),\(column.scale ?? 0))"
        case .float: base = "real"
        case .double: base = "double precision"
        case .string: base = "varchar(\(column.length ?? 255))"
        case .text, .enumeration: base = "text"
        case .uuid: base = "uuid"
        case .date: base = "date"
        case .time: base = "time(\(column.length ?? 0))"
        case .datetime: base = column.length.map { "timestamptz(\($0))" } ?? "timestamptz"
        case .json: base = "jsonb"
        case .blob: base = "bytea"
        }
        return column.isArray ? base + "[]" : base
    }

    public func sqlDefault(_ value: DefaultValue, for column: ColumnMetadata) -> String {
        standardDefault(value, true: "true", false: "false")
    }

    public func prologue(disableForeignKeys: Bool) -> [SQLStatement] {
        [statement("set names 'utf8'", .session)]
            + (disableForeignKeys ? [statement("set session_replication_role = 'replica'", .session)] : [])
    }

    public func epilogue(disableForeignKeys: Bool) -> [SQLStatement] {
        disableForeignKeys ? [statement("set session_replication_role = 'origin'", .session)] : []
    }

    public func render(_ operation: SchemaOperation) throws -> [SQLStatement] {
        switch operation {
        case .createNamespace(let name):
            return [statement("create schema if not exists \(id: name)", .createNamespace)]
        case .dropNamespace(let name):
            return [statement("drop schema if exists \(id: name)", .dropNamespace, isDestructive: true)]
        case .createNativeEnum(let type):
            return [statement("create type \(table: type.qualifiedName) as enum (\(literals: type.values))", .createType)]
        case .dropNativeEnum(let type):
            return [statement("drop type if exists \(table: type.qualifiedName)", .dropType, isDestructive: true)]
        case .createObject, .alterObject, .dropObject, .setSequenceOwner:
            return try render(object: operation)
        case .createTable(let table):
            return try createTable(table)
        case .dropTable(let name):
            return [statement("drop table if exists \(table: name) cascade", .dropTable, table: name, isDestructive: true)]
        case .createIndex(let index, let table):
            try refuseIndexOptions(index, allowing: Set(IndexOption.allCases).subtracting([.prefixLength, .ignored, .withoutOverlaps]))
            let creation = onlineOptions == nil ? [createIndex(index, table: table)] : createIndexConcurrently(index, table: table)
            return creation + (index.comment == nil ? [] : try render(.setIndexComment(index, table: table)))
        case .convertCollation(let collation, let table):
            throw unsupported("table collations (\(table.name) collate \(collation))")
        case .setTableOptions(let from, let to, let table):
            if to.engine != nil || to.isStrict || to.isWithoutRowid || to.isSystemVersioned { throw unsupported("table options \(to) (\(table.name))") }
            if from.partitioning.map(canonicalExpression) != to.partitioning.map(canonicalExpression) {
                let change = "\(from.partitioning ?? "not partitioned") → \(to.partitioning ?? "not partitioned")"
                throw unsupported("changing how \(table.name) is partitioned (\(change)): the table must be rebuilt")
            }
            var statements = alterPartitions(from: from.partitions, to: to.partitions, table: table)
            // A parent given up keeps its columns in the child, now local; a new parent needs the
            // child to have its columns already, which the child's target lists.
            for parent in from.inherits where !to.inherits.contains(parent) {
                statements.append(statement("alter table \(table: table) no inherit \(table: parent)", .alterTable, table: table))
            }
            for parent in to.inherits where !from.inherits.contains(parent) {
                statements.append(statement("alter table \(table: table) inherit \(table: parent)", .alterTable, table: table))
            }
            if from.isUnlogged != to.isUnlogged {
                statements.append(statement("alter table \(table: table) set \(raw: to.isUnlogged ? "unlogged" : "logged")", .alterTable, table: table))
            }
            let kept = Set(to.parameters)
            let removed = from.parameterValues.filter { old in !to.parameterValues.contains { $0.name == old.name } }.map(\.name)
            if !removed.isEmpty {
                let names = removed.map { "\(word: $0)" as SQLFragment }.joined(separator: ", ")
                statements.append(statement("alter table \(table: table) reset (\(names))", .alterTable, table: table))
            }
            let set = to.parameters.filter { !Set(from.parameters).contains($0) && kept.contains($0) }
            if !set.isEmpty {
                statements.append(statement("alter table \(table: table) set (\(storageParameters(set)))", .alterTable, table: table))
            }
            return statements
        case .setIndexComment(let index, let table):
            let value: SQLFragment = index.comment.map { "\(literal: $0)" } ?? "null"
            if index.isConstraint {
                return [statement("comment on constraint \(id: index.name) on \(table: table) is \(value)", .comment, table: table)]
            }
            return [statement("comment on index \(table: QualifiedName(index.name, schema: table.schema)) is \(value)", .comment, table: table)]
        case .dropIndex(let index, let table):
            if index.isConstraint { return [standardDropConstraint(index.name, table: table, kind: .dropIndex)] }
            if onlineOptions != nil {
                return [statement("drop index concurrently if exists \(table: QualifiedName(index.name, schema: table.schema))",
                                  .dropIndex, table: table)]
            }
            return [statement("drop index \(table: QualifiedName(index.name, schema: table.schema))", .dropIndex, table: table)]
        case .addForeignKey(let key, let table):
            return notValidThenValidated(standardAddForeignKey(key, table: table), name: key.name, table: table)
                + (key.comment == nil ? [] : try render(.setConstraintComment(name: key.name, comment: key.comment, table: table)))
        case .dropForeignKey(let key, let table):
            return [standardDropConstraint(key.name, table: table, kind: .dropForeignKey)]
        case .addCheck(let check, let table):
            return notValidThenValidated(standardAddCheck(check, table: table), name: check.name, table: table)
                + (check.comment == nil ? [] : try render(.setConstraintComment(name: check.name, comment: check.comment, table: table)))
        case .addExclusion(let exclusion, let table):
            return [statement("alter table \(table: table) add constraint \(id: exclusion.name) \(raw: exclusion.definition)",
                              .addCheck, table: table)]
        case .dropExclusion(let exclusion, let table):
            return [standardDropConstraint(exclusion.name, table: table, kind: .dropCheck)]
        case .addPeriod(let period, _), .dropPeriod(let period, _):
            throw unsupported("application-time periods (\(period.name))")
        case .setConstraintComment(let name, let comment, let table):
            let value: SQLFragment = comment.map { "\(literal: $0)" } ?? "null"
            return [statement("comment on constraint \(id: name) on \(table: table) is \(value)", .comment, table: table)]
        case .dropCheck(let check, let table):
            return [standardDropConstraint(check.name, table: table, kind: .dropCheck)]
        case .setComment(let table, let column, let comment):
            let value: SQLFragment = comment.map { "\(literal: $0)" } ?? "null"
            if let column {
                return [statement("comment on column \(table: table).\(id: column.name) is \(value)", .comment, table: table)]
            }
            return [statement("comment on table \(table: table) is \(value)", .comment, table: table)]
        case .deleteRows(let tables):
            // One statement for all tables, without `cascade`: keys among them are handled, and a
            // table outside the list that references them makes it fail instead of being emptied.
            let names = tables.map { "\(table: $0)" as SQLFragment }.joined(separator: ", ")
            return [statement("truncate table \(names) restart identity", .deleteRows, table: tables.first, isDestructive: true)]
        case .renameTable(let from, let to):
            return [statement("alter table \(table: from) rename to \(id: to.name)", .renameTable, table: to)]
        case .addColumn(let column, let table):
            let definition = try columnDefinition(column, table: table, inlinePrimaryKey: false)
            var statements = [statement("alter table \(table: table.qualifiedName) add column \(definition)", .addColumn, table: table.qualifiedName)]
            if let comment = column.comment {
                statements += try render(.setComment(table: table.qualifiedName, column: column, comment: comment))
            }
            return statements + [setStorage(column, table: table.qualifiedName)].compactMap { $0 }
        case .dropColumn(let column, let table):
            return [standardDropColumn(column, table: table)]
        case .renameColumn(let from, let to, let table):
            return [standardRenameColumn(from: from, to: to, table: table)]
        case .alterColumn(let from, let to, let table, let changes):
            return try alterColumn(from: from, to: to, table: table, changes: changes)
        case .changePrimaryKey(let from, let to, let table, let liveTableName):
            var statements: [SQLStatement] = []
            if let from {
                statements.append(standardDropConstraint(from.name ?? liveTableName + "_pkey", table: table, kind: .alterTable))
            }
            if let to {
                let name: SQLFragment = to.name.map { "constraint \(id: $0) " } ?? ""
                statements.append(statement("alter table \(table: table) add \(name)primary key (\(ids: to.columns))", .alterTable, table: table))
            }
            return statements
        case .renameIndex(let from, let to, let table):
            if from.isConstraint {
                return [statement("alter table \(table: table) rename constraint \(id: from.name) to \(id: to.name)", .renameIndex, table: table)]
            }
            let index = QualifiedName(from.name, schema: table.schema)
            return [statement("alter index \(table: index) rename to \(id: to.name)", .renameIndex, table: table)]
        }
    }

    /// Partitions created (`create table … partition of …`), dropped (with their rows: a
    /// destructive statement) and given a new bound (detached and attached again, so the server
    /// checks the rows against it).
    private func alterPartitions(from live: [TablePartition], to target: [TablePartition], table: QualifiedName) -> [SQLStatement] {
        var statements: [SQLStatement] = []
        let bound: (TablePartition) -> String = { canonicalExpression($0.bound) }
        for partition in live {
            let name = QualifiedName(partition.name, schema: table.schema)
            guard let kept = target.first(where: { $0.name == partition.name }) else {
                statements.append(statement("drop table \(table: name)", .dropTable, table: name, isDestructive: true))
                continue
            }
            guard bound(kept) != bound(partition) else { continue }
            statements.append(statement("alter table \(table: table) detach partition \(table: name)", .alterTable, table: table))
            statements.append(statement("alter table \(table: table) attach partition \(table: name) \(raw: kept.bound)", .alterTable, table: table))
        }
        for partition in target where !live.contains(where: { $0.name == partition.name }) {
            let name = QualifiedName(partition.name, schema: table.schema)
            statements.append(statement("create table \(table: name) partition of \(table: table) \(raw: partition.bound)", .createTable, table: name))
        }
        return statements
    }

    private func createTable(_ table: TableSchema) throws -> [SQLStatement] {
        let inlineKey = table.primaryKey.flatMap { key -> String? in
            guard key.name == nil, key.columns.count == 1,
                  let column = table.column(key.columns[0]), column.isAutoincrement else { return nil }
            return column.name
        }
        var parts = try table.columns.map { try columnDefinition($0, table: table, inlinePrimaryKey: $0.name == inlineKey) }
        if let key = table.primaryKey, inlineKey == nil {
            let name: SQLFragment = key.name.map { "constraint \(id: $0) " } ?? ""
            parts.append("\(name)primary key (\(ids: key.columns))")
        }
        let options = table.options
        if options.engine != nil || options.isStrict || options.isWithoutRowid || options.isSystemVersioned {
            throw unsupported("table options \(options) (\(table.name))")
        }
        if let period = table.periods.first { throw unsupported("application-time periods (\(period.name))") }
        var text: SQLFragment = options.isUnlogged ? "create unlogged table " : "create table "
        text += "\(table: table.qualifiedName) (\(parts.joined(separator: ", ")))"
        // The child lists the inherited columns too: the server merges them with the parent's.
        if !options.inherits.isEmpty { text += " inherits (\(options.inherits.map { "\(table: $0)" as SQLFragment }.joined(separator: ", ")))" }
        if let partitioning = options.partitioning {
            // Only the key: MySQL's clause (`partitions 4`, a partition list) is no PostgreSQL SQL.
            guard partitioning.range(of: #"^partition by (range|list|hash) \(.*\)$"#, options: [.regularExpression, .caseInsensitive]) != nil,
                  !partitioning.lowercased().contains(" partitions ") else {
                throw unsupported("""
                    partitioning \(partitioning) (\(table.name)); it takes partition by range|list|hash (key), \
                    its partitions as TableOptions.partitions
                    """)
            }
            text += " \(raw: partitioning)"
        }
        if !options.parameters.isEmpty { text += " with (\(storageParameters(options.parameters)))" }
        var statements = [statement(text, .createTable, table: table.qualifiedName)]
        statements += alterPartitions(from: [], to: options.partitions, table: table.qualifiedName)
        if let comment = table.comment {
            statements += try render(.setComment(table: table.qualifiedName, column: nil, comment: comment))
        }
        for column in table.columns where column.comment != nil {
            statements += try render(.setComment(table: table.qualifiedName, column: column, comment: column.comment))
        }
        // `create table` takes no storage clause before PostgreSQL 16.
        statements += table.columns.compactMap { setStorage($0, table: table.qualifiedName) }
        return statements
    }

    /// `alter table … alter column … set storage …` for a column with a storage of its own;
    /// with `resetting`, back to its type's for one without.
    func setStorage(_ column: ColumnSchema, table: QualifiedName, resetting: Bool = false) -> SQLStatement? {
        guard let storage = column.storage ?? (resetting ? Self.typeStorage(column.type) : nil) else { return nil }
        return statement("alter table \(table: table) alter column \(id: column.name) set storage \(raw: storage.rawValue)",
                         .alterColumn, table: table)
    }

    /// The storage PostgreSQL gives a type (`pg_type.typstorage`): `main` for numbers of any
    /// precision, `extended` for variable-length types (text, bytes, JSON, XML, arrays, text
    /// search), `plain` for the fixed-length rest.
    public static func typeStorage(_ type: String) -> ColumnStorage {
        let lowered = type.lowercased()
        if lowered.hasSuffix("[]") { return .extended }
        let base = String(lowered.prefix { $0.isLetter || $0 == " " }).trimmed()
        if ["numeric", "decimal"].contains(base) { return .main }
        let variable = ["text", "character varying", "varchar", "character", "char", "bpchar", "bytea", "json", "jsonb", "xml",
                        "tsvector", "tsquery", "bit varying", "varbit", "citext", "hstore"]
        return variable.contains(base) ? .extended : .plain
    }

    func columnDefinition(_ column: ColumnSchema, table: TableSchema, inlinePrimaryKey: Bool) throws -> SQLFragment {
        try refuseColumnAttributes(column, allowing: [.identity, .storage])
        var text: SQLFragment = "\(id: column.name) "
        if let identity = column.identity {
            text += "\(raw: column.type) \(identityClause(identity)) not null"
        } else if column.isAutoincrement {
            switch column.type {
            case "int", "integer": text += "serial"
            case "bigint": text += "bigserial"
            case "smallint": text += "smallserial"
            default: throw unsupported("auto-increment on column \(table.name).\(column.name) of type \(column.type)")
            }
        } else {
            text += columnType(column, schema: table.schema)
            if let generated = column.generated {
                guard generated.storage == .stored else {
                    throw unsupported("virtual generated columns (\(table.name).\(column.name)); use storage: .stored")
                }
                text += " generated always as (\(raw: generated.expression)) stored"
            }
            if let collation = column.collation { text += " collate \(id: collation)" }
            text += column.isNullable ? " null" : " not null"
        }
        if inlinePrimaryKey { text += " primary key" }
        if let value = column.defaultValue, !column.isAutoincrement { text += " default \(raw: value)" }
        return text
    }
}

extension SQLDialect where Self == PostgreSQLDialect {
    /// PostgreSQL.
    public static var postgreSQL: PostgreSQLDialect { PostgreSQLDialect() }
}

extension PostgreSQLDialect {
    public var lexicalRules: SQLLexicalRules { .postgreSQL }
}

extension PostgreSQLDialect {
    /// `generated by default as identity (start with 100 increment by 5)`.
    func identityClause(_ identity: ColumnIdentity) -> SQLFragment {
        let options = identity.options.isEmpty ? "" : " (\(identity.options.joined(separator: " ")))"
        return "generated \(raw: identity.generation.rawValue) as identity\(raw: options)"
    }

    /// `create [unique] index … using m (parts) include (…) nulls not distinct with (…) where …`, or
    /// for a unique constraint `alter table … add constraint … unique nulls not distinct (…)
    /// include (…) with (…) deferrable initially …`.
    func createIndex(_ index: IndexSchema, table: QualifiedName, concurrently: Bool = false) -> SQLStatement {
        let include: SQLFragment = index.include.isEmpty ? "" : " include (\(ids: index.include))"
        let nullsNotDistinct: SQLFragment = index.nullsNotDistinct ? " nulls not distinct" : ""
        let with: SQLFragment = index.storageParameters.isEmpty ? "" : " with (\(storageParameters(index.storageParameters)))"
        if index.isConstraint {
            var text: SQLFragment = "alter table \(table: table) add constraint \(id: index.name) unique"
            text += nullsNotDistinct + " (\(ids: index.columnNames))" + include + with
            if let deferral = index.deferral { text += " deferrable initially \(raw: deferral.rawValue)" }
            return statement(text, .createIndex, table: table)
        }
        var text: SQLFragment = index.isUnique ? "create unique index " : "create index "
        if concurrently { text += "concurrently " }
        text += "\(id: index.name) on \(table: table)"
        if let method = index.method { text += " using \(word: method)" }
        text += " (\(standardIndexColumns(index)))" + include + nullsNotDistinct + with
        if let predicate = index.predicate { text += " where \(raw: predicate)" }
        return statement(text, .createIndex, table: table)
    }
}
