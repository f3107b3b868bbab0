/// SQL Server, dump only: `[quoted]` names, `dbo` schema, `identity(1,1)`, `N'…'` literals,
/// comments as `MS_Description` extended properties.
///
/// ```sql
/// create table [author] ([id] int identity(1,1) not null primary key, [name] nvarchar(100) not null);
/// ```
public struct SQLServerDialect: SQLDialect {
    /// The SQL Server dialect, also written `.sqlServer`.
    public init() {}

    public var id: DialectID { .sqlServer }
    public var maxIdentifierLength: Int? { 128 }
    public var defaultSchema: String? { "dbo" }

    public var capabilities: DialectCapabilities {
        var capabilities = DialectCapabilities()
        capabilities.distinguishesUniqueConstraints = true
        capabilities.supportsSchemas = true
        capabilities.supportsComments = true
        capabilities.supportsTransactionalDDL = true
        capabilities.supportsPartialIndexes = true
        capabilities.canDisableForeignKeyChecks = false
        capabilities.allowsMultipleCascadePaths = false
        return capabilities
    }

    public func quoteIdentifier(_ name: String) -> String {
        "[" + name.replacing("]", with: "]]") + "]"
    }

    public func quoteLiteral(_ value: String) -> String {
        "N'" + value.replacing("'", with: "''") + "'"
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
        disableForeignKeys ? [statement("exec sp_MSforeachtable 'alter table ? nocheck constraint all'", .session)] : []
    }

    public func epilogue(disableForeignKeys: Bool) -> [SQLStatement] {
        disableForeignKeys ? [statement("exec sp_MSforeachtable 'alter table ? with check check constraint all'", .session)] : []
    }

    public func render(_ operation: SchemaOperation) throws -> [SQLStatement] {
        switch operation {
        case .createNamespace(let name):
            return [statement("if schema_id(\(literal: name)) is null execute(\(literal: sql("create schema \(id: name)")))", .createNamespace)]
        case .dropNamespace(let name):
            return [statement("drop schema if exists \(id: name)", .dropNamespace, isDestructive: true)]
        case .createNativeEnum, .dropNativeEnum:
            throw unsupported("native enum types")
        case .createObject(let object), .alterObject(_, let object), .dropObject(let object):
            throw object.unsupported(by: self)
        case .setSequenceOwner(let sequence):
            throw DatabaseObject.sequence(sequence).unsupported(by: self)
        case .createTable(let table):
            return try createTable(table)
        case .dropTable(let name):
            return [statement("drop table if exists \(table: name)", .dropTable, table: name, isDestructive: true)]
        case .createIndex(let index, let table):
            if index.isConstraint {
                return [statement("alter table \(table: table) add constraint \(id: index.name) unique (\(ids: index.columnNames))",
                                  .createIndex, table: table)]
            }
            if let method = index.method { throw unsupported("index method '\(method)' (\(index.name))") }
            if index.expression != nil { throw unsupported("expression indexes (\(index.name)); index a computed column") }
            try refuseIndexOptions(index, allowing: [.predicate, .include])
            var created = standardCreateIndex(index, table: table)
            if !index.include.isEmpty {
                // `include` goes between the key columns and `where`.
                var text: SQLFragment = index.isUnique ? "create unique index " : "create index "
                text += "\(id: index.name) on \(table: table) (\(standardIndexColumns(index))) include (\(ids: index.include))"
                if let predicate = index.predicate { text += " where \(raw: predicate)" }
                created = statement(text, .createIndex, table: table)
            }
            return [created]
        case .setIndexComment(let index, _):
            throw unsupported("comments on indexes (\(index.name))")
        case .convertCollation(let collation, let table):
            throw unsupported("table collations (\(table.name) collate \(collation))")
        case .setTableOptions(_, let options, let table):
            throw unsupported("table options \(options) (\(table.name))")
        case .dropIndex(let index, let table):
            if index.isConstraint { return [standardDropConstraint(index.name, table: table, kind: .dropIndex)] }
            return [statement("drop index \(id: index.name) on \(table: table)", .dropIndex, table: table)]
        case .addForeignKey(var key, let table):
            if key.deferral != nil { throw unsupported("deferrable foreign keys (\(key.name))") }
            try refuseConstraintOptions(foreignKey: key)
            // SQL Server has no `restrict`; `no action` is its equivalent.
            if key.deleteRule == .restrict { key.deleteRule = .noAction }
            if key.updateRule == .restrict { key.updateRule = .noAction }
            return [standardAddForeignKey(key, table: table)]
        case .dropForeignKey(let key, let table):
            // Guarded, so a dump also runs against a database where the table is already gone.
            return [statement("if object_id(\(literal: quoteQualified(table)), 'U') is not null alter table \(table: table) drop constraint if exists \(id: key.name)",
                              .dropForeignKey, table: table)]
        case .addCheck(let check, let table):
            try refuseConstraintOptions(check: check)
            return [standardAddCheck(check, table: table)]
        case .addExclusion(let exclusion, _), .dropExclusion(let exclusion, _):
            throw unsupported("exclusion constraints (\(exclusion.name))")
        case .addPeriod(let period, _), .dropPeriod(let period, _):
            throw unsupported("application-time periods (\(period.name))")
        case .setConstraintComment(let name, _, _):
            throw unsupported("comments on constraints (\(name))")
        case .dropCheck(let check, let table):
            return [standardDropConstraint(check.name, table: table, kind: .dropCheck)]
        case .setComment(let table, let column, let comment):
            let target: SQLFragment = "'schema', \(literal: table.schema ?? "dbo"), 'table', \(literal: table.name)"
                + (column.map { ", 'column', \(literal: $0.name)" } ?? "")
            guard let comment else {
                return [statement("exec sp_dropextendedproperty 'MS_Description', \(target)", .comment, table: table)]
            }
            return [statement("exec sp_addextendedproperty 'MS_Description', \(literal: comment), \(target)", .comment, table: table)]
        case .deleteRows(let tables):
            return standardDeleteRows(tables)
        case .renameTable(let from, let to):
            return [statement("exec sp_rename \(literal: quoteQualified(from)), \(literal: to.name)", .renameTable, table: to)]
        case .addColumn(let column, let table):
            return [statement("alter table \(table: table.qualifiedName) add \(try columnDefinition(column, table: table, inlinePrimaryKey: false))",
                              .addColumn, table: table.qualifiedName)]
        case .dropColumn(let column, let table):
            return [standardDropColumn(column, table: table)]
        case .renameColumn(let from, let to, let table):
            let path = quoteQualified(table) + "." + quoteIdentifier(from)
            return [statement("exec sp_rename \(literal: path), \(literal: to.name), 'COLUMN'", .renameColumn, table: table)]
        case .alterColumn(let from, let to, let table, _):
            // Defaults are named constraints here; changing one is not scripted.
            guard from.defaultValue == nil, to.defaultValue == nil, to.generated == nil, from.isAutoincrement == to.isAutoincrement else {
                throw unsupported("changing the default, identity or computation of \(table.name).\(to.name)")
            }
            var text: SQLFragment = "alter table \(table: table.qualifiedName) alter column \(id: to.name) \(raw: to.type)"
            if let collation = to.collation, isBareWord(collation) { text += " collate \(raw: collation)" }
            text += to.isNullable ? " null" : " not null"
            return [statement(text, .alterColumn, table: table.qualifiedName)]
        case .changePrimaryKey(let from, let to, let table, let liveTableName):
            var statements: [SQLStatement] = []
            if let from {
                let name = from.name ?? constraintName(liveTableName + "_pkey", kind: .primary)
                statements.append(standardDropConstraint(name, table: table, kind: .alterTable))
            }
            if let to {
                let name = to.name ?? constraintName(table.name + "_pkey", kind: .primary)
                statements.append(statement("alter table \(table: table) add constraint \(id: name) primary key (\(ids: to.columns))",
                                            .alterTable, table: table))
            }
            return statements
        case .renameIndex(let from, let to, let table):
            let path = quoteQualified(table) + "." + quoteIdentifier(from.name)
            return [statement("exec sp_rename \(literal: path), \(literal: to.name), 'INDEX'", .renameIndex, table: table)]
        }
    }

    /// Tables are altered in place, in the common order (``InPlaceAlteration``).
    public func alterTable(_ table: TableDifference, context: AlterationContext) throws -> TableAlteration {
        let alteration = InPlaceAlteration(table, context: context)
        return try render(alteration, operations: alteration.operations())
    }

    private func createTable(_ table: TableSchema) throws -> [SQLStatement] {
        let inlineKey = table.primaryKey.flatMap { key -> String? in
            guard key.name == nil, key.columns.count == 1, let column = table.column(key.columns[0]), column.isAutoincrement
            else { return nil }
            return column.name
        }
        if table.options != TableOptions() { throw unsupported("table options \(table.options) (\(table.name))") }
        if let period = table.periods.first { throw unsupported("application-time periods (\(period.name))") }
        var parts = try table.columns.map { try columnDefinition($0, table: table, inlinePrimaryKey: $0.name == inlineKey) }
        if let key = table.primaryKey, inlineKey == nil {
            let name = key.name ?? constraintName(table.name + "_pkey", kind: .primary)
            parts.append("constraint \(id: name) primary key (\(ids: key.columns))")
        }
        var statements = [statement("create table \(table: table.qualifiedName) (\(parts.joined(separator: ", ")))",
                                    .createTable, table: table.qualifiedName)]
        if let comment = table.comment {
            statements += try render(.setComment(table: table.qualifiedName, column: nil, comment: comment))
        }
        for column in table.columns where column.comment != nil {
            statements += try render(.setComment(table: table.qualifiedName, column: column, comment: column.comment))
        }
        return statements
    }

    func columnDefinition(_ column: ColumnSchema, table: TableSchema, inlinePrimaryKey: Bool) throws -> SQLFragment {
        try refuseColumnAttributes(column, allowing: [])
        var text: SQLFragment = "\(id: column.name) "
        if let generated = column.generated {
            return text + "as (\(raw: generated.expression))" + (generated.storage == .stored ? " persisted" : "")
        }
        text += "\(raw: column.type)"
        if let collation = column.collation {
            // SQL Server collation names cannot be quoted, so only plain names are accepted.
            guard isBareWord(collation) else {
                throw SchemaError(.unsupportedByDialect, "collation '\(collation)' of \(table.name).\(column.name) is not a valid SQL Server collation name")
            }
            text += " collate \(raw: collation)"
        }
        if column.isAutoincrement { text += " identity(1,1)" }
        text += column.isNullable ? " null" : " not null"
        if inlinePrimaryKey { text += " primary key" }
        if let value = column.defaultValue {
            let name = constraintName("\(table.name)_\(column.name)_default", kind: .check)
            text += " constraint \(id: name) default \(raw: value)"
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
