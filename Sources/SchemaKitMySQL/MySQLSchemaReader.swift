import Foundation
import SchemaKitCore

/// Builds a `DatabaseSchema` from catalog rows; pure, so it needs no server to reason about.
///
/// What it undoes of the server's own spelling:
/// - `int(11)`, `int(10) unsigned`: the display width goes and `unsigned` becomes
///   `ColumnSchema/isUnsigned` (`tinyint(1)`, the boolean type, keeps its width);
/// - MariaDB's `json` is `longtext` in `utf8mb4_bin` with a column-level check `json_valid(col)`
///   named after the column: it comes back as `json`, without that check; any other column-level
///   check is the column's ``ColumnSchema/check``, since `modify` restates it;
/// - MySQL returns string defaults unquoted (`draft`), MariaDB quoted (`'draft'`): both become
///   SQL expressions; MariaDB's `NULL` (no default) is no default;
/// - MySQL 8 backslash-escapes checks, generation expressions, functional index parts and
///   expression defaults (`_utf8mb4\'a\'`): one level of escaping comes off, and an expression
///   default that is one introduced literal (`_utf8mb4'x'`) is that literal (`'x'`);
/// - a prefix-length key part (`email(10)`) has no place in `IndexSchema`, so an index with one
///   reads as an expression index (`IndexSchema/expression` `` `email`(10) ``): it then never
///   compares equal to an index on the whole column;
/// - the `PRIMARY` index is the primary key, not an index; a collation equal to the table's is none.
struct MySQLSchemaReader {
    let dialect: MySQLDialect
    /// MariaDB (10.2.7 and later) returns defaults as SQL expressions; MySQL returns literal text.
    let defaultsAreQuoted: Bool
    /// MySQL 8 returns `CHECK_CLAUSE`, `GENERATION_EXPRESSION`, `STATISTICS.EXPRESSION` and
    /// `DEFAULT_GENERATED` defaults with one extra level of backslash escaping
    /// (https://bugs.mysql.com/bug.php?id=100607); MariaDB does not.
    let expressionsAreEscaped: Bool

    func schema(from catalog: MySQLCatalog) -> DatabaseSchema {
        var builder = Builder(reader: self)
        for row in catalog.tables { builder.addTable(row) }
        for row in catalog.columns { builder.addColumn(row) }
        return builder.schema(rest: catalog)
    }

    /// Tables and columns read as their rows arrive — the columns are most of a catalog's rows,
    /// and a column takes less room than its row — then the rest from the smaller queries.
    ///
    /// ```swift
    /// var builder = MySQLSchemaReader.Builder(reader: reader)
    /// builder.addTable(["book", "", "utf8mb4_general_ci", "InnoDB", "", "BASE TABLE"])
    /// builder.addColumn(["book", "title", "varchar(200)", "NO", nil, "", "utf8mb4_general_ci", "", nil])
    /// let schema = builder.schema(rest: MySQLCatalog())   // indexes, keys, checks from `rest`
    /// ```
    struct Builder: Sendable {
        let reader: MySQLSchemaReader
        private var tables: [String: TableSchema] = [:]
        private var order: [String] = []
        private var tableCollations: [String: String] = [:]
        private var partitioned: Set<String> = []
        /// A schema has a few dozen distinct column types; each is taken apart once, not per column.
        private var types: [String: ColumnType] = [:]

        init(reader: MySQLSchemaReader) { self.reader = reader }

        /// The partitioned tables added so far, by name.
        var partitionedTables: [String] { partitioned.sorted() }

        /// A ``MySQLCatalogQueries/tables`` row.
        mutating func addTable(_ row: [String?]) {
            guard let name = row.cell(0) else { return }
            let comment = row.cell(1).flatMap { $0.isEmpty ? nil : $0 }
            tables[name] = TableSchema(name: name, comment: comment, collation: row.cell(2),
                                       options: TableOptions(engine: row.cell(3), parameters: MySQLSchemaReader.createOptions(row.cell(4)),
                                                             isSystemVersioned: row.cell(5) == "SYSTEM VERSIONED"))
            if MySQLSchemaReader.isPartitioned(createOptions: row.cell(4)) { partitioned.insert(name) }
            tableCollations[name] = row.cell(2)
            order.append(name)
        }

        /// A ``MySQLCatalogQueries/columns`` row, of a table already added.
        mutating func addColumn(_ row: [String?]) {
            guard let table = row.cell(0), tables[table] != nil, let name = row.cell(1), let columnType = row.cell(2) else { return }
            let type = types[columnType] ?? {
                let parsed = ColumnType(columnType, dialect: reader.dialect)
                types[columnType] = parsed
                return parsed
            }()
            tables[table]?.columns.append(reader.column(row, name: name, type: type, tableCollation: tableCollations[table]))
        }

        /// The schema, with the checks, indexes, periods, partitioning and foreign keys of `rest`
        /// (its tables and columns are not read again).
        func schema(rest catalog: MySQLCatalog) -> DatabaseSchema {
            var tables = tables
            for name in partitioned {
                tables[name]?.options.partitioning = catalog.definitions[name].flatMap(MySQLSchemaReader.partitionClause)
            }
            reader.readChecks(catalog.checks, into: &tables)
            reader.readIndexes(catalog.indexColumns, into: &tables)
            for (name, definition) in catalog.definitions { reader.readPeriods(definition, into: &tables[name]) }
            reader.readForeignKeys(catalog.foreignKeyColumns, into: &tables)
            return DatabaseSchema(tables: order.compactMap { tables[$0] }).canonical
        }
    }

    // MARK: - Columns

    /// `COLUMN_TYPE` as the model wants it.
    fileprivate struct ColumnType {
        var type: String
        var isUnsigned: Bool
        var enumItems: [String]?

        init(_ columnType: String, dialect: MySQLDialect) {
            // MariaDB writes attributes newer than the type syntax as versioned comments:
            // `text /*M!100301 COMPRESSED*/` is `text compressed`.
            let columnType = columnType.contains("/*")
                ? columnType.replacing(#/\s*\/\*M!\d+\s+([^*]*?)\s*\*\//#) { " " + $0.output.1 }
                : columnType
            (type, isUnsigned) = dialect.canonicalType(columnType)
            enumItems = dialect.enumItems(inType: columnType)
        }
    }

    fileprivate func column(_ row: [String?], name: String, type columnType: ColumnType, tableCollation: String?) -> ColumnSchema {
        let extra = (row.cell(5) ?? "").lowercased()
        let type = columnType.type
        var column = ColumnSchema(name: name, type: type, isNullable: row.cell(3) == "YES")
        column.isUnsigned = columnType.isUnsigned
        column.isAutoincrement = extra.contains("auto_increment")
        // `on update current_timestamp(), invisible`: words, with the commas between attributes gone.
        let words = extra.split { $0 == " " || $0 == "," }
        if let position = words.firstIndex(of: "update"), position > 0, words[position - 1] == "on", position + 1 < words.count {
            column.onUpdate = String(words[position + 1])
        }
        column.isInvisible = words.contains("invisible")
        if let expression = row.cell(8), !expression.isEmpty {
            let storage: GeneratedColumn.Storage = extra.contains("stored generated") || extra.contains("persistent generated")
                ? .stored : .virtual
            column.generated = GeneratedColumn(unescaped(expression), storage: storage)
        } else {
            column.defaultValue = defaultValue(row.cell(4), type: type, extra: extra)
        }
        if let collation = row.cell(6), collation != tableCollation { column.collation = collation }
        column.comment = row.cell(7).flatMap { $0.isEmpty ? nil : $0 }
        column.enumItems = columnType.enumItems
        return column
    }

    /// The default as a SQL expression.
    ///
    /// MariaDB writes literals quoted and `NULL` for "no default"; MySQL writes the literal's
    /// text and marks expression defaults `DEFAULT_GENERATED` in `EXTRA`.
    private func defaultValue(_ raw: String?, type: String, extra: String) -> String? {
        guard let raw else { return nil }
        if defaultsAreQuoted { return raw == "NULL" ? nil : raw }
        let base = type.prefix { $0.isLetter }
        let isNumeric = ["tinyint", "smallint", "mediumint", "int", "bigint", "decimal", "float", "double", "year"].contains(base)
        let isTimestampFunction = raw.lowercased().hasPrefix("current_timestamp")
        if extra.contains("default_generated") {
            // An expression default; MySQL 8 escapes it, and writes `('x')` as `_utf8mb4'x'`.
            let expression = unescaped(raw)
            return dialect.stringLiteralValue(of: expression).map(dialect.quoteLiteral) ?? expression
        }
        if isTimestampFunction || isNumeric || (base == "bit" && raw.hasPrefix("b'")) {
            return raw
        }
        return dialect.quoteLiteral(raw)
    }

    // MARK: - Checks

    /// Rows: `TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL` (`LEVEL` on MariaDB only).
    fileprivate func readChecks(_ rows: [[String?]], into tables: inout [String: TableSchema]) {
        for row in rows {
            guard let tableName = row.cell(0), var table = tables[tableName],
                  let name = row.cell(1), let escapedClause = row.cell(2) else { continue }
            let clause = unescaped(escapedClause)
            let level = row.cell(3)
            // A column-level check is named after its column.
            if level != "Table", let index = table.columns.firstIndex(where: { $0.name == name }) {
                let column = table.columns[index]
                // MariaDB's `json` is `longtext` in `utf8mb4_bin` plus this column check.
                let collation = (column.collation ?? table.collation)?.lowercased()
                if column.type == "longtext", level == nil || collation == "utf8mb4_bin",
                   dialect.canonicalExpression(clause) == dialect.canonicalExpression("json_valid(\(dialect.quoteIdentifier(name)))") {
                    table.columns[index].type = "json"
                    table.columns[index].collation = nil
                    tables[tableName] = table
                    continue
                }
                if level == "Column" {
                    table.columns[index].check = clause
                    tables[tableName] = table
                    continue
                }
            }
            let referenced = Set(Self.quotedIdentifiers(in: clause)).filter { table.column($0) != nil }
            table.checks.append(CheckSchema(name: name, expression: clause, column: referenced.count == 1 ? referenced.first : nil))
            tables[tableName] = table
        }
    }

    // MARK: - MySQL 8 escaping

    /// `text` without MySQL 8's extra escaping when the server adds it, otherwise unchanged.
    private func unescaped(_ text: String) -> String {
        expressionsAreEscaped ? Self.removingBackslashEscapes(text) : text
    }

    /// Removes one level of backslash escaping: `\'` is `'`, `\\` is `\`, `\n` a newline; a
    /// trailing lone backslash stays.
    ///
    /// ```swift
    /// MySQLSchemaReader.removingBackslashEscapes(#"(`s` in (_utf8mb4\'a\'))"#)   // (`s` in (_utf8mb4'a'))
    /// ```
    static func removingBackslashEscapes(_ text: String) -> String {
        guard text.unicodeScalars.contains("\\") else { return text }
        // Scalars, not characters: a backslash followed by a combining mark is one `Character`.
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\" else {
                output.append(scalar)
                continue
            }
            guard let escaped = scalars.next() else {
                output.append(scalar)
                break
            }
            output.append(contentsOf: String(MySQLDialect.backslashEscapes[Character(escaped)] ?? Character(escaped)).unicodeScalars)
        }
        return String(output)
    }

    /// The backquoted names in an expression: the server quotes every column it writes back.
    static func quotedIdentifiers(in expression: String) -> [String] {
        SQLLexer(rules: .mySQL).tokens(in: expression).filter { $0.kind == .quotedIdentifier }.map(\.identifierValue)
    }

    // MARK: - Periods

    /// Whether a check row (`TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL`) may be the one
    /// MariaDB makes for an application-time period: table-level, `` `start` < `end` ``.
    static func mayBePeriod(check row: [String?]) -> Bool {
        guard row.cell(3) == "Table", let clause = row.cell(2) else { return false }
        return clause.range(of: #"^`(?:[^`]|``)+` < `(?:[^`]|``)+`$"#, options: .regularExpression) != nil
    }

    /// The periods of a `show create table` text and the unique keys that keep one free of
    /// overlaps: each period's check goes (the server's, named after the period), and such a
    /// key's last two parts (the period's end and start, as `information_schema` lists them)
    /// become ``IndexSchema/withoutOverlaps``. Names are read with the SQL lexer, one line of the
    /// definition at a time (``quotedIdentifiers(in:)``).
    fileprivate func readPeriods(_ definition: String, into table: inout TableSchema?) {
        guard var read = table else { return }
        for line in definition.split(separator: "\n").map({ $0.trimmed() }) {
            if line.hasPrefix("PERIOD FOR `") {
                let names = Self.quotedIdentifiers(in: line)
                guard names.count == 3 else { continue }
                read.periods.append(PeriodSchema(name: names[0], start: names[1], end: names[2]))
                read.checks.removeAll { $0.name == names[0] }
            } else if line.hasPrefix("UNIQUE KEY `"), let end = line.range(of: " WITHOUT OVERLAPS)") {
                let names = Self.quotedIdentifiers(in: String(line[..<end.lowerBound]))
                guard let key = names.first, let name = names.last, names.count > 1,
                      let period = read.periods.first(where: { $0.name == name }),
                      let position = read.indexes.firstIndex(where: { $0.name == key }) else { continue }
                var index = read.indexes[position]
                if Set(index.columns.suffix(2).map(\.name)) == [period.start, period.end] { index.columns.removeLast(2) }
                index.withoutOverlaps = period.name
                index.isConstraint = false
                read.indexes[position] = index
            }
        }
        table = read
    }

    /// Whether `TABLES.CREATE_OPTIONS` flags a partitioned table.
    static func isPartitioned(createOptions text: String?) -> Bool {
        (text ?? "").split(separator: " ").contains { $0.lowercased() == "partitioned" }
    }

    /// The `partition by …` clause of a `show create table` text, on one line, without what the
    /// server adds to what was declared: MySQL's version comment (`/*!50100 … */`) and each
    /// partition's `ENGINE = InnoDB`. `nil` when the text has none.
    ///
    /// ```swift
    /// MySQLSchemaReader.partitionClause(inCreateTable: "CREATE TABLE `t` (…) ENGINE=InnoDB\n PARTITION BY HASH (`id`)\nPARTITIONS 4")
    /// // "PARTITION BY HASH (`id`) PARTITIONS 4"
    /// ```
    static func partitionClause(inCreateTable text: String) -> String? {
        // The body ends at the first line that starts with `)` (its lines are indented); the
        // clause starts a later line (a `SUBPARTITION BY` comes after it, a table comment before).
        guard let bodyEnd = text.range(of: "\n)")?.upperBound,
              let line = text.range(of: #"\n(/\*!\d+ )? *PARTITION BY"#, options: .regularExpression, range: bodyEnd..<text.endIndex),
              let start = text.range(of: "PARTITION BY", range: line)?.lowerBound else { return nil }
        var clause = String(text[start...])
        if text[bodyEnd..<start].contains("/*!"), clause.hasSuffix("*/") { clause.removeLast(2) }
        clause = clause.replacingOccurrences(of: #" ENGINE = [A-Za-z0-9_]+"#, with: "", options: .regularExpression)
        // One line: runs of white space outside quotes become one space.
        var result = "", quote: Character?, pendingSpace = false
        for character in clause {
            if let open = quote {
                result.append(character)
                if character == open { quote = nil }
                continue
            }
            if character.isWhitespace { pendingSpace = !result.isEmpty; continue }
            if pendingSpace, !(result.last == "(" || character == ")" || character == ",") { result.append(" ") }
            pendingSpace = false
            if character == "'" || character == "`" || character == "\"" { quote = character }
            result.append(character)
        }
        return result.isEmpty ? nil : result
    }

    /// `CREATE_OPTIONS` (`row_format=COMPRESSED key_block_size=8 `page_compressed`=1`) as
    /// `name=value` in lower case; `partitioned` is not an option one writes.
    static func createOptions(_ text: String?) -> [String] {
        (text ?? "").split(separator: " ").compactMap { option in
            // Engine-defined options come quoted: `page_compressed`='1'.
            let parts = option.split(separator: "=", maxSplits: 1).map { $0.filter { $0 != "`" && $0 != "'" }.lowercased() }
            guard parts.count == 2, !parts[0].isEmpty else { return nil }
            return "\(parts[0])=\(parts[1])"
        }.sorted()
    }

    // MARK: - Indexes

    private struct IndexKey: Hashable {
        var table: String
        var name: String
    }

    /// Rows: `TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, COLLATION, INDEX_TYPE, EXPRESSION, SUB_PART,
    /// INDEX_COMMENT, ignored (YES/NO)`.
    fileprivate func readIndexes(_ rows: [[String?]], into tables: inout [String: TableSchema]) {
        /// One key part: a column, or an expression (a functional part, or a column prefix).
        struct Part {
            var column: IndexSchema.Column?
            var expression: String?
        }
        var indexes: [IndexKey: (index: IndexSchema, parts: [Part], type: String)] = [:]
        var order: [IndexKey] = []
        for row in rows {
            guard let table = row.cell(0), tables[table] != nil, let name = row.cell(1) else { continue }
            let key = IndexKey(table: table, name: name)
            if indexes[key] == nil {
                let comment = row.cell(8).flatMap { $0.isEmpty ? nil : $0 }
                let isIgnored = row.cell(9) == "YES"
                var index = IndexSchema(name: name, columns: [], isUnique: row.cell(2) == "0", comment: comment)
                index.isIgnored = isIgnored
                indexes[key] = (index, [], row.cell(5) ?? "BTREE")
                order.append(key)
            }
            if let name = row.cell(3) {
                var column = IndexSchema.Column(name, descending: row.cell(4) == "D")
                // A prefix-length part (`email(10)`) is the column's `length`.
                // MariaDB reports a `SUB_PART` of 32 on every spatial key part, one nobody wrote.
                // MariaDB also gives an index on a whole TEXT or BLOB column a prefix of its own choosing,
                // InnoDB's 3072-byte key limit in characters (768 for utf8mb4, 1024 for utf8mb3, 3072
                // for single-byte sets): that index is the whole-column one SchemaKit asked for. Any
                // other prefix was written by someone and is kept.
                let isSpatial = row.cell(5)?.uppercased() == "SPATIAL"
                let type = tables[table]?.column(name)?.type.lowercased() ?? ""
                let isAutomaticPrefix = (type.hasSuffix("text") || type.hasSuffix("blob"))
                    && ["768", "1024", "3072"].contains(row.cell(7) ?? "")
                column.length = isSpatial || isAutomaticPrefix ? nil : row.integer(7)
                indexes[key]?.parts.append(Part(column: column))
            } else {
                // A functional key part (MySQL 8) has no column, only an expression.
                indexes[key]?.parts.append(Part(expression: unescaped(row.cell(6) ?? "")))
            }
        }
        for key in order {
            guard let entry = indexes[key] else { continue }
            var index = entry.index
            if key.name == "PRIMARY" {
                // `PrimaryKeySchema` has columns only: a prefix on a primary key part is not kept.
                tables[key.table]?.primaryKey = PrimaryKeySchema(columns: entry.parts.compactMap { $0.column?.name })
                continue
            }
            if entry.parts.contains(where: { $0.expression != nil }) {
                // Key parts in order: expressions as written, columns quoted.
                index.expression = entry.parts.map { part in
                    part.expression ?? part.column.map { quotedPart($0, suffix: $0.length.map { "(\($0))" } ?? "") } ?? ""
                }.joined(separator: ", ")
            } else {
                index.columns = entry.parts.compactMap(\.column)
            }
            // `using btree` only where it is not the engine's default: MEMORY's keys are hash
            // keys. Elsewhere `HASH` is no choice of the schema's: InnoDB makes a `using hash`
            // key a B-tree, and MariaDB a unique key too long for a B-tree a hash key by itself.
            let isMemory = ["memory", "heap"].contains(tables[key.table]?.options.engine?.lowercased() ?? "")
            switch entry.type.uppercased() {
            case "FULLTEXT": index.method = "fulltext"
            case "SPATIAL": index.method = "spatial"
            case "BTREE" where isMemory: index.method = "btree"
            default: break
            }
            index.isConstraint = index.isUnique && index.expression == nil && index.method == nil
                && index.columns.allSatisfy { !$0.hasOptions }
                && !index.columns.contains(where: \.isDescending)
            tables[key.table]?.indexes.append(index)
        }
    }

    /// `` `name`(10) desc ``: a column key part as it reads inside an index expression.
    private func quotedPart(_ column: IndexSchema.Column, suffix: String) -> String {
        dialect.quoteIdentifier(column.name) + suffix + (column.isDescending ? " desc" : "")
    }

    // MARK: - Foreign keys

    fileprivate func readForeignKeys(_ rows: [[String?]], into tables: inout [String: TableSchema]) {
        var keys: [IndexKey: ForeignKeySchema] = [:]
        var order: [IndexKey] = []
        for row in rows {
            guard let table = row.cell(0), tables[table] != nil, let name = row.cell(1), let column = row.cell(2),
                  let referencedTable = row.cell(5), let referencedColumn = row.cell(6) else { continue }
            let key = IndexKey(table: table, name: name)
            if keys[key] == nil {
                let isLocal = row.cell(3) == "1"
                keys[key] = ForeignKeySchema(
                    name: name, columns: [], referencedTable: QualifiedName(referencedTable, schema: isLocal ? nil : row.cell(4)),
                    referencedColumns: [], deleteRule: Self.action(row.cell(8)), updateRule: Self.action(row.cell(7)))
                order.append(key)
            }
            keys[key]?.columns.append(column)
            keys[key]?.referencedColumns.append(referencedColumn)
        }
        for key in order {
            if let foreignKey = keys[key] { tables[key.table]?.foreignKeys.append(foreignKey) }
        }
    }

    private static func action(_ rule: String?) -> ReferentialAction? {
        switch rule?.uppercased() {
        case "CASCADE": .cascade
        case "SET NULL": .setNull
        case "SET DEFAULT": .setDefault
        case "RESTRICT": .restrict
        case "NO ACTION": .noAction
        default: nil
        }
    }
}
