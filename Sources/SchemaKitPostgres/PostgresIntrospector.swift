import SchemaKitCore

/// Reads a PostgreSQL schema from the catalogs in six queries (tables, columns, enum types,
/// indexes, foreign keys, checks), whatever the number of tables.
struct PostgresIntrospector {
    let database: PostgresSchemaDatabase

    func introspect(_ options: IntrospectionOptions) async throws -> DatabaseSchema {
        let dialect = PostgreSQLDialect()
        var excluded = ["information_schema"] + options.ignoreSchema
        excluded = excluded.map(dialect.quoteLiteral)
        let namespaceFilter = "n.nspname not in (\(excluded.joined(separator: ", "))) and n.nspname not like 'pg\\_%'"

        let tableRows = try await database.query("""
            select n.nspname, c.relname, obj_description(c.oid, 'pg_class')
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('r', 'p') and not c.relispartition and \(namespaceFilter)
            order by 1, 2
            """)
        let columnRows = try await database.query("""
            select n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), t.typname, t.typtype,
                   case when a.attnotnull then 'f' else 't' end, pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated,
                   col_description(c.oid, a.attnum), co.collname
            from pg_attribute a
            join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
            join pg_type t on t.oid = a.atttypid
            left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
            left join pg_collation co on co.oid = a.attcollation and a.attcollation <> t.typcollation
            where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p') and \(namespaceFilter)
            order by 1, 2, a.attnum
            """)
        let enumRows = try await database.query("""
            select n.nspname, t.typname, e.enumlabel
            from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
            where \(namespaceFilter) order by 1, 2, e.enumsortorder
            """)
        let indexRows = try await database.query("""
            select n.nspname, t.relname, i.relname, case when x.indisunique then 't' else 'f' end,
                   case when x.indisprimary then 't' else 'f' end, coalesce(con.contype::text, ''), am.amname,
                   pg_get_expr(x.indpred, x.indrelid), a.attname, pg_get_indexdef(x.indexrelid, k.ord::int, true),
                   case when (x.indoption[k.ord - 1] & 1) = 1 then 't' else 'f' end
            from pg_index x
            join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
            join pg_namespace n on n.oid = t.relnamespace join pg_am am on am.oid = i.relam
            left join pg_constraint con on con.conindid = x.indexrelid and con.contype in ('p', 'u') and con.conrelid = x.indrelid
            cross join lateral unnest(x.indkey) with ordinality as k(attnum, ord)
            left join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum and k.attnum > 0
            where k.ord <= x.indnkeyatts and t.relkind in ('r', 'p') and \(namespaceFilter)
            order by 1, 2, 3, k.ord
            """)
        let foreignKeyRows = try await database.query("""
            select n.nspname, c.relname, con.conname, fn.nspname, f.relname, con.confupdtype, con.confdeltype,
                   case when con.condeferrable then 't' else 'f' end, case when con.condeferred then 't' else 'f' end,
                   a.attname, fa.attname
            from pg_constraint con
            join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
            join pg_class f on f.oid = con.confrelid join pg_namespace fn on fn.oid = f.relnamespace
            cross join lateral unnest(con.conkey, con.confkey) with ordinality as k(attnum, fattnum, ord)
            join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
            join pg_attribute fa on fa.attrelid = con.confrelid and fa.attnum = k.fattnum
            where con.contype = 'f' and con.conparentid = 0 and \(namespaceFilter)
            order by 1, 2, 3, k.ord
            """)
        let checkRows = try await database.query("""
            select n.nspname, c.relname, con.conname, pg_get_constraintdef(con.oid, true),
                   (select a.attname from pg_attribute a where a.attrelid = con.conrelid and a.attnum = con.conkey[1]
                    and array_length(con.conkey, 1) = 1)
            from pg_constraint con join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
            where con.contype = 'c' and \(namespaceFilter)
            order by 1, 2, 3
            """)

        func key(_ schema: String?, _ name: String?) -> QualifiedName {
            QualifiedName(name ?? "", schema: schema == dialect.defaultSchema ? nil : schema)
        }

        var tables: [QualifiedName: TableSchema] = [:]
        var order: [QualifiedName] = []
        var namespaces: Set<String> = []
        for row in tableRows {
            let name = key(row[0], row[1])
            tables[name] = TableSchema(name: name.name, schema: name.schema, comment: row[2])
            order.append(name)
            if let schema = name.schema { namespaces.insert(schema) }
        }

        for row in columnRows {
            let table = key(row[0], row[1])
            guard tables[table] != nil, let name = row[2], let formatted = row[3] else { continue }
            let isEnum = row[5] == "e"
            var column = ColumnSchema(name: name, type: isEnum ? (row[4] ?? formatted) : formatted, isNullable: row[6] == "t")
            if isEnum { column.nativeEnumName = row[4] }
            let defaultValue = row[7]
            let identity = row[8] ?? ""
            if row[9] == "s", let expression = defaultValue {
                column.generated = GeneratedColumn(expression, storage: .stored)
            } else if identity == "a" || identity == "d" || (defaultValue?.hasPrefix("nextval(") ?? false) {
                column.isAutoincrement = true
                // Kept for the sequence's name (an update that widens the column widens it too);
                // the comparator does not compare defaults of auto-increment columns.
                column.defaultValue = defaultValue
            } else {
                column.defaultValue = defaultValue
            }
            column.comment = row[10]
            column.collation = row[11]
            tables[table]?.columns.append(column)
        }

        var enums: [QualifiedName: NativeEnumSchema] = [:]
        var enumOrder: [QualifiedName] = []
        for row in enumRows {
            let name = key(row[0], row[1])
            if enums[name] == nil {
                enums[name] = NativeEnumSchema(name: name.name, schema: name.schema, values: [])
                enumOrder.append(name)
            }
            enums[name]?.values.append(row[2] ?? "")
        }
        for (table, value) in tables {
            for index in value.columns.indices where value.columns[index].nativeEnumName != nil {
                let name = value.columns[index].nativeEnumName ?? ""
                tables[table]?.columns[index].enumItems = enums[key(table.schema ?? "public", name)]?.values
            }
        }

        var indexOrder: [QualifiedName: [String]] = [:]
        var indexes: [QualifiedName: [String: IndexSchema]] = [:]
        // Every key part as written, for indexes with at least one expression part.
        var keyParts: [QualifiedName: [String: [String]]] = [:]
        for row in indexRows {
            let table = key(row[0], row[1])
            guard tables[table] != nil, let name = row[2] else { continue }
            if row[4] == "t" {
                if let column = row[8] {
                    var primaryKey = tables[table]?.primaryKey ?? PrimaryKeySchema(
                        name: name == "\(table.name)_pkey" ? nil : name, columns: [])
                    primaryKey.columns.append(column)
                    tables[table]?.primaryKey = primaryKey
                }
                continue
            }
            if indexes[table]?[name] == nil {
                indexOrder[table, default: []].append(name)
                indexes[table, default: [:]][name] = IndexSchema(
                    name: name, columns: [], isUnique: row[3] == "t", isConstraint: row[5] == "u",
                    predicate: row[7], method: row[6] == "btree" ? nil : row[6])
            }
            if let column = row[8] {
                indexes[table]?[name]?.columns.append(IndexSchema.Column(column, descending: row[10] == "t"))
                keyParts[table, default: [:]][name, default: []].append(dialect.quoteIdentifier(column))
            } else if let expression = row[9] {
                indexes[table]?[name]?.expression = ""
                keyParts[table, default: [:]][name, default: []].append(expression)
            }
        }
        for (table, names) in indexOrder {
            tables[table]?.indexes = names.compactMap { name in
                guard var index = indexes[table]?[name] else { return nil }
                if index.expression != nil {
                    index.expression = keyParts[table]?[name]?.joined(separator: ", ")
                    index.columns = []
                }
                return index
            }
        }

        var foreignKeys: [QualifiedName: [ForeignKeySchema]] = [:]
        for row in foreignKeyRows {
            let table = key(row[0], row[1])
            guard tables[table] != nil, let name = row[2], let column = row[9], let referenced = row[10] else { continue }
            var list = foreignKeys[table] ?? []
            if let index = list.firstIndex(where: { $0.name == name }) {
                list[index].columns.append(column)
                list[index].referencedColumns.append(referenced)
            } else {
                list.append(ForeignKeySchema(
                    name: name, columns: [column], referencedTable: key(row[3], row[4]), referencedColumns: [referenced],
                    deleteRule: Self.rule(row[6]), updateRule: Self.rule(row[5]),
                    deferral: row[7] == "t" ? (row[8] == "t" ? .deferred : .immediate) : nil))
            }
            foreignKeys[table] = list
        }
        for (table, list) in foreignKeys { tables[table]?.foreignKeys = list }

        for row in checkRows {
            let table = key(row[0], row[1])
            guard tables[table] != nil, let name = row[2], let definition = row[3] else { continue }
            var expression = definition
            if expression.lowercased().hasPrefix("check ") { expression = String(expression.dropFirst(6)) }
            tables[table]?.checks.append(CheckSchema(name: name, expression: expression, column: row[4]))
        }

        let schema = DatabaseSchema(
            tables: order.compactMap { tables[$0] }, nativeEnums: enumOrder.compactMap { enums[$0] },
            namespaces: namespaces.sorted())
        return schema.filtered(skipTables: options.skipTables, skipColumns: options.skipColumns, ignoreSchema: options.ignoreSchema)
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
