import SchemaKitCore

/// Builds a `DatabaseSchema` from the rows of the PostgreSQL catalog queries; pure and
/// synchronous, so every decoding rule can be tested with recorded rows and no server.
///
/// ```swift
/// var rows = PostgresCatalogRows()
/// rows.tables = [["public", "post", nil], ["app", "user", "People"]]
/// rows.columns = [
///     ["public", "post", "id", "integer", "int4", "b", "f", "nextval('post_id_seq'::regclass)", "", "", nil, nil],
///     ["app", "user", "mood", "app.mood", "mood", "e", "t", nil, "", "", nil, nil],
/// ]
/// rows.enums = [["app", "mood", "sad"], ["app", "mood", "ok"]]
/// let schema = PostgresSchemaReader().schema(from: rows)
/// schema.namespaces                     // ["app"]
/// schema.tables[0].columns[0]           // "id" integer, auto-increment: create table "post" ("id" serial ...)
/// schema.tables[1].columns[0].type      // "mood", nativeEnumName "mood", enumItems ["sad", "ok"]
/// ```
///
/// What it reads from PostgreSQL's own spelling:
/// - tables of the default schema (`public`) come back without a schema, others with theirs,
///   and those schemas are the `DatabaseSchema/namespaces`;
/// - a column of an enum type (`typtype` `e`) has the type's name as its type, and the labels as
///   `ColumnSchema/enumItems`;
/// - identity columns and `nextval(…)` defaults are auto-increment; a stored generated column's
///   default expression is its `GeneratedColumn` expression;
/// - the primary key index is the `PrimaryKeySchema` (named only when not `<table>_pkey`);
///   an index with an expression part keeps every part as written in `IndexSchema/expression`,
///   with its collation, operator class, direction and nulls order; a collation equal to the
///   column's, the type's default operator class and the direction's own nulls order are not
///   recorded;
/// - a check's `CHECK ` prefix goes.
struct PostgresSchemaReader: Sendable {
    var dialect = PostgreSQLDialect()
    /// Tables and columns to leave out; ignored schemas are already left out by the queries.
    var options = IntrospectionOptions()

    func schema(from rows: PostgresCatalogRows) -> DatabaseSchema {
        var tables: [QualifiedName: TableSchema] = [:]
        var order: [QualifiedName] = []
        var namespaces: Set<String> = []
        for row in rows.tables {
            guard row.cell(1) != nil else {
                // A schema row: every schema but the default one is a namespace, empty or not.
                if let schema = row.cell(0), schema != "public" { namespaces.insert(schema) }
                continue
            }
            let name = key(row.cell(0), row.cell(1))
            let options = TableOptions(parameters: (row.cell(4) ?? "").split(separator: ",").map(String.init),
                                       isUnlogged: row.cell(3) == "u")
            tables[name] = TableSchema(name: name.name, schema: name.schema, comment: row.cell(2), options: options)
            order.append(name)
            if let schema = name.schema { namespaces.insert(schema) }
        }
        readColumns(rows.columns, into: &tables)
        let (enums, enumOrder) = readEnums(rows.enums, into: &tables)
        readIndexes(rows.indexes, into: &tables)
        readForeignKeys(rows.foreignKeys, into: &tables)
        readChecks(rows.checks, into: &tables)

        let schema = DatabaseSchema(
            tables: order.compactMap { tables[$0] }, nativeEnums: enumOrder.compactMap { enums[$0] },
            namespaces: namespaces.sorted())
        return schema.filtered(skipTables: options.skipTables, skipColumns: options.skipColumns, ignoreSchema: options.ignoreSchema)
    }

    /// A table or type name; the default schema is left implicit.
    private func key(_ schema: String?, _ name: String?) -> QualifiedName {
        QualifiedName(name ?? "", schema: schema == dialect.defaultSchema ? nil : schema)
    }

    // MARK: - Columns

    private func readColumns(_ rows: [[String?]], into tables: inout [QualifiedName: TableSchema]) {
        for row in rows {
            let table = key(row.cell(0), row.cell(1))
            guard tables[table] != nil, let name = row.cell(2), let formatted = row.cell(3) else { continue }
            let isEnum = row.cell(5) == "e"
            var column = ColumnSchema(name: name, type: isEnum ? (row.cell(4) ?? formatted) : formatted, isNullable: row.cell(6) == "t")
            if isEnum { column.nativeEnumName = row.cell(4) }
            let defaultValue = row.cell(7)
            let identity = row.cell(8) ?? ""
            if row.cell(9) == "s", let expression = defaultValue {
                column.generated = GeneratedColumn(expression, storage: .stored)
            } else if identity == "a" || identity == "d" || (defaultValue?.hasPrefix("nextval(") ?? false) {
                column.isAutoincrement = true
                if identity == "a" || identity == "d" {
                    column.identity = ColumnIdentity(identity == "a" ? .always : .byDefault,
                                                     options: Self.identityOptions(row.cell(12), type: formatted))
                }
                // Kept for the sequence's name (an update that widens the column widens it too);
                // the comparator does not compare defaults of auto-increment columns.
                column.defaultValue = defaultValue
            } else {
                column.defaultValue = defaultValue
            }
            column.comment = row.cell(10)
            column.collation = row.cell(11)
            column.storage = switch row.cell(13) {
            case "p": .plain
            case "e": .external
            case "m": .main
            case "x": .extended
            default: nil
            }
            tables[table]?.columns.append(column)
        }
    }

    /// The options of an identity column's sequence (`start increment min max cache cycle`) that
    /// differ from the defaults for an ascending sequence of the column's type.
    static func identityOptions(_ text: String?, type: String) -> [String] {
        let values = (text ?? "").split(separator: " ").map(String.init)
        guard values.count == 6, let increment = Int64(values[1]) else { return [] }
        let typeMax: Int64 = switch type {
        case "smallint": Int64(Int16.max)
        case "integer": Int64(Int32.max)
        default: Int64.max
        }
        let ascending = increment > 0
        let defaultMin = ascending ? "1" : String(type == "smallint" ? Int64(Int16.min) : type == "integer" ? Int64(Int32.min) : Int64.min)
        let defaultMax = ascending ? String(typeMax) : "-1"
        let (start, minimum, maximum, cache) = (values[0], values[2], values[3], values[4])
        var options: [String] = []
        if start != (ascending ? minimum : maximum) { options.append("start with \(start)") }
        if increment != 1 { options.append("increment by \(increment)") }
        if minimum != defaultMin { options.append("minvalue \(minimum)") }
        if maximum != defaultMax { options.append("maxvalue \(maximum)") }
        if cache != "1" { options.append("cache \(cache)") }
        if values[5] == "t" { options.append("cycle") }
        return options
    }

    // MARK: - Enum types

    /// The enum types in catalog order, and their labels on the columns that use them.
    private func readEnums(
        _ rows: [[String?]], into tables: inout [QualifiedName: TableSchema]
    ) -> ([QualifiedName: NativeEnumSchema], [QualifiedName]) {
        var enums: [QualifiedName: NativeEnumSchema] = [:]
        var order: [QualifiedName] = []
        for row in rows {
            let name = key(row.cell(0), row.cell(1))
            if enums[name] == nil {
                enums[name] = NativeEnumSchema(name: name.name, schema: name.schema, values: [])
                order.append(name)
            }
            enums[name]?.values.append(row.cell(2) ?? "")
        }
        for (table, value) in tables {
            for index in value.columns.indices where value.columns[index].nativeEnumName != nil {
                let name = value.columns[index].nativeEnumName ?? ""
                tables[table]?.columns[index].enumItems = enums[key(table.schema ?? "public", name)]?.values
            }
        }
        return (enums, order)
    }

    // MARK: - Primary keys and indexes

    private func readIndexes(_ rows: [[String?]], into tables: inout [QualifiedName: TableSchema]) {
        var indexOrder: [QualifiedName: [String]] = [:]
        var indexes: [QualifiedName: [String: IndexSchema]] = [:]
        // Every key part as written, for indexes with at least one expression part.
        var keyParts: [QualifiedName: [String: [String]]] = [:]
        // The expression of a one-part expression index without options, as written.
        var plainExpressions: [QualifiedName: [String: String]] = [:]
        for row in rows {
            let table = key(row.cell(0), row.cell(1))
            guard tables[table] != nil, let name = row.cell(2) else { continue }
            if row.cell(4) == "t" {
                if let column = row.cell(8), row.cell(11) != "f" {
                    var primaryKey = tables[table]?.primaryKey ?? PrimaryKeySchema(
                        name: name == PostgreSQLDialect().defaultPrimaryKeyName(table: table.name) ? nil : name, columns: [])
                    primaryKey.columns.append(column)
                    tables[table]?.primaryKey = primaryKey
                }
                continue
            }
            if indexes[table]?[name] == nil {
                indexOrder[table, default: []].append(name)
                indexes[table, default: [:]][name] = IndexSchema(
                    name: name, columns: [], isUnique: row.cell(3) == "t", isConstraint: row.cell(5) == "u",
                    predicate: row.cell(7), method: row.cell(6) == "btree" ? nil : row.cell(6),
                    storageParameters: (row.cell(15) ?? "").split(separator: ",").map(String.init).sorted(),
                    nullsNotDistinct: row.cell(16) == "t",
                    deferral: row.cell(18) == "t" ? (row.cell(19) == "t" ? .deferred : .immediate) : nil,
                    comment: row.cell(17))
            }
            guard row.cell(11) != "f" else {
                if let column = row.cell(8) { indexes[table]?[name]?.include.append(column) }
                continue
            }
            let descending = row.cell(10) == "t"
            // Where NULLs sort when not where the direction puts them.
            let nullsFirst = row.cell(14).map { $0 == "t" } ?? descending
            let nulls: NullsOrder? = nullsFirst == descending ? nil : (nullsFirst ? .first : .last)
            let part = IndexSchema.Column(row.cell(8) ?? "", descending: descending, collation: row.cell(12),
                                          operatorClass: row.cell(13), nulls: nulls)
            if let column = row.cell(8) {
                indexes[table]?[name]?.columns.append(part)
                keyParts[table, default: [:]][name, default: []].append(keyPart(dialect.quoteIdentifier(column), part))
            } else if let expression = row.cell(9) {
                indexes[table]?[name]?.expression = ""
                keyParts[table, default: [:]][name, default: []].append(keyPart(expression, part, parenthesised: true))
                if !part.isDescending, !part.hasOptions { plainExpressions[table, default: [:]][name] = expression }
            }
        }
        for (table, names) in indexOrder {
            tables[table]?.indexes = names.compactMap { name in
                guard var index = indexes[table]?[name] else { return nil }
                if index.expression != nil {
                    let parts = keyParts[table]?[name] ?? []
                    // One plain expression is the expression itself; several parts, or one with
                    // options, are a list of index elements.
                    if parts.count == 1, let only = plainExpressions[table]?[name] {
                        index.expression = only
                    } else {
                        index.expression = parts.joined(separator: ", ")
                    }
                    index.columns = []
                }
                return index
            }
        }
    }

    /// One key part of an expression index, with its options as PostgreSQL writes them; an
    /// expression is parenthesised, so the part is an index element whatever it is.
    private func keyPart(_ text: String, _ part: IndexSchema.Column, parenthesised: Bool = false) -> String {
        var text = parenthesised ? "(\(text))" : text
        if let collation = part.collation { text += " collate \(dialect.quoteIdentifier(collation))" }
        if let operatorClass = part.operatorClass { text += " \(operatorClass)" }
        if part.isDescending { text += " desc" }
        if let nulls = part.nulls { text += " nulls \(nulls.rawValue)" }
        return text
    }

    // MARK: - Foreign keys and checks

    private func readForeignKeys(_ rows: [[String?]], into tables: inout [QualifiedName: TableSchema]) {
        var foreignKeys: [QualifiedName: [ForeignKeySchema]] = [:]
        for row in rows {
            let table = key(row.cell(0), row.cell(1))
            guard tables[table] != nil, let name = row.cell(2), let column = row.cell(9), let referenced = row.cell(10) else { continue }
            var list = foreignKeys[table] ?? []
            // PostgreSQL 15 `on delete set null (columns)`, read through `to_jsonb` so older servers answer too.
            let resets = row.cell(13) == "t"
            if let index = list.firstIndex(where: { $0.name == name }) {
                list[index].columns.append(column)
                list[index].referencedColumns.append(referenced)
                if resets { list[index].deleteSetColumns = (list[index].deleteSetColumns ?? []) + [column] }
            } else {
                list.append(ForeignKeySchema(
                    name: name, columns: [column], referencedTable: key(row.cell(3), row.cell(4)), referencedColumns: [referenced],
                    deleteRule: Self.rule(row.cell(6)), updateRule: Self.rule(row.cell(5)),
                    deferral: row.cell(7) == "t" ? (row.cell(8) == "t" ? .deferred : .immediate) : nil,
                    matchesFull: row.cell(11) == "f", comment: row.cell(12), deleteSetColumns: resets ? [column] : nil))
            }
            foreignKeys[table] = list
        }
        for (table, list) in foreignKeys { tables[table]?.foreignKeys = list }
    }

    private func readChecks(_ rows: [[String?]], into tables: inout [QualifiedName: TableSchema]) {
        for row in rows {
            let table = key(row.cell(0), row.cell(1))
            guard tables[table] != nil, let name = row.cell(2), let definition = row.cell(3) else { continue }
            if row.cell(7) == "x" {
                tables[table]?.exclusions.append(ExclusionConstraintSchema(name: name, definition: definition))
                continue
            }
            var expression = definition
            if expression.lowercased().hasPrefix("check ") { expression = String(expression.dropFirst(6)) }
            // `CHECK ((a > 0)) NO INHERIT`: the clause is not part of the expression.
            let noInherit = row.cell(5) == "t"
            if noInherit, expression.uppercased().hasSuffix(" NO INHERIT") { expression = String(expression.dropLast(11)) }
            tables[table]?.checks.append(CheckSchema(name: name, expression: expression, column: row.cell(4),
                                                     isNoInherit: noInherit, comment: row.cell(6)))
        }
    }

    /// `pg_constraint.confupdtype`/`confdeltype` letters.
    static func rule(_ letter: String?) -> ReferentialAction? {
        switch letter {
        case "c": .cascade
        case "n": .setNull
        case "d": .setDefault
        case "r": .restrict
        default: nil
        }
    }
}
