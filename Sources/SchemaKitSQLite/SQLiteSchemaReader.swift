import SchemaKitCore

/// Builds a `DatabaseSchema` from the rows of the SQLite catalog queries; pure and
/// synchronous, so every decoding rule can be tested with recorded rows and no database.
///
/// ```swift
/// var rows = SQLiteCatalogRows()
/// rows.tables = [["pet", #"""
///     create table "pet" ("id" integer not null, "owner_id" integer, primary key ("id"),
///       constraint "pet_owner_fk" foreign key ("owner_id") references "owner" ("id") deferrable initially deferred)
///     """#]]
/// rows.columns = [["pet", "0", "id", "INTEGER", "1", nil, "1", "0"], ["pet", "1", "owner_id", "INTEGER", "0", nil, "0", "0"]]
/// rows.foreignKeys = [["pet", "0", "0", "owner", "owner_id", "id", "NO ACTION", "NO ACTION"]]
/// let pet = SQLiteSchemaReader().schema(from: rows).tables[0]
/// pet.foreignKeys[0].name       // "pet_owner_fk", from the create SQL: the pragma has no names
/// pet.foreignKeys[0].deferral   // .deferred
/// ```
///
/// Pragmas report columns, key parts and foreign key columns; what they do not report is read
/// from the stored `create` SQL (``CreateTableDefinition``, ``CreateIndexDefinition``):
/// constraint names, check expressions, generated-column expressions, collations,
/// `autoincrement`, deferral, partial-index predicates and expression key parts. A foreign key
/// without a name in the SQL is named `<table>_<columns>_foreign`; one that names no referenced
/// columns references the referenced table's primary key.
struct SQLiteSchemaReader: Sendable {
    /// Tables and columns to leave out.
    var options = IntrospectionOptions()

    func schema(from rows: SQLiteCatalogRows) -> DatabaseSchema {
        var tables: [String: TableSchema] = [:]
        var definitions: [String: CreateTableDefinition] = [:]
        var order: [String] = []
        for row in rows.tables {
            guard let name = row.cell(0) else { continue }
            tables[name] = TableSchema(name: name)
            definitions[name] = CreateTableDefinition(row.cell(1) ?? "")
            tables[name]?.options = definitions[name]?.options ?? TableOptions()
            order.append(name)
        }
        readColumns(rows.columns, definitions: definitions, into: &tables)
        readIndexes(rows.indexes, into: &tables)
        readForeignKeys(rows.foreignKeys, definitions: definitions, into: &tables)
        for (name, definition) in definitions {
            tables[name]?.checks = definition.checks
        }
        let schema = DatabaseSchema(tables: order.compactMap { tables[$0] })
        return schema.filtered(skipTables: options.skipTables, skipColumns: options.skipColumns, ignoreSchema: options.ignoreSchema)
    }

    // MARK: - Columns and primary keys

    private func readColumns(
        _ rows: [[String?]], definitions: [String: CreateTableDefinition], into tables: inout [String: TableSchema]
    ) {
        var primaryKeys: [String: [(Int, String)]] = [:]
        for row in rows {
            guard let tableName = row.cell(0), let definition = definitions[tableName], let name = row.cell(2) else { continue }
            let hidden = row.integer(7) ?? 0
            let declared = definition.columns[name]
            var column = ColumnSchema(
                name: name,
                type: (row.cell(3) ?? "").lowercased(),
                isNullable: (row.integer(4) ?? 0) == 0,
                defaultValue: row.cell(5),
                collation: declared?.collation)
            if hidden == 2 || hidden == 3, let expression = declared?.generated {
                column.generated = GeneratedColumn(expression, storage: hidden == 3 ? .stored : .virtual)
            }
            if let position = row.integer(6), position > 0 {
                primaryKeys[tableName, default: []].append((position, name))
            }
            tables[tableName]?.columns.append(column)
        }
        for (tableName, keys) in primaryKeys {
            let columns = keys.sorted { $0.0 < $1.0 }.map(\.1)
            tables[tableName]?.primaryKey = PrimaryKeySchema(columns: columns)
            if columns.count == 1, definitions[tableName]?.hasAutoincrement == true,
               let index = tables[tableName]?.columns.firstIndex(where: { $0.name == columns[0] }) {
                tables[tableName]?.columns[index].isAutoincrement = true
            }
        }
    }

    // MARK: - Indexes

    private func readIndexes(_ rows: [[String?]], into tables: inout [String: TableSchema]) {
        var indexes: [String: [String: IndexSchema]] = [:]
        var indexOrder: [String: [String]] = [:]
        for row in rows {
            // The primary key's own index is the primary key, read from the columns.
            guard let tableName = row.cell(0), let name = row.cell(1), row.cell(3) != "pk" else { continue }
            var index = indexes[tableName]?[name] ?? {
                let parsed = row.cell(8).map(CreateIndexDefinition.init)
                indexOrder[tableName, default: []].append(name)
                return IndexSchema(
                    name: name, columns: [], isUnique: (row.integer(2) ?? 0) == 1, isConstraint: row.cell(3) == "u",
                    expression: nil, predicate: parsed?.predicate)
            }()
            if let column = row.cell(6), (row.integer(5) ?? 0) >= 0 {
                // A collation is the index's own when it is not the column's.
                let own = tables[tableName]?.column(column)?.collation ?? "binary"
                let collation = row.cell(9).flatMap { $0.lowercased() == own.lowercased() ? nil : $0.lowercased() }
                index.columns.append(IndexSchema.Column(column, descending: (row.integer(7) ?? 0) == 1, collation: collation))
            } else if let sql = row.cell(8) {
                // An expression key part (cid -2): the whole key list as written in the create SQL.
                index.expression = CreateIndexDefinition(sql).body
                index.columns = []
            }
            indexes[tableName, default: [:]][name] = index
        }
        for (tableName, names) in indexOrder {
            tables[tableName]?.indexes = names.compactMap { name in
                guard var index = indexes[tableName]?[name] else { return nil }
                // A unique constraint's index has a name SQLite reserves (`sqlite_autoindex_t_1`)
                // and numbers by position: it goes by `<table>_<columns>_unique`.
                if index.isConstraint, name.hasPrefix("sqlite_autoindex_") {
                    index.name = ([tableName] + index.columnNames + ["unique"]).joined(separator: "_")
                }
                return index
            }
        }
    }

    // MARK: - Foreign keys

    private func readForeignKeys(
        _ rows: [[String?]], definitions: [String: CreateTableDefinition], into tables: inout [String: TableSchema]
    ) {
        var keys: [String: [Int: ForeignKeySchema]] = [:]
        for row in rows {
            guard let tableName = row.cell(0), let id = row.integer(1), let from = row.cell(4), let target = row.cell(3) else { continue }
            var key = keys[tableName]?[id] ?? ForeignKeySchema(
                name: "", columns: [], referencedTable: QualifiedName(target), referencedColumns: [],
                deleteRule: Self.rule(row.cell(7)), updateRule: Self.rule(row.cell(6)))
            key.columns.append(from)
            if let to = row.cell(5) { key.referencedColumns.append(to) }
            keys[tableName, default: [:]][id] = key
        }
        let primaryKeysByTable = tables.mapValues { $0.primaryKey?.columns ?? [] }
        for (tableName, byID) in keys {
            let definition = definitions[tableName]
            tables[tableName]?.foreignKeys = byID.keys.sorted().compactMap { id in
                guard var key = byID[id] else { return nil }
                // A key referencing the primary key implicitly reports no columns.
                if key.referencedColumns.isEmpty || key.referencedColumns.contains("") {
                    key.referencedColumns = primaryKeysByTable[key.referencedTable.name] ?? []
                }
                let declared = definition?.foreignKeys.first { $0.columns == key.columns }
                key.name = declared?.name ?? "\(tableName)_\(key.columns.joined(separator: "_"))_foreign"
                key.deferral = declared?.deferral
                return key
            }
        }
    }

    /// `pragma_foreign_key_list` actions; `NO ACTION`, the default, is none.
    static func rule(_ text: String?) -> ReferentialAction? {
        switch text?.uppercased() {
        case "CASCADE": .cascade
        case "SET NULL": .setNull
        case "SET DEFAULT": .setDefault
        case "RESTRICT": .restrict
        default: nil
        }
    }
}
