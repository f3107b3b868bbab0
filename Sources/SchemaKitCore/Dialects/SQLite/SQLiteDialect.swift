/// SQLite: foreign keys and checks live inside `create table`, no comments, no schemas;
/// DDL is transactional.
///
/// ```sql
/// create table "book" ("id" integer not null primary key autoincrement, "author_id" integer not null,
///   constraint "book_author_id_foreign" foreign key ("author_id") references "author" ("id"));
/// ```
public struct SQLiteDialect: SQLDialect {
    public init() {}

    public var id: DialectID { .sqlite }
    public var maxIdentifierLength: Int? { nil }
    public var defaultSchema: String? { nil }

    public var capabilities: DialectCapabilities {
        var capabilities = DialectCapabilities()
        capabilities.indexesForeignKeys = true
        capabilities.requiresInlineConstraints = true
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
        disableForeignKeys ? [SQLStatement("pragma foreign_keys = off", kind: .session)] : []
    }

    public func epilogue(disableForeignKeys: Bool) -> [SQLStatement] {
        disableForeignKeys ? [SQLStatement("pragma foreign_keys = on", kind: .session)] : []
    }

    public func render(_ operation: SchemaOperation) throws -> [SQLStatement] {
        switch operation {
        case .createNamespace, .dropNamespace:
            throw unsupported("namespaces")
        case .createNativeEnum, .dropNativeEnum:
            throw unsupported("native enum types")
        case .createTable(let table):
            return [try createTable(table)]
        case .dropTable(let name):
            return [SQLStatement(sql("drop table if exists \(table: name)"), kind: .dropTable, table: name, isDestructive: true)]
        case .createIndex(let index, let table):
            if let method = index.method { throw unsupported("index method '\(method)' (\(index.name))") }
            return [standardCreateIndex(index, table: table)]
        case .dropIndex(let index, let table):
            return [SQLStatement(sql("drop index if exists \(id: index.name)"), kind: .dropIndex, table: table)]
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
        case .renameTable, .addColumn, .dropColumn, .renameColumn, .alterColumn, .changePrimaryKey, .addKeyColumns, .renameIndex,
             .addNativeEnumValue, .renameNativeEnum, .rebuildTable, .verifyForeignKeys:
            return try renderUpdate(operation)
        case .deleteRows(let tables):
            return tables.map { SQLStatement(sql("delete from \(table: $0)"), kind: .deleteRows, table: $0, isDestructive: true) }
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
            parts.append(sql("primary key (\(ids: key.columns))"))
        }
        for key in table.foreignKeys {
            parts.append(sql("constraint \(id: key.name) ") + foreignKeyClause(key))
        }
        for check in table.checks {
            parts.append(sql("constraint \(id: check.name) check (\(raw: check.expression))"))
        }
        return SQLStatement(sql("create table \(table: table.qualifiedName) (") + parts.joined(separator: ", ") + ")",
                            kind: .createTable, table: table.qualifiedName)
    }

    func columnDefinition(_ column: ColumnSchema, table: String, inlinePrimaryKey: Bool) throws -> String {
        var text = quoteIdentifier(column.name) + " " + (column.isAutoincrement ? "integer" : column.type)
        if column.isAutoincrement && !inlinePrimaryKey {
            throw unsupported("auto-increment on \(table).\(column.name) unless it is the table's single primary key")
        }
        if let generated = column.generated {
            text += " generated always as (\(generated.expression)) \(generated.storage.rawValue)"
        }
        if let collation = column.collation { text += " collate " + quoteIdentifier(collation) }
        text += column.isNullable ? " null" : " not null"
        if inlinePrimaryKey { text += " primary key autoincrement" }
        if let value = column.defaultValue {
            // SQLite accepts only literals bare; anything else must be parenthesised.
            text += " default " + (Self.isBareDefault(value) ? value : "(\(value))")
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
        column.type = column.type.lowercased().replacingOccurrences(of: " ", with: "")
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
