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

    typealias Query = SQLiteCatalogQueries.Query

    /// The schema recorded rows describe: ``Builder`` fed every query's rows in order.
    func schema(from rows: SQLiteCatalogRows) -> DatabaseSchema {
        var builder = Builder(reader: self)
        for row in rows.tables { builder.add(row, from: .tables) }
        for row in rows.columns { builder.add(row, from: .columns) }
        for row in rows.indexes { builder.add(row, from: .indexes) }
        for row in rows.foreignKeys { builder.add(row, from: .foreignKeys) }
        return builder.takeSchema()
    }

    /// Builds the schema one catalog row at a time, as SQLite steps through them, so that no
    /// query's rows are held: feed it each query's rows in the order of ``Query``, then take
    /// ``takeSchema()``.
    ///
    /// Rows may come in any order within a query: columns are put in `cid` order, indexes in
    /// name order and foreign keys in `id` order, their columns in `seq` order. A row of a table
    /// the `tables` query did not list, and a row too short to read, are skipped.
    struct Builder: Sendable {
        let reader: SQLiteSchemaReader
        private var tables: [TableSchema] = []
        private var tableIndex: [String: Int] = [:]
        private var definitions: [CreateTableDefinition] = []
        /// Per table, the `cid` of each column, in column order.
        private var cids: [[Int]] = []
        /// Per table, primary key columns by their position in the key.
        private var primaryKeys: [Int: [(position: Int, name: String)]] = [:]
        private var columnsDone = false
        /// Per table, the indexes read so far by name (as SQLite names them), with the `seqno`
        /// of each column part.
        private var indexes: [Int: [String: (index: IndexSchema, seqnos: [Int])]] = [:]
        /// Per table, foreign keys by `id`, with the `seq` of each column pair.
        private var foreignKeys: [Int: [Int: (key: ForeignKeySchema, seqs: [Int])]] = [:]

        init(reader: SQLiteSchemaReader) { self.reader = reader }

        /// Reads one row of `query`.
        mutating func add(_ row: [String?], from query: Query) {
            if query != .tables, query != .columns, !columnsDone { finishColumns() }
            switch query {
            case .tables: addTable(row)
            case .columns: addColumn(row)
            case .indexes: addIndexPart(row)
            case .foreignKeys: addForeignKeyPair(row)
            }
        }

        /// The schema read, with the introspection options' skip lists applied; the tables move out
        /// of the builder, which has none left.
        mutating func takeSchema() -> DatabaseSchema {
            if !columnsDone { finishColumns() }
            var tables: [TableSchema] = []
            swap(&tables, &self.tables)
            let builder = self
            for (table, byName) in builder.indexes {
                let tableName = tables[table].name
                tables[table].indexes = byName.keys.sorted().compactMap { name in
                    guard var index = byName[name]?.index else { return nil }
                    if let seqnos = byName[name]?.seqnos, index.expression == nil, seqnos != seqnos.sorted() {
                        index.columns = zip(seqnos, index.columns).sorted { $0.0 < $1.0 }.map(\.1)
                    }
                    // A unique constraint's index has a name SQLite reserves (`sqlite_autoindex_t_1`)
                    // and numbers by position: it goes by `<table>_<columns>_unique`.
                    if index.isConstraint, name.hasPrefix("sqlite_autoindex_") {
                        index.name = ([tableName] + index.columnNames + ["unique"]).joined(separator: "_")
                    }
                    return index
                }
            }
            let primaryKeysByTable = Dictionary(tables.map { ($0.name, $0.primaryKey?.columns ?? []) }, uniquingKeysWith: { first, _ in first })
            for (table, byID) in builder.foreignKeys {
                let definition = builder.definitions[table]
                let tableName = tables[table].name
                tables[table].foreignKeys = byID.keys.sorted().compactMap { id in
                    guard let (read, seqs) = byID[id] else { return nil }
                    var key = read
                    if seqs != seqs.sorted() {
                        let order = seqs.indices.sorted { seqs[$0] < seqs[$1] }
                        key.columns = order.map { read.columns[$0] }
                        if read.referencedColumns.count == read.columns.count {
                            key.referencedColumns = order.map { read.referencedColumns[$0] }
                        }
                    }
                    // A key referencing the primary key implicitly reports no columns.
                    if key.referencedColumns.isEmpty || key.referencedColumns.contains("") {
                        key.referencedColumns = primaryKeysByTable[key.referencedTable.name] ?? []
                    }
                    let declared = definition.foreignKeys.first { $0.columns == key.columns }
                    key.name = declared?.name ?? "\(tableName)_\(key.columns.joined(separator: "_"))_foreign"
                    key.deferral = declared?.deferral
                    return key
                }
            }
            for table in tables.indices { tables[table].checks = builder.definitions[table].checks }
            let options = reader.options
            return DatabaseSchema(tables: tables)
                .filtered(skipTables: options.skipTables, skipColumns: options.skipColumns, ignoreSchema: options.ignoreSchema)
        }

        // MARK: Tables, columns and primary keys

        private mutating func addTable(_ row: [String?]) {
            if row.cell(2) != nil {
                // A trigger, after the table it is on (a view's `instead of` triggers are on no table here).
                if let table = row.cell(0).flatMap({ tableIndex[$0] }), let sql = row.cell(1) { tables[table].triggers.append(sql) }
                return
            }
            guard let name = row.cell(0), tableIndex[name] == nil else { return }
            let definition = CreateTableDefinition(row.cell(1) ?? "")
            var table = TableSchema(name: name)
            table.options = definition.options
            table.columns.reserveCapacity(definition.columnCount)
            tableIndex[name] = tables.count
            tables.append(table)
            definitions.append(definition)
            cids.append([])
        }

        private mutating func addColumn(_ row: [String?]) {
            guard let tableName = row.cell(0), let table = tableIndex[tableName], let name = row.cell(2) else { return }
            let hidden = row.integer(7) ?? 0
            let declared = definitions[table].columns[name]
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
                primaryKeys[table, default: []].append((position, name))
            }
            // In `cid` order as it arrives.
            let cid = row.integer(1) ?? cids[table].count
            let position = cids[table].insertionPoint(ascending: cid)
            tables[table].columns.insert(column, at: position)
            cids[table].insert(cid, at: position)
        }

        /// Sets the primary keys, before any later row needs them.
        private mutating func finishColumns() {
            for (table, keys) in primaryKeys {
                let columns = keys.sorted { $0.position < $1.position }.map(\.name)
                tables[table].primaryKey = PrimaryKeySchema(columns: columns)
                if columns.count == 1, definitions[table].hasAutoincrement,
                   let index = tables[table].columns.firstIndex(where: { $0.name == columns[0] }) {
                    tables[table].columns[index].isAutoincrement = true
                }
            }
            // What the definitions said of each column is in the columns now; their foreign
            // keys and checks are still to be read.
            for table in definitions.indices { definitions[table].columns = [:] }
            columnsDone = true
        }

        // MARK: Indexes

        private mutating func addIndexPart(_ row: [String?]) {
            // The primary key's own index is the primary key, read from the columns.
            guard let tableName = row.cell(0), let table = tableIndex[tableName], let name = row.cell(1),
                  row.cell(3) != "pk" else { return }
            var (index, seqnos) = indexes[table]?[name] ?? {
                let parsed = row.cell(8).map(CreateIndexDefinition.init)
                return (IndexSchema(
                    name: name, columns: [], isUnique: (row.integer(2) ?? 0) == 1, isConstraint: row.cell(3) == "u",
                    expression: nil, predicate: parsed?.predicate), [])
            }()
            if index.expression != nil {
                // The whole key list is already the expression.
            } else if let column = row.cell(6), (row.integer(5) ?? 0) >= 0 {
                // A collation is the index's own when it is not the column's.
                let own = tables[table].column(column)?.collation ?? "binary"
                let collation = row.cell(9).flatMap { $0.lowercased() == own.lowercased() ? nil : $0.lowercased() }
                index.columns.append(IndexSchema.Column(column, descending: (row.integer(7) ?? 0) == 1, collation: collation))
                seqnos.append(row.integer(4) ?? seqnos.count)
            } else if let sql = row.cell(8) {
                // An expression key part (cid -2): the whole key list as written in the create SQL.
                index.expression = CreateIndexDefinition(sql).body
                index.columns = []
                seqnos = []
            }
            indexes[table, default: [:]][name] = (index, seqnos)
        }

        // MARK: Foreign keys

        private mutating func addForeignKeyPair(_ row: [String?]) {
            guard let tableName = row.cell(0), let table = tableIndex[tableName], let id = row.integer(1),
                  let from = row.cell(4), let target = row.cell(3) else { return }
            var (key, seqs) = foreignKeys[table]?[id] ?? (ForeignKeySchema(
                name: "", columns: [], referencedTable: QualifiedName(target), referencedColumns: [],
                deleteRule: SQLiteSchemaReader.rule(row.cell(7)), updateRule: SQLiteSchemaReader.rule(row.cell(6))), [])
            key.columns.append(from)
            if let to = row.cell(5) { key.referencedColumns.append(to) }
            seqs.append(row.integer(2) ?? seqs.count)
            foreignKeys[table, default: [:]][id] = (key, seqs)
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
