/// SQLite: foreign keys and checks live inside `create table`, no comments, no schemas;
/// DDL is transactional.
///
/// ```sql
/// create table "book" ("id" integer not null primary key autoincrement, "author_id" integer not null,
///   constraint "book_author_id_foreign" foreign key ("author_id") references "author" ("id"));
/// ```
public struct SQLiteDialect: SQLDialect {
    /// The SQLite dialect, also written `.sqlite`.
    public init() {}

    public var id: DialectID { .sqlite }
    public var maxIdentifierLength: Int? { nil }
    public var defaultSchema: String? { nil }

    public var capabilities: DialectCapabilities {
        var capabilities = DialectCapabilities()
        capabilities.indexesForeignKeys = true
        capabilities.requiresInlineConstraints = true
        capabilities.namesAreCaseInsensitive = true
        capabilities.supportsTransactionalDDL = true
        capabilities.supportsPartialIndexes = true
        return capabilities
    }

    public func quoteIdentifier(_ name: String) -> String { ANSIQuoting().quoteIdentifier(name) }
    public func quoteLiteral(_ value: String) -> String { ANSIQuoting().quoteLiteral(value) }

    public func sqlType(for column: ColumnMetadata) -> String {
        if let columnType = column.columnType { return columnType }
        if column.isArray { return "text" }
        switch column.type ?? .text {
        case .boolean, .tinyint, .smallint, .integer: return "integer"
        case .bigint: return column.isAutoincrement ? "integer" : "bigint"
        case .decimal: return "numeric(\(column.precision ?? 10),\(column.scale ?? 0))"
        case .float: return "real"
        case .double: return "double"
        case .string, .text, .uuid, .enumeration: return "text"
        case .date: return "date"
        case .time: return "time"
        case .datetime: return "datetime"
        case .json: return "json"
        case .blob: return "blob"
        }
    }

    public func sqlDefault(_ value: DefaultValue, for column: ColumnMetadata) -> String {
        standardDefault(value, true: "1", false: "0")
    }

    public func prologue(disableForeignKeys: Bool) -> [SQLStatement] {
        disableForeignKeys ? [statement("pragma foreign_keys = off", .session)] : []
    }

    public func epilogue(disableForeignKeys: Bool) -> [SQLStatement] {
        disableForeignKeys ? [statement("pragma foreign_keys = on", .session)] : []
    }

    /// A script that drops or rebuilds tables, between `pragma foreign_keys = off` and `on` with the
    /// foreign key check before the end, and, first in the transaction, a guard that fails when
    /// foreign keys are still on. Run inside a transaction of its own (a migration runner's), the
    /// `pragma foreign_keys = off` is ignored, and each `drop table` (a rebuild's too) would delete
    /// the child rows of every `on delete cascade` key; the guard stops the script there instead:
    ///
    /// ```sql
    /// create temp table "schemakit_foreign_keys_guard" ("foreign_keys" integer, constraint "…run it outside a
    ///   transaction…" check ("foreign_keys" = 0));
    /// insert into temp."schemakit_foreign_keys_guard" select foreign_keys from pragma_foreign_keys;
    /// drop table temp."schemakit_foreign_keys_guard";
    /// ```
    public func guardingForeignKeys(_ script: SQLScript) throws -> SQLScript {
        let guardTable = QualifiedName("schemakit_foreign_keys_guard", schema: "temp")
        let message = """
            foreign keys are on: this script drops or rebuilds tables, which would delete the rows of child tables; run it \
            outside a transaction, where its pragma foreign_keys = off takes effect
            """
        var guarded = SQLScript()
        guarded.append(prologue(disableForeignKeys: true))
        // `verify`, all three: they check, and change no table of the database's own.
        guarded.append([
            statement("create temp table \(id: guardTable.name) (\(id: "foreign_keys") integer, constraint \(id: message) check (\(id: "foreign_keys") = 0))",
                      .verify),
            statement("insert into \(table: guardTable) select foreign_keys from pragma_foreign_keys", .verify),
            statement("drop table \(table: guardTable)", .verify),
        ])
        guarded.groups += script.groups
        guarded.append(foreignKeyCheck.map { [$0] } ?? [])
        guarded.append(epilogue(disableForeignKeys: true))
        return guarded
    }

    /// `pragma foreign_key_check`: the rows whose parent is missing, read before foreign keys are
    /// enforced again, so a rebuild done with them off cannot commit broken references.
    public var foreignKeyCheck: SQLStatement? {
        statement("pragma foreign_key_check", .verify,
                  requirements: .init(failsWhenRowsReturned: "rows reference a missing parent row after rebuilding tables"))
    }

    /// Any spelling of `pragma foreign_keys` (`PRAGMA main.foreign_keys=0`) is a session
    /// statement, and any `pragma foreign_key_check` fails the script when it returns rows:
    /// SQLite ignores the first inside a transaction, and a rebuild relies on both.
    public func scriptStatement(_ sql: String) -> SQLStatement {
        let words = SQLLexer(rules: lexicalRules).tokens(in: sql).filter { $0.kind == .word }.map { $0.text.lowercased() }
        guard words.first == "pragma" else { return SQLStatement(unsafeSQL: sql, kind: .alterTable) }
        if words.contains("foreign_keys") { return SQLStatement(unsafeSQL: sql, kind: .session) }
        if words.contains("foreign_key_check"), let check = foreignKeyCheck {
            return SQLStatement(unsafeSQL: sql, kind: check.kind, requirements: check.requirements)
        }
        return SQLStatement(unsafeSQL: sql, kind: .alterTable)
    }

    public func render(_ operation: SchemaOperation) throws -> [SQLStatement] {
        switch operation {
        case .createNamespace, .dropNamespace:
            throw unsupported("namespaces")
        case .createNativeEnum, .dropNativeEnum:
            throw unsupported("native enum types")
        case .createObject(let object), .alterObject(_, let object), .dropObject(let object):
            throw object.unsupported(by: self)
        case .setSequenceOwner(let sequence):
            throw DatabaseObject.sequence(sequence).unsupported(by: self)
        case .createTable(let table):
            return [try createTable(table)]
        case .dropTable(let name):
            // Dropping a table deletes its rows first, which would cascade into child tables.
            return [statement("drop table if exists \(table: name)", .dropTable, table: name, isDestructive: true,
                              requirements: .init(needsForeignKeysOff: true))]
        case .createIndex(let index, let table):
            if index.isConstraint {
                throw unsupported("adding unique constraint \(index.name) to an existing table (the table must be rebuilt)")
            }
            if let method = index.method { throw unsupported("index method '\(method)' (\(index.name))") }
            try refuseIndexOptions(index, allowing: [.expression, .predicate, .collation])
            if let expression = index.expression {
                // Any expression is an indexed column in SQLite: written as it is, as its
                // `sqlite_master` text keeps it.
                var text: SQLFragment = index.isUnique ? "create unique index " : "create index "
                text += "\(id: index.name) on \(table: table) (\(raw: expression))"
                if let predicate = index.predicate { text += " where \(raw: predicate)" }
                return [statement(text, .createIndex, table: table)]
            }
            return [standardCreateIndex(index, table: table)]
        case .setIndexComment(let index, _):
            throw unsupported("comments on indexes (\(index.name))")
        case .convertCollation(let collation, let table):
            throw unsupported("table collations (\(table.name) collate \(collation))")
        case .addExclusion(let exclusion, _), .dropExclusion(let exclusion, _):
            throw unsupported("exclusion constraints (\(exclusion.name))")
        case .addPeriod(let period, _), .dropPeriod(let period, _):
            throw unsupported("application-time periods (\(period.name))")
        case .setConstraintComment(let name, _, _):
            throw unsupported("comments on constraints (\(name))")
        case .setTableOptions(_, _, let table):
            throw unsupported("changing the options of \(table.name) in place (the table must be rebuilt)")
        case .dropIndex(let index, let table):
            return [statement("drop index if exists \(id: index.name)", .dropIndex, table: table)]
        case .addForeignKey(let key, _):
            throw unsupported("adding foreign key \(key.name) to an existing table (the table must be rebuilt)")
        case .dropForeignKey(let key, _):
            throw unsupported("dropping foreign key \(key.name) from an existing table (the table must be rebuilt)")
        case .addCheck(let check, _):
            throw unsupported("adding check \(check.name) to an existing table (the table must be rebuilt)")
        case .dropCheck(let check, _):
            throw unsupported("dropping check \(check.name) from an existing table (the table must be rebuilt)")
        case .setComment:
            throw unsupported("comments")
        case .deleteRows(let tables):
            return standardDeleteRows(tables)
        case .renameTable(let from, let to):
            if from.name != to.name, from.name.lowercased() == to.name.lowercased() {
                // SQLite refuses a rename to the same name in another case: through a free name.
                let step = QualifiedName(to.name + "__case_rename", schema: from.schema)
                return [statement("alter table \(table: from) rename to \(id: step.name)", .renameTable, table: step),
                        statement("alter table \(table: step) rename to \(id: to.name)", .renameTable, table: to)]
            }
            return [statement("alter table \(table: from) rename to \(id: to.name)", .renameTable, table: to)]
        case .addColumn(let column, let table):
            return [statement("alter table \(table: table.qualifiedName) add column \(try columnDefinition(column, table: table.name, inlinePrimaryKey: false))",
                              .addColumn, table: table.qualifiedName)]
        case .dropColumn(let column, let table):
            return [standardDropColumn(column, table: table)]
        case .renameColumn(let from, let to, let table):
            return [standardRenameColumn(from: from, to: to, table: table)]
        case .alterColumn(_, let to, let table, _):
            throw unsupported("altering column \(table.name).\(to.name) in place (the table must be rebuilt)")
        case .changePrimaryKey(_, _, let table, _):
            throw unsupported("changing the primary key of \(table.name) in place (the table must be rebuilt)")
        case .renameIndex(let from, let to, let table):
            return try render(.dropIndex(from, table: table)) + render(.createIndex(to, table: table))
        }
    }

    /// The whole table, with its foreign keys and checks inline.
    func createTable(_ table: TableSchema) throws -> SQLStatement {
        let inlineKey = table.primaryKey.flatMap { key -> String? in
            guard key.columns.count == 1, let column = table.column(key.columns[0]), column.isAutoincrement else { return nil }
            return column.name
        }
        var parts = try table.columns.map { column in
            try columnDefinition(column, table: table.name, inlinePrimaryKey: column.name == inlineKey)
        }
        if let key = table.primaryKey, inlineKey == nil {
            parts.append("primary key (\(ids: key.columns))")
        }
        for index in table.indexes where index.isConstraint {
            try refuseIndexOptions(index, allowing: [.collation])
            parts.append("constraint \(id: index.name) unique (\(standardIndexColumns(index)))")
        }
        for key in table.foreignKeys {
            try refuseConstraintOptions(foreignKey: key)
            parts.append("constraint \(id: key.name) \(foreignKeyClause(key))")
        }
        for check in table.checks {
            try refuseConstraintOptions(check: check)
            parts.append("constraint \(id: check.name) check (\(raw: check.expression))")
        }
        var text: SQLFragment = "create table \(table: table.qualifiedName) (\(parts.joined(separator: ", ")))"
        if table.options.engine != nil || !table.options.parameters.isEmpty || table.options.isUnlogged || table.options.partitioning != nil || table.options.isSystemVersioned
            || !table.options.inherits.isEmpty || !table.options.partitions.isEmpty {
            throw unsupported("table options \(table.options) (\(table.name))")
        }
        if let period = table.periods.first { throw unsupported("application-time periods (\(period.name))") }
        let options = (table.options.isWithoutRowid ? ["without rowid"] : []) + (table.options.isStrict ? ["strict"] : [])
        if !options.isEmpty { text += " \(raw: options.joined(separator: ", "))" }
        return statement(text, .createTable, table: table.qualifiedName)
    }

    func columnDefinition(_ column: ColumnSchema, table: String, inlinePrimaryKey: Bool) throws -> SQLFragment {
        try refuseColumnAttributes(column, allowing: [])
        var text: SQLFragment = "\(id: column.name) \(raw: column.isAutoincrement ? "integer" : column.type)"
        if column.isAutoincrement && !inlinePrimaryKey {
            throw unsupported("auto-increment on \(table).\(column.name) unless it is the table's single primary key")
        }
        if let generated = column.generated {
            text += " generated always as (\(raw: generated.expression)) \(raw: generated.storage.rawValue)"
        }
        if let collation = column.collation { text += " collate \(id: collation)" }
        text += column.isNullable ? " null" : " not null"
        if inlinePrimaryKey { text += " primary key autoincrement" }
        if let value = column.defaultValue {
            // SQLite accepts only literals bare; anything else must be parenthesised.
            text += Self.isBareDefault(value) ? " default \(raw: value)" : " default (\(raw: value))"
        }
        return text
    }

    static func isBareDefault(_ value: String) -> Bool {
        if value.hasPrefix("(") || value.hasPrefix("'") || Double(value) != nil { return true }
        return ["null", "true", "false", "current_timestamp", "current_date", "current_time"].contains(value.lowercased())
    }
}

extension SQLDialect where Self == SQLiteDialect {
    /// SQLite 3.35 and later.
    public static var sqlite: SQLiteDialect { SQLiteDialect() }
}

extension SQLiteDialect {
    /// SQLite keeps types and defaults as written; only case, spacing and the parentheses
    /// around expression defaults differ between what we write and what it reports.
    public func canonicalColumn(_ column: ColumnSchema) -> ColumnSchema {
        var column = column
        column.type = String(column.type.lowercased().filter { $0 != " " })
        if column.isAutoincrement { column.type = "integer" }
        column.defaultValue = column.defaultValue.map { ExpressionNormalizer.normalize($0) }
        if column.defaultValue == "null" { column.defaultValue = nil }
        if column.generated != nil { column.isNullable = true }
        return column
    }
}

extension SQLiteDialect {
    public var lexicalRules: SQLLexicalRules { .sqlite }
}
