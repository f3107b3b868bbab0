import SchemaKitCore
import SQLiteNIO

/// Reads a SQLite schema in four queries, whatever the number of tables: tables (with their
/// `create` SQL), then columns, indexes and foreign keys of every table at once through the
/// pragma table-valued functions joined with `sqlite_master`.
///
/// What pragmas do not report (constraint names, check expressions, generated expressions,
/// collations, partial-index predicates) is read from the stored `create` SQL.
struct SQLiteIntrospector {
    let database: SQLiteSchemaDatabase

    private static let userTables = "m.type = 'table' and m.name not like 'sqlite\\_%' escape '\\'"

    func introspect(_ options: IntrospectionOptions) async throws -> DatabaseSchema {
        let tableRows = try await database.query("select m.name, m.sql from sqlite_master m where \(Self.userTables) order by m.name")
        let columnRows = try await database.query("""
            select m.name as table_name, p.cid, p.name, p.type, p."notnull", p.dflt_value, p.pk, p.hidden
            from sqlite_master m join pragma_table_xinfo(m.name) p
            where \(Self.userTables) order by m.name, p.cid
            """)
        let indexRows = try await database.query("""
            select m.name as table_name, il.name as index_name, il."unique", il.origin, ii.seqno, ii.cid, ii.name as column_name,
                   ii."desc", ix.sql
            from sqlite_master m join pragma_index_list(m.name) il join pragma_index_xinfo(il.name) ii
            left join sqlite_master ix on ix.type = 'index' and ix.name = il.name
            where \(Self.userTables) and ii.key = 1 order by m.name, il.name, ii.seqno
            """)
        let foreignKeyRows = try await database.query("""
            select m.name as table_name, fk.id, fk.seq, fk."table", fk."from", fk."to", fk.on_update, fk.on_delete
            from sqlite_master m join pragma_foreign_key_list(m.name) fk
            where \(Self.userTables) order by m.name, fk.id, fk.seq
            """)

        var tables: [String: TableSchema] = [:]
        var definitions: [String: CreateTableDefinition] = [:]
        var order: [String] = []
        for row in tableRows {
            guard let name = row.column("name")?.string else { continue }
            let sql = row.column("sql")?.string ?? ""
            tables[name] = TableSchema(name: name)
            definitions[name] = CreateTableDefinition(sql)
            order.append(name)
        }

        var primaryKeys: [String: [(Int, String)]] = [:]
        for row in columnRows {
            guard let tableName = row.column("table_name")?.string, let definition = definitions[tableName],
                  let name = row.column("name")?.string else { continue }
            let hidden = row.column("hidden")?.integer ?? 0
            let declared = definition.columns[name]
            var column = ColumnSchema(
                name: name,
                type: (row.column("type")?.string ?? "").lowercased(),
                isNullable: (row.column("notnull")?.integer ?? 0) == 0,
                defaultValue: row.column("dflt_value")?.string,
                collation: declared?.collation)
            if hidden == 2 || hidden == 3, let expression = declared?.generated {
                column.generated = GeneratedColumn(expression, storage: hidden == 3 ? .stored : .virtual)
            }
            if let position = row.column("pk")?.integer, position > 0 {
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

        var indexes: [String: [String: IndexSchema]] = [:]
        var indexOrder: [String: [String]] = [:]
        for row in indexRows {
            guard let tableName = row.column("table_name")?.string, let name = row.column("index_name")?.string,
                  row.column("origin")?.string != "pk" else { continue }
            var index = indexes[tableName]?[name] ?? {
                let sql = row.column("sql")?.string
                let parsed = sql.map(CreateIndexDefinition.init)
                indexOrder[tableName, default: []].append(name)
                return IndexSchema(
                    name: name, columns: [], isUnique: (row.column("unique")?.integer ?? 0) == 1,
                    isConstraint: row.column("origin")?.string == "u",
                    expression: nil, predicate: parsed?.predicate)
            }()
            if let column = row.column("column_name")?.string, (row.column("cid")?.integer ?? 0) >= 0 {
                index.columns.append(IndexSchema.Column(column, descending: (row.column("desc")?.integer ?? 0) == 1))
            } else if let sql = row.column("sql")?.string {
                index.expression = CreateIndexDefinition(sql).body
                index.columns = []
            }
            indexes[tableName, default: [:]][name] = index
        }
        for (tableName, names) in indexOrder {
            tables[tableName]?.indexes = names.compactMap { indexes[tableName]?[$0] }
        }

        var keys: [String: [Int: ForeignKeySchema]] = [:]
        for row in foreignKeyRows {
            guard let tableName = row.column("table_name")?.string, let id = row.column("id")?.integer,
                  let from = row.column("from")?.string, let target = row.column("table")?.string else { continue }
            var key = keys[tableName]?[id] ?? ForeignKeySchema(
                name: "", columns: [], referencedTable: QualifiedName(target), referencedColumns: [],
                deleteRule: Self.rule(row.column("on_delete")?.string), updateRule: Self.rule(row.column("on_update")?.string))
            key.columns.append(from)
            if let to = row.column("to")?.string { key.referencedColumns.append(to) }
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
        for (name, definition) in definitions {
            tables[name]?.checks = definition.checks
        }

        let schema = DatabaseSchema(tables: order.compactMap { tables[$0] })
        return schema.filtered(skipTables: options.skipTables, skipColumns: options.skipColumns, ignoreSchema: options.ignoreSchema)
    }

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
