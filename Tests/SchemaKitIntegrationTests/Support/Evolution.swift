import SchemaKitCore
import Testing

/// One update applied to a live database holding rows: create `before`, fill every table,
/// update to `after`, and check what must hold afterwards.
///
/// - the live schema equals `after` (unless the options keep things, as safe mode does);
/// - a second update with the same options has nothing left to do;
/// - every table that survives keeps its rows, and every column that survives with the same
///   type keeps its values — renamed columns included.
struct Evolution {
    /// How the update reaches the database.
    enum Apply {
        /// `updateSchema()`: the typed script.
        case updateSchema
        /// The dumped text of the script through `execute(_: String)`, as a user runs a saved dump.
        case dumpedText
    }

    var before: [EntitySchema]
    var after: [EntitySchema]
    var options: UpdateSchemaOptions = .init()
    var convergesToTarget = true
    var apply = Apply.updateSchema
    /// Printed with every failure, so a random evolution can be replayed.
    var label: String

    /// Runs the evolution and records every problem as an issue labelled with ``label``,
    /// whatever raises it — an invalid model, a failing statement or a difference left behind.
    /// Returns whether it passed, so a caller can count failures and keep going.
    @discardableResult
    func run(on database: any SchemaDatabase, sourceLocation: SourceLocation = #_sourceLocation) async -> Bool {
        var problems = 0
        func check(_ condition: Bool, _ message: @autoclosure () -> String) {
            guard !condition else { return }
            problems += 1
            Issue.record(Comment(rawValue: "\(label): \(message())"), sourceLocation: sourceLocation)
        }
        do {
            try await perform(on: database, check: check)
        } catch {
            check(false, "\(error)")
        }
        return problems == 0
    }

    private func perform(on database: any SchemaDatabase, check: (Bool, @autoclosure () -> String) -> Void) async throws {
        let dialect = database.dialect
        let old = SchemaGenerator(SchemaConfiguration(schemas: before, database: .dialect(dialect)), database: database)
        try await old.createSchema()
        let oldTarget = try old.targetSchema()
        try await RowFiller(dialect: dialect).fill(oldTarget, on: database)
        let snapshot = try await RowSnapshot.read(oldTarget, on: database)

        let new = SchemaGenerator(SchemaConfiguration(schemas: after, database: .dialect(dialect)), database: database)
        let live = try await new.introspect()
        let script = try new.updateSchemaScript(from: live, options)
        do {
            switch apply {
            case .updateSchema: try await new.updateSchema(options)
            case .dumpedText: try await new.execute(script.text)
            }
        } catch {
            check(false, "update failed: \(error)\n\(script.text)")
            return
        }
        let updated = try await new.introspect()
        if convergesToTarget {
            let difference = try new.updateDifference(from: updated, .init(schema: options.schema))
            check(difference.isEmpty, "still differs after the update:\n\(difference)\nupdate was:\n\(script.text)")
        }
        let second = try new.updateSchemaScript(from: updated, options)
        check(second.isEmpty, "a second update is not empty:\n\(second.text)\nfirst was:\n\(script.text)")

        // Rows and values that survive.
        let newTarget = try new.targetSchema()
        for table in oldTarget.tables {
            guard let kept = newTarget.tables.first(where: { $0.name == table.name || $0.renamedFrom == table.name })
                    ?? (convergesToTarget ? nil : updated.tables.first(where: { $0.name == table.name })),
                  let rows = snapshot.rows[table.name] else { continue }
            let textType = dialect.id == .mySQL || dialect.id == .mariaDB ? "char" : "text"
            let count = try await database.rows(dialect.sql("select cast(count(*) as \(raw: textType)) from \(table: kept.qualifiedName)"))
            check(count.first?.first.flatMap { $0 }.flatMap(Int.init) == rows.count,
                  "\(table.name) had \(rows.count) rows, has \(count)\nupdate was:\n\(script.text)")
            guard let key = table.primaryKey?.columns, let newTable = newTarget.tables.first(where: { $0.name == kept.name }) else { continue }
            for column in table.columns where column.generated == nil {
                let target = newTable.columns.first { $0.renamedFrom == column.name && table.column($0.name) == nil }
                    ?? newTable.column(column.name)
                guard let target, dialect.canonicalColumn(target).type == dialect.canonicalColumn(column).type,
                      target.nativeEnumName == nil, column.nativeEnumName == nil,
                      key.allSatisfy({ newTable.column($0) != nil }) else { continue }
                let values = try await RowSnapshot.values(of: target.name, table: newTable, key: key, on: database)
                let expected = rows.map { $0[column.name] ?? nil }
                check(values == expected,
                      "\(table.name).\(column.name) → \(target.name) lost its values: \(expected) became \(values)\nupdate was:\n\(script.text)")
            }
        }
    }
}

/// Every column's values, as text, by primary key.
struct RowSnapshot {
    var rows: [String: [[String: String?]]] = [:]

    static func read(_ schema: DatabaseSchema, on database: any SchemaDatabase) async throws -> RowSnapshot {
        var snapshot = RowSnapshot()
        for table in schema.tables {
            guard let key = table.primaryKey?.columns else { continue }
            var rows: [[String: String?]] = []
            let columns = table.columns.filter { $0.generated == nil }
            let text = try await database.rows(selectText(columns.map(\.name), table: table, key: key, dialect: database.dialect))
            for row in text {
                var values: [String: String?] = [:]
                for (index, column) in columns.enumerated() { values[column.name] = row[index] }
                rows.append(values)
            }
            snapshot.rows[table.name] = rows
        }
        return snapshot
    }

    static func values(of column: String, table: TableSchema, key: [String], on database: any SchemaDatabase) async throws -> [String?] {
        try await database.rows(selectText([column], table: table, key: key, dialect: database.dialect)).map { $0[0] }
    }

    /// `select cast(a as text), … from t order by key`: text whatever the driver's wire format.
    static func selectText(_ columns: [String], table: TableSchema, key: [String], dialect: any SQLDialect) -> String {
        let textType = dialect.id == .mySQL || dialect.id == .mariaDB ? "char" : "text"
        let list = columns.map { "cast(\(dialect.quoteIdentifier($0)) as \(textType))" }.joined(separator: ", ")
        return "select \(list) from \(dialect.quoteQualified(table.qualifiedName)) order by "
            + key.map(dialect.quoteIdentifier).joined(separator: ", ")
    }
}

/// Inserts a few rows into every table, parents first, with values that satisfy the usual
/// constraints: unique per row, references to existing rows, the first enum value.
struct RowFiller {
    var dialect: any SQLDialect
    var rowsPerTable = 3

    func fill(_ schema: DatabaseSchema, on database: any SchemaDatabase) async throws {
        let ordered = CommitOrderForTests.sort(schema.tables)
        var statements: [SQLStatement] = []
        for table in ordered {
            let columns = table.columns.filter { $0.generated == nil }
            for row in 1...rowsPerTable {
                let values = columns.map { column -> String in
                    if let key = table.foreignKeys.first(where: { $0.columns.contains(column.name) }),
                       let target = schema.tables.first(where: { $0.name == key.referencedTable.name }),
                       let index = key.columns.firstIndex(of: column.name),
                       let referenced = target.column(key.referencedColumns[index]) {
                        return value(for: referenced, row: row)
                    }
                    return value(for: column, row: row)
                }
                // Rows come with their keys: an identity column `generated always` takes one only when told.
                let overriding = columns.contains { $0.identity?.generation == .always } ? " overriding system value" : ""
                statements.append(SQLStatement(
                    "insert into \(table: table.qualifiedName) (\(ids: columns.map(\.name)))\(raw: overriding) values (\(raw: values.joined(separator: ", ")))",
                    quotedBy: dialect, kind: .copyRows))
            }
        }
        try await database.execute(statements, transactional: true)
    }

    func value(for column: ColumnSchema, row: Int) -> String {
        if let first = column.enumItems?.first { return dialect.quoteLiteral(first) }
        let type = dialect.canonicalColumn(column).type.lowercased()
        if type.hasPrefix("tinyint(1)") || type == "boolean" || type == "bool" {
            return dialect.id == .postgreSQL ? (row % 2 == 0 ? "false" : "true") : "\(row % 2)"
        }
        if ["int", "integer", "bigint", "smallint", "tinyint", "mediumint", "serial", "bigserial", "real", "double", "float",
            "double precision"].contains(where: { type == $0 || type.hasPrefix($0 + "(") })
            || type.hasPrefix("numeric") || type.hasPrefix("decimal") {
            return "\(row)"
        }
        if type.hasPrefix("timestamp") || type.hasPrefix("datetime") { return "'2024-01-0\(row) 10:00:00'" }
        if type.hasPrefix("date") { return "'2024-01-0\(row)'" }
        if type.hasPrefix("time") { return "'10:00:0\(row)'" }
        if type == "uuid" { return "'00000000-0000-0000-0000-00000000000\(row)'" }
        if type.hasPrefix("json") { return "'{\"n\": \(row)}'" }
        if type == "bytea" { return "'\\x0\(row)'" }
        if type.hasSuffix("blob") { return "x'0\(row)'" }
        return dialect.quoteLiteral("v\(row)")
    }
}

/// Parents before children, for inserting rows.
enum CommitOrderForTests {
    static func sort(_ tables: [TableSchema]) -> [TableSchema] {
        var ordered: [TableSchema] = []
        var remaining = tables
        while !remaining.isEmpty {
            let ready = remaining.filter { table in
                table.foreignKeys.allSatisfy { key in
                    key.referencedTable.name == table.name || !remaining.contains { $0.name == key.referencedTable.name }
                }
            }
            let next = ready.isEmpty ? [remaining[0]] : ready
            ordered += next
            remaining.removeAll { table in next.contains { $0.name == table.name } }
        }
        return ordered
    }
}

extension SchemaGenerator {
    /// A generator for `schemas` bound to an open test database, in its dialect.
    static func on(_ database: any SchemaDatabase, _ schemas: [EntitySchema]) -> SchemaGenerator {
        SchemaGenerator(SchemaConfiguration(schemas: schemas, database: .dialect(database.dialect)), database: database)
    }
}
