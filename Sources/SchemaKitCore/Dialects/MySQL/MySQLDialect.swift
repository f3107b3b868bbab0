/// MySQL and MariaDB: backtick-quoted names, inline `enum(…)` types, inline comments,
/// `unsigned` integers, 64-byte identifiers, no transactional DDL.
///
/// ```sql
/// create table `author` (`id` int unsigned not null auto_increment primary key, `name` varchar(100) not null) default character set utf8mb4 engine = InnoDB;
/// ```
public struct MySQLDialect: SQLDialect {
    /// Every database but the server's own.
    public var databaseListQuery: String? {
        """
        select SCHEMA_NAME from information_schema.SCHEMATA \
        where SCHEMA_NAME not in ('mysql', 'information_schema', 'performance_schema', 'sys') order by SCHEMA_NAME
        """
    }

    /// Which server the SQL is for.
    public enum Flavor: String, Sendable, Hashable {
        /// Oracle's MySQL.
        case mysql
        /// MariaDB, whose catalogs and a few statements spell things differently.
        case mariadb
    }

    /// The server the SQL is written for, MySQL by default; it sets the dialect's `id` (`mysql` or
    /// `mariadb`) and the few spellings that differ (`ignored` or `invisible` indexes, `drop constraint`
    /// or `drop check`).
    public var flavor: Flavor
    /// The character set of the session (`set names`) and of each new table (`default character set`);
    /// `utf8mb4` by default. `validate()` refuses anything but a plain name.
    public var charset: String

    /// A dialect for MySQL, or MariaDB with `flavor: .mariadb`, whose sessions and tables use `charset`.
    public init(flavor: Flavor = .mysql, charset: String = "utf8mb4") {
        self.flavor = flavor
        self.charset = charset
    }

    public var id: DialectID { flavor == .mariadb ? .mariaDB : .mySQL }

    public func validate() throws {
        guard isBareWord(charset) else {
            throw SchemaError(.invalidConfiguration, "MySQL character set '\(charset)' is not a valid name")
        }
    }
    public var maxIdentifierLength: Int? { 64 }
    public var defaultSchema: String? { nil }

    public var capabilities: DialectCapabilities {
        var capabilities = DialectCapabilities()
        capabilities.hasInlineEnumType = true
        capabilities.supportsComments = true
        capabilities.indexesForeignKeys = true
        capabilities.supportsUnsigned = true
        return capabilities
    }

    public func quoteIdentifier(_ name: String) -> String {
        "`" + name.doubling("`") + "`"
    }

    /// Backslashes are escapes in MySQL string literals unless `NO_BACKSLASH_ESCAPES` is set.
    public func quoteLiteral(_ value: String) -> String {
        "'" + value.doubling("\\").doubling("'") + "'"
    }

    public func sqlType(for column: ColumnMetadata) -> String {
        if let columnType = column.columnType { return columnType }
        if column.isArray { return "text" }
        switch column.type ?? .text {
        case .boolean: return "tinyint(1)"
        case .tinyint: return "tinyint"
        case .smallint: return "smallint"
        case .integer: return "int"
        case .bigint: return "bigint"
        case .decimal: return "numeric(\(column.precision ?? 10),\(column.scale ?? 0))"
        case .float: return "float"
        case .double: return "double"
        case .string: return "varchar(\(column.length ?? 255))"
        case .text: return "text"
        case .uuid: return "varchar(36)"
        case .date: return "date"
        case .time: return column.length.map { "time(\($0))" } ?? "time"
        case .datetime: return column.length.map { "datetime(\($0))" } ?? "datetime"
        case .json: return "json"
        case .blob: return "blob"
        case .enumeration:
            return "enum(" + (column.enumItems ?? []).map(quoteLiteral).joined(separator: ",") + ")"
        }
    }

    public func sqlDefault(_ value: DefaultValue, for column: ColumnMetadata) -> String {
        standardDefault(value, true: "true", false: "false")
    }

    public func prologue(disableForeignKeys: Bool) -> [SQLStatement] {
        // The character set is checked to be a bare word by `validate()`.
        [statement("set names \(raw: charset)", .session)]
            + (disableForeignKeys ? [statement("set foreign_key_checks = 0", .session)] : [])
    }

    public func epilogue(disableForeignKeys: Bool) -> [SQLStatement] {
        disableForeignKeys ? [statement("set foreign_key_checks = 1", .session)] : []
    }

    public func render(_ operation: SchemaOperation) throws -> [SQLStatement] {
        switch operation {
        case .createNamespace, .dropNamespace:
            throw unsupported("namespaces; a MySQL database is its own namespace")
        case .createNativeEnum, .dropNativeEnum:
            throw unsupported("native enum types; enumerations are column types here")
        case .createObject(let object), .alterObject(_, let object), .dropObject(let object):
            throw object.unsupported(by: self)
        case .setSequenceOwner(let sequence):
            throw DatabaseObject.sequence(sequence).unsupported(by: self)
        case .createTable(let table):
            // Its indexes and keys are added to it afterwards (see `historyKept`).
            return (table.options.isSystemVersioned ? [historyKept] : []) + [try createTable(table)]
        case .dropTable(let name):
            return [statement("drop table if exists \(table: name)", .dropTable, table: name, isDestructive: true)]
        case .createIndex(let index, let table):
            var allowed: Set<IndexOption> = [.prefixLength, .comment, .ignored]
            if flavor == .mysql { allowed.insert(.expression) }   // MariaDB has no functional key parts
            if flavor == .mariadb { allowed.insert(.withoutOverlaps) }
            try refuseIndexOptions(index, allowing: allowed)
            var keyword = index.isUnique ? "unique" : "index"
            var using: SQLFragment = ""
            switch index.method?.lowercased() {
            case nil: break
            case let method? where ["fulltext", "spatial"].contains(method): keyword = method + " index"
            case let method? where ["btree", "hash"].contains(method): using = " using \(raw: method) "
            case let method?: throw unsupported("index method '\(method)' (\(index.name))")
            }
            var text: SQLFragment = "alter table \(table: table) add \(raw: keyword) \(id: index.name)\(using)(\(standardIndexColumns(index)))"
            if let comment = index.comment { text += " comment \(literal: comment)" }
            if index.isIgnored { text += flavor == .mariadb ? " ignored" : " invisible" }
            return [statement(text, .createIndex, table: table)]
        case .convertCollation(let collation, let table):
            // The character set is the collation's prefix (`utf8mb4_unicode_ci`, `latin1_bin`).
            let charset = collation.split(separator: "_").first.map(String.init) ?? collation
            return [statement("alter table \(table: table) convert to character set \(word: charset) collate \(word: collation)",
                              .alterTable, table: table)]
        case .setTableOptions(let from, let to, let table):
            if to.isUnlogged || to.isStrict || to.isWithoutRowid || !to.partitions.isEmpty || !to.inherits.isEmpty { throw unsupported("table options \(to) (\(table.name))") }
            var statements: [SQLStatement] = []
            // New partitioning comes after the other changes (``alterTable`` removes it before
            // them); either way the server moves the rows (a row no partition takes fails).
            let repartitioned = from.partitioning.map(canonicalExpression) != to.partitioning.map(canonicalExpression)
            if repartitioned, from.partitioning != nil, to.partitioning == nil {
                statements.append(statement("alter table \(table: table) remove partitioning", .alterTable, table: table))
            }
            if let engine = to.engine, engine.lowercased() != from.engine?.lowercased() {
                // Options change in a statement of their own: with the engine they are not applied.
                statements.append(statement("alter table \(table: table) engine = \(word: engine)", .alterTable, table: table))
            }
            // An option the target lacks goes back to the engine's default: `0` for the numeric
            // ones that refuse `default`.
            var changes: [(name: String, value: String)] = []
            for old in from.parameterValues where !to.parameterValues.contains(where: { $0.name == old.name }) {
                changes.append((old.name, Self.zeroResetOptions.contains(old.name) ? "0" : "default"))
            }
            changes += to.parameterValues.filter { !from.parameters.contains("\($0.name)=\($0.value)") }
            if !changes.isEmpty {
                statements.append(statement("alter table \(table: table) \(tableParameters(changes))", .alterTable, table: table))
            }
            if from.isSystemVersioned != to.isSystemVersioned {
                try refuseOnMySQL(to)
                statements.append(to.isSystemVersioned
                    ? statement("alter table \(table: table) add system versioning", .alterTable, table: table)
                    // The rows' history goes with it.
                    : statement("alter table \(table: table) drop system versioning", .alterTable, table: table, isDestructive: true))
            }
            if repartitioned, let partitioning = to.partitioning {
                statements.append(statement("alter table \(table: table) \(raw: partitioning)", .alterTable, table: table))
            }
            return statements
        case .setIndexComment(let index, let table):
            // MySQL cannot change an index's comment in place.
            return try render(.dropIndex(index, table: table)) + render(.createIndex(index, table: table))
        case .dropIndex(let index, let table):
            return [statement("alter table \(table: table) drop index \(id: index.name)", .dropIndex, table: table)]
        case .addForeignKey(let key, let table):
            if key.deferral != nil { throw unsupported("deferrable foreign keys (\(key.name))") }
            try refuseConstraintOptions(foreignKey: key)
            return [standardAddForeignKey(key, table: table)]
        case .dropForeignKey(let key, let table):
            return [statement("alter table \(table: table) drop foreign key \(id: key.name)", .dropForeignKey, table: table)]
        case .addCheck(let check, let table):
            try refuseConstraintOptions(check: check)
            return [standardAddCheck(check, table: table)]
        case .addExclusion(let exclusion, _), .dropExclusion(let exclusion, _):
            throw unsupported("exclusion constraints (\(exclusion.name))")
        case .addPeriod(let period, let table):
            guard flavor == .mariadb else { throw unsupported("application-time periods (\(period.name))") }
            return [statement("alter table \(table: table) add period for \(id: period.name) (\(id: period.start), \(id: period.end))",
                              .alterTable, table: table)]
        case .dropPeriod(let period, let table):
            return [statement("alter table \(table: table) drop period for \(id: period.name)", .alterTable, table: table)]
        case .setConstraintComment(let name, _, _):
            throw unsupported("comments on constraints (\(name))")
        case .dropCheck(let check, let table):
            let keyword = flavor == .mariadb ? "constraint" : "check"
            return [statement("alter table \(table: table) drop \(raw: keyword) \(id: check.name)", .dropCheck, table: table)]
        case .setComment(let table, let column, let comment):
            if let column {
                var changed = column
                changed.comment = comment
                return [statement("alter table \(table: table) modify \(try columnDefinition(changed, table: table.name))", .comment, table: table)]
            }
            return [statement("alter table \(table: table) comment = \(literal: comment ?? "")", .comment, table: table)]
        case .deleteRows(let tables):
            return standardDeleteRows(tables)
        case .renameTable(let from, let to):
            return [statement("alter table \(table: from) rename to \(table: to)", .renameTable, table: to)]
        case .addColumn(let column, let table):
            return [statement("alter table \(table: table.qualifiedName) add \(try columnDefinition(column, table: table.name))",
                              .addColumn, table: table.qualifiedName)]
        case .dropColumn(let column, let table):
            return [standardDropColumn(column, table: table)]
        case .renameColumn(let from, let to, let table):
            // `rename column` needs MySQL 8.0 or MariaDB 10.5; it keeps the definition as it is.
            return [standardRenameColumn(from: from, to: to, table: table)]
        case .alterColumn(_, let to, let table, _):
            // `modify` restates the whole column, the only form MySQL has.
            return [statement("alter table \(table: table.qualifiedName) modify \(try columnDefinition(to, table: table.name))",
                              .alterColumn, table: table.qualifiedName)]
        case .changePrimaryKey(let from, let to, let table, _):
            // One statement, so an auto-increment column is never left without its key.
            var clauses: [SQLFragment] = []
            if from != nil { clauses.append("drop primary key") }
            if let to { clauses.append("add primary key (\(ids: to.columns))") }
            return [statement("alter table \(table: table) \(clauses.joined(separator: ", "))", .alterTable, table: table)]
        case .renameIndex(let from, let to, let table):
            return [statement("alter table \(table: table) rename index \(id: from.name) to \(id: to.name)", .renameIndex, table: table)]
        }
    }

    /// MariaDB refuses to alter a system-versioned table (error 4119) unless told what becomes
    /// of its history: `keep` leaves the history rows as they are. Set for the session, before
    /// the first statement that alters such a table.
    var historyKept: SQLStatement {
        statement("set session system_versioning_alter_history = keep", .session, requirements: .session)
    }

    /// System versioning is MariaDB's.
    private func refuseOnMySQL(_ options: TableOptions) throws {
        if flavor == .mysql, options.isSystemVersioned { throw unsupported("system-versioned tables") }
    }

    private func createTable(_ table: TableSchema) throws -> SQLStatement {
        let inlineKey = table.primaryKey.flatMap { key -> String? in
            guard key.columns.count == 1, let column = table.column(key.columns[0]), column.isAutoincrement else { return nil }
            return column.name
        }
        var parts = try table.columns.map { column in
            try columnDefinition(column, table: table.name) + (column.name == inlineKey ? " primary key" : "")
        }
        if !table.periods.isEmpty, flavor == .mysql { throw unsupported("application-time periods (\(table.name))") }
        parts += table.periods.map { "period for \(id: $0.name) (\(id: $0.start), \(id: $0.end))" }
        if let key = table.primaryKey, inlineKey == nil {
            parts.append("primary key (\(ids: key.columns))")
        }
        var text: SQLFragment = "create table \(table: table.qualifiedName) (\(parts.joined(separator: ", ")))"
        if table.options.isUnlogged || table.options.isStrict || table.options.isWithoutRowid || !table.options.partitions.isEmpty || !table.options.inherits.isEmpty {
            throw unsupported("table options \(table.options) (\(table.name))")
        }
        text += " default character set \(raw: charset)"
        if let collation = table.collation { text += " collate \(word: collation)" }
        text += " engine = \(word: table.options.engine ?? "InnoDB")"
        if !table.options.parameters.isEmpty { text += " " + tableParameters(table.options.parameterValues) }
        if let comment = table.comment { text += " comment = \(literal: comment)" }
        if table.options.isSystemVersioned {
            try refuseOnMySQL(table.options)
            text += " with system versioning"
        }
        if let partitioning = table.options.partitioning { text += " \(raw: partitioning)" }
        return statement(text, .createTable, table: table.qualifiedName)
    }

    func columnDefinition(_ column: ColumnSchema, table: String) throws -> SQLFragment {
        // MySQL turns a column-level check into a table-level one (`t_chk_1`); MariaDB keeps it.
        try refuseColumnAttributes(column, allowing: flavor == .mariadb ? [.onUpdate, .invisible, .check] : [.onUpdate, .invisible])
        if column.isInvisible, !column.isNullable, column.defaultValue == nil, column.generated == nil, !column.isAutoincrement {
            // The server refuses it (error 4108): a row inserted without naming it needs a value.
            throw unsupported("an invisible column that is not null and has no default (\(column.name)); give it a default or make it nullable")
        }
        var text: SQLFragment = "\(id: column.name) \(raw: column.type)"
        if column.isUnsigned { text += " unsigned" }
        if let generated = column.generated {
            // MariaDB's system-time columns read as `generated always as (ROW START)`; writing
            // them needs the table's `period for system_time` too, which is not modelled.
            if ["ROW START", "ROW END"].contains(generated.expression.uppercased()) {
                throw unsupported("explicit system-time columns (\(column.name) generated always as \(generated.expression.lowercased())); "
                                  + "use with system versioning alone")
            }
            text += " generated always as (\(raw: generated.expression)) \(raw: generated.storage.rawValue)"
        }
        if let collation = column.collation { text += " collate \(id: collation)" }
        if column.generated == nil { text += column.isNullable ? " null" : " not null" }
        if column.isAutoincrement { text += " auto_increment" }
        if let value = column.defaultValue {
            // Text, blob and JSON columns take only expression defaults, written in parentheses.
            let needsParentheses = ["text", "blob", "json", "longtext", "mediumtext", "tinytext", "longblob", "mediumblob"]
                .contains(column.type.lowercased()) && !value.hasPrefix("(")
            text += needsParentheses ? " default (\(raw: value))" : " default \(raw: value)"
        }
        if let onUpdate = column.onUpdate { text += " on update \(raw: onUpdate)" }
        if column.isInvisible { text += " invisible" }
        if let comment = column.comment { text += " comment \(literal: comment)" }
        if let check = column.check { text += " check (\(raw: check))" }
        return text
    }
}

extension SQLDialect where Self == MySQLDialect {
    /// MySQL 8.
    public static var mySQL: MySQLDialect { MySQLDialect(flavor: .mysql) }
    /// MariaDB 10.5 and later.
    public static var mariaDB: MySQLDialect { MySQLDialect(flavor: .mariadb) }
}

extension MySQLDialect {
    public var lexicalRules: SQLLexicalRules { .mySQL }
}

extension MySQLDialect {
    /// Table options removed by setting them to `0` (they refuse `default`).
    static let zeroResetOptions: Set<String> = ["key_block_size", "avg_row_length", "max_rows", "min_rows", "checksum",
                                                "delay_key_write"]

    /// `row_format = compressed, key_block_size = 8`: names as words, values as words, numbers or
    /// string literals.
    func tableParameters(_ parameters: [(name: String, value: String)]) -> SQLFragment {
        parameters.map { parameter -> SQLFragment in
            let isPlain = Double(parameter.value) != nil || isBareWord(parameter.value)
            return "\(word: parameter.name) = " + (isPlain ? "\(raw: parameter.value)" : "\(literal: parameter.value)")
        }.joined(separator: ", ")
    }
}
