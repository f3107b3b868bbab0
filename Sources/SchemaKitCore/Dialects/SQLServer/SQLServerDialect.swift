/// SQL Server, dump only: `[quoted]` names, `dbo` schema, `identity(1,1)`, `N'…'` literals,
/// comments as `MS_Description` extended properties.
///
/// ```sql
/// create table [author] ([id] int identity(1,1) not null primary key, [name] nvarchar(100) not null);
/// ```
public struct SQLServerDialect: SQLDialect {
    public init() {}

    public var id: DialectID { .sqlServer }
    public var maxIdentifierLength: Int? { 128 }
    public var defaultSchema: String? { "dbo" }

    public var capabilities: DialectCapabilities {
        var capabilities = DialectCapabilities()
        capabilities.distinguishesUniqueConstraints = true
        capabilities.bracketQuotedIdentifiers = true
        capabilities.supportsSchemas = true
        capabilities.supportsComments = true
        capabilities.supportsTransactionalDDL = true
        capabilities.supportsPartialIndexes = true
        capabilities.canDisableForeignKeyChecks = false
        capabilities.allowsMultipleCascadePaths = false
        return capabilities
    }

    public func quoteIdentifier(_ name: String) -> String {
        "[" + name.replacingOccurrences(of: "]", with: "]]") + "]"
    }

    public func quoteLiteral(_ value: String) -> String {
        "N'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    }

    public func sqlType(for column: ColumnMetadata) -> String {
        if let columnType = column.columnType { return columnType }
        if column.isArray { return "nvarchar(max)" }
        switch column.type ?? .text {
        case .boolean: return "bit"
        case .tinyint: return "tinyint"
        case .smallint: return "smallint"
        case .integer: return "int"
        case .bigint: return "bigint"
        case .decimal: return "decimal(\(column.precision ?? 10),\(column.scale ?? 0))"
        case .float: return "real"
        case .double: return "float"
        case .string, .enumeration: return "nvarchar(\(column.length ?? 255))"
        case .text, .json: return "nvarchar(max)"
        case .uuid: return "uniqueidentifier"
        case .date: return "date"
        case .time: return column.length.map { "time(\($0))" } ?? "time"
        case .datetime: return column.length.map { "datetime2(\($0))" } ?? "datetime2"
        case .blob: return "varbinary(max)"
        }
    }

    public func sqlDefault(_ value: DefaultValue, for column: ColumnMetadata) -> String {
        standardDefault(value, true: "1", false: "0")
    }

    public func booleanLiteral(_ value: Bool) -> String { value ? "1" : "0" }
    public func bytesLiteral(_ hex: String) -> String { "0x\(hex)" }

    public func prologue(disableForeignKeys: Bool) -> [SQLStatement] {
        disableForeignKeys ? [SQLStatement("exec sp_MSforeachtable 'alter table ? nocheck constraint all'", kind: .session)] : []
    }

    public func epilogue(disableForeignKeys: Bool) -> [SQLStatement] {
        disableForeignKeys ? [SQLStatement("exec sp_MSforeachtable 'alter table ? with check check constraint all'", kind: .session)] : []
    }

    public func render(_ operation: SchemaOperation) throws -> [SQLStatement] {
        switch operation {
        case .createNamespace(let name):
            let create = "create schema " + quoteIdentifier(name)
            return [SQLStatement("if schema_id(\(quoteLiteral(name))) is null execute(\(quoteLiteral(create)))", kind: .createNamespace)]
        case .dropNamespace(let name):
            return [SQLStatement(sql("drop schema if exists \(id: name)"), kind: .dropNamespace, isDestructive: true)]
        case .createNativeEnum, .dropNativeEnum:
            throw unsupported("native enum types")
        case .createTable(let table):
            return try createTable(table)
        case .dropTable(let name):
            return [SQLStatement(sql("drop table if exists \(table: name)"), kind: .dropTable, table: name, isDestructive: true)]
        case .createIndex(let index, let table):
            if index.isConstraint {
                return [SQLStatement(sql("alter table \(table: table) add constraint \(id: index.name) unique (\(ids: index.columnNames))"),
                                     kind: .createIndex, table: table)]
            }
            if let method = index.method { throw unsupported("index method '\(method)' (\(index.name))") }
            if index.expression != nil { throw unsupported("expression indexes (\(index.name)); index a computed column") }
            return [standardCreateIndex(index, table: table)]
        case .dropIndex(let index, let table):
            if index.isConstraint { return [standardDropConstraint(index.name, table: table, kind: .dropIndex)] }
            return [SQLStatement(sql("drop index \(id: index.name) on \(table: table)"), kind: .dropIndex, table: table)]
        case .addForeignKey(var key, let table):
            if key.deferral != nil { throw unsupported("deferrable foreign keys (\(key.name))") }
            // SQL Server has no `restrict`; `no action` is its equivalent.
            if key.deleteRule == .restrict { key.deleteRule = .noAction }
            if key.updateRule == .restrict { key.updateRule = .noAction }
            return [standardAddForeignKey(key, table: table)]
        case .dropForeignKey(let key, let table):
            // Guarded, so a dump also runs against a database where the table is already gone.
            let guardClause = "if object_id(\(quoteLiteral(quoteQualified(table))), 'U') is not null "
            return [SQLStatement(guardClause + sql("alter table \(table: table) drop constraint if exists \(id: key.name)"),
                                 kind: .dropForeignKey, table: table)]
        case .addCheck(let check, let table):
            return [standardAddCheck(check, table: table)]
        case .dropCheck(let check, let table):
            return [standardDropConstraint(check.name, table: table, kind: .dropCheck)]
        case .setComment(let table, let column, let comment):
            guard let comment else {
                var arguments = "'MS_Description', 'schema', \(quoteLiteral(table.schema ?? "dbo")), 'table', \(quoteLiteral(table.name))"
                if let column { arguments += ", 'column', \(quoteLiteral(column.name))" }
                return [SQLStatement("exec sp_dropextendedproperty \(arguments)", kind: .comment, table: table)]
            }
            var arguments = "'MS_Description', \(quoteLiteral(comment)), 'schema', \(quoteLiteral(table.schema ?? "dbo")), 'table', \(quoteLiteral(table.name))"
            if let column { arguments += ", 'column', \(quoteLiteral(column.name))" }
            return [SQLStatement("exec sp_addextendedproperty \(arguments)", kind: .comment, table: table)]
        case .renameTable, .addColumn, .dropColumn, .renameColumn, .alterColumn, .changePrimaryKey, .addKeyColumns, .renameIndex,
             .addNativeEnumValue, .renameNativeEnum, .rebuildTable, .verifyForeignKeys:
            return try renderUpdate(operation)
        case .deleteRows(let tables):
            return tables.map { SQLStatement(sql("delete from \(table: $0)"), kind: .deleteRows, table: $0, isDestructive: true) }
        }
    }

    private func createTable(_ table: TableSchema) throws -> [SQLStatement] {
        let inlineKey = table.primaryKey.flatMap { key -> String? in
            guard key.name == nil, key.columns.count == 1, let column = table.column(key.columns[0]), column.isAutoincrement
            else { return nil }
            return column.name
        }
        var parts = try table.columns.map { try columnDefinition($0, table: table, inlinePrimaryKey: $0.name == inlineKey) }
        if let key = table.primaryKey, inlineKey == nil {
            let name = key.name ?? constraintName(table.name + "_pkey", kind: .primary)
            parts.append(sql("constraint \(id: name) primary key (\(ids: key.columns))"))
        }
        var statements = [SQLStatement(sql("create table \(table: table.qualifiedName) (") + parts.joined(separator: ", ") + ")",
                                       kind: .createTable, table: table.qualifiedName)]
        if let comment = table.comment {
            statements += try render(.setComment(table: table.qualifiedName, column: nil, comment: comment))
        }
        for column in table.columns where column.comment != nil {
            statements += try render(.setComment(table: table.qualifiedName, column: column, comment: column.comment))
        }
        return statements
    }

    func columnDefinition(_ column: ColumnSchema, table: TableSchema, inlinePrimaryKey: Bool) throws -> String {
        var text = quoteIdentifier(column.name) + " "
        if let generated = column.generated {
            return text + "as (\(generated.expression))" + (generated.storage == .stored ? " persisted" : "")
        }
        text += column.type
        if let collation = column.collation {
            // SQL Server collation names cannot be quoted, so only plain names are accepted.
            guard isBareWord(collation) else {
                throw SchemaError(.unsupportedByDialect, "collation '\(collation)' of \(table.name).\(column.name) is not a valid SQL Server collation name")
            }
            text += " collate \(collation)"
        }
        if column.isAutoincrement { text += " identity(1,1)" }
        text += column.isNullable ? " null" : " not null"
        if inlinePrimaryKey { text += " primary key" }
        if let value = column.defaultValue {
            let name = constraintName("\(table.name)_\(column.name)_default", kind: .check)
            text += sql(" constraint \(id: name) default \(raw: value)")
        }
        return text
    }
}

extension SQLDialect where Self == SQLServerDialect {
    /// SQL Server 2016 and later (dump only).
    public static var sqlServer: SQLServerDialect { SQLServerDialect() }
}

extension SQLServerDialect {
    public var lexicalRules: SQLLexicalRules { .sqlServer }
}
