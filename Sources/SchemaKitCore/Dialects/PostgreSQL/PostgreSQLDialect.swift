/// PostgreSQL: `"quoted"` names, schemas, native enums, transactional DDL, 63-byte identifiers.
///
/// ```sql
/// create table "author" ("id" serial primary key, "name" varchar(100) not null, "age" int null);
/// ```
public struct PostgreSQLDialect: SQLDialect {
    public init() {}

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
        capabilities.supportsDollarQuoting = true
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
        [SQLStatement("set names 'utf8'", kind: .session)]
            + (disableForeignKeys ? [SQLStatement("set session_replication_role = 'replica'", kind: .session)] : [])
    }

    public func epilogue(disableForeignKeys: Bool) -> [SQLStatement] {
        disableForeignKeys ? [SQLStatement("set session_replication_role = 'origin'", kind: .session)] : []
    }

    public func render(_ operation: SchemaOperation) throws -> [SQLStatement] {
        switch operation {
        case .createNamespace(let name):
            return [SQLStatement(sql("create schema if not exists \(id: name)"), kind: .createNamespace)]
        case .dropNamespace(let name):
            return [SQLStatement(sql("drop schema if exists \(id: name)"), kind: .dropNamespace, isDestructive: true)]
        case .createNativeEnum(let type):
            let values = type.values.map(quoteLiteral).joined(separator: ", ")
            return [SQLStatement(sql("create type \(table: type.qualifiedName) as enum (\(raw: values))"), kind: .createType)]
        case .dropNativeEnum(let type):
            return [SQLStatement(sql("drop type if exists \(table: type.qualifiedName)"), kind: .dropType, isDestructive: true)]
        case .createTable(let table):
            return try createTable(table)
        case .dropTable(let name):
            return [SQLStatement(sql("drop table if exists \(table: name) cascade"), kind: .dropTable, table: name, isDestructive: true)]
        case .createIndex(let index, let table):
            if index.isConstraint {
                return [SQLStatement(sql("alter table \(table: table) add constraint \(id: index.name) unique (\(ids: index.columnNames))"),
                                     kind: .createIndex, table: table)]
            }
            return [standardCreateIndex(index, table: table)]
        case .dropIndex(let index, let table):
            if index.isConstraint { return [standardDropConstraint(index.name, table: table, kind: .dropIndex)] }
            return [SQLStatement(sql("drop index \(table: QualifiedName(index.name, schema: table.schema))"), kind: .dropIndex, table: table)]
        case .addForeignKey(let key, let table):
            return [standardAddForeignKey(key, table: table)]
        case .dropForeignKey(let key, let table):
            return [standardDropConstraint(key.name, table: table, kind: .dropForeignKey)]
        case .addCheck(let check, let table):
            return [standardAddCheck(check, table: table)]
        case .dropCheck(let check, let table):
            return [standardDropConstraint(check.name, table: table, kind: .dropCheck)]
        case .setComment(let table, let column, let comment):
            let value = comment.map(quoteLiteral) ?? "null"
            if let column {
                return [SQLStatement(sql("comment on column \(table: table).\(id: column.name) is \(raw: value)"), kind: .comment, table: table)]
            }
            return [SQLStatement(sql("comment on table \(table: table) is \(raw: value)"), kind: .comment, table: table)]
        case .renameTable, .addColumn, .dropColumn, .renameColumn, .alterColumn, .changePrimaryKey, .addKeyColumns, .renameIndex,
             .addNativeEnumValue, .renameNativeEnum, .rebuildTable, .verifyForeignKeys:
            return try renderUpdate(operation)
        case .deleteRows(let tables):
            // One statement for all tables, without `cascade`: keys among them are handled, and a
            // table outside the list that references them makes it fail instead of being emptied.
            let names = tables.map(quoteQualified).joined(separator: ", ")
            return [SQLStatement("truncate table \(names) restart identity", kind: .deleteRows, table: tables.first, isDestructive: true)]
        }
    }

    private func createTable(_ table: TableSchema) throws -> [SQLStatement] {
        let inlineKey = table.primaryKey.flatMap { key -> String? in
            guard key.name == nil, key.columns.count == 1,
                  let column = table.column(key.columns[0]), column.isAutoincrement else { return nil }
            return column.name
        }
        var parts = try table.columns.map { try columnDefinition($0, table: table, inlinePrimaryKey: $0.name == inlineKey) }
        if let key = table.primaryKey, inlineKey == nil {
            let prefix = key.name.map { sql("constraint \(id: $0) ") } ?? ""
            parts.append(prefix + sql("primary key (\(ids: key.columns))"))
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
        if column.isAutoincrement {
            switch column.type {
            case "int", "integer": text += "serial"
            case "bigint": text += "bigserial"
            case "smallint": text += "smallserial"
            default: throw unsupported("auto-increment on column \(table.name).\(column.name) of type \(column.type)")
            }
        } else {
            if let native = column.nativeEnumName {
                text += quoteQualified(QualifiedName(native, schema: table.schema))
            } else {
                text += column.type
            }
            if let generated = column.generated {
                guard generated.storage == .stored else {
                    throw unsupported("virtual generated columns (\(table.name).\(column.name)); use storage: .stored")
                }
                text += " generated always as (\(generated.expression)) stored"
            }
            if let collation = column.collation { text += " collate " + quoteIdentifier(collation) }
            text += column.isNullable ? " null" : " not null"
        }
        if inlinePrimaryKey { text += " primary key" }
        if let value = column.defaultValue, !column.isAutoincrement { text += " default " + value }
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
