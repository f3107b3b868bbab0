import Foundation
import SchemaKitCore

/// Builds a `DatabaseSchema` from the rows of the PostgreSQL catalog queries; pure and
/// synchronous, so every decoding rule can be tested with recorded rows and no server.
///
/// ```swift
/// var rows = PostgresCatalogRows()
/// rows.tables = [["16384", "public", "post", nil], ["16390", "app", "user", "People"]]
/// rows.columns = [
///     ["16384", "1", "id", "integer", nil, "t---", "nextval('post_id_seq'::regclass)", nil, nil, "0"],
///     ["16390", "1", "mood", "app.mood", "mood", "f---", nil, nil, nil, "0"],
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
/// - identity columns are auto-increment, and so are `serial` columns: a `nextval(…)` default
///   drawing from a sequence the column owns, of the column's type, with the default options.
///   Any other sequence is a `SequenceSchema` (options that are the defaults left `nil`), and a
///   default drawing from it an ordinary default;
/// - a stored generated column's default expression is its `GeneratedColumn` expression;
/// - the primary key index is the `PrimaryKeySchema` (named only when not `<table>_pkey`);
///   an index with an expression part keeps every part as written in `IndexSchema/expression`,
///   with its collation, operator class, direction and nulls order; a collation equal to the
///   column's, the type's default operator class and the direction's own nulls order are not
///   recorded;
/// - a check's `CHECK ` prefix goes, a domain check's too;
/// - domains, composite types (not a table's row type) and collations of the database's own
///   come with their namespaces, as enum types do.
struct PostgresSchemaReader: Sendable {
    var dialect = PostgreSQLDialect()
    /// Tables and columns to leave out; ignored schemas are already left out by the queries.
    var options = IntrospectionOptions()

    typealias Query = PostgresCatalogQueries.Query

    /// The schema recorded rows describe: ``Builder`` fed every query's rows in order.
    func schema(from rows: PostgresCatalogRows) -> DatabaseSchema {
        var builder = Builder(reader: self)
        for query in Query.allCases {
            for row in rows[query] { builder.add(row, from: query) }
        }
        return builder.takeSchema()
    }

    /// A table or type name; the default schema is left implicit.
    func key(_ schema: String?, _ name: String?) -> QualifiedName {
        QualifiedName(name ?? "", schema: schema == dialect.defaultSchema ? nil : schema)
    }

    /// Builds the schema one catalog row at a time, as the rows arrive from the server, so that
    /// no query's rows are ever held: feed it each query's rows in the order of ``Query``, then
    /// take ``takeSchema()``.
    ///
    /// Rows are keyed by table oid; a row of a table the `tables` query did not list (a
    /// partition, a table of an ignored schema) and a row too short to read are skipped.
    /// Columns arrive in no particular order and each is put in its place by `attnum` as it
    /// arrives; indexes, foreign keys and checks are put in name order at the end.
    struct Builder: Sendable {
        let reader: PostgresSchemaReader
        private var tables: [TableSchema] = []
        private var tableIndex: [String: Int] = [:]
        private var namespaces: Set<String> = []
        /// Per table, the `attnum` and `attcollation` of each of its columns, in column order.
        private var attnums: [[Int]] = []
        private var attcollations: [[String]] = []
        private var enums: [QualifiedName: NativeEnumSchema] = [:]
        private var enumOrder: [QualifiedName] = []
        /// Per table, the columns whose default is a `nextval(…)`: `serial` columns once the
        /// sequence they draw from turns out to be theirs.
        private var drawing: [Int: Set<String>] = [:]
        private var serials: [Int: Set<String>] = [:]
        private var sequences: [SequenceSchema] = []
        private var domains: [DomainSchema] = []
        private var compositeTypes: [CompositeTypeSchema] = []
        private var collations: [CollationSchema] = []
        private var collationNames: [String: String] = [:]
        /// Partitions by their parent's oid (a parent may come after its partitions).
        private var partitions: [String: [TablePartition]] = [:]
        private var operatorClassNames: [String: String] = [:]

        init(reader: PostgresSchemaReader) { self.reader = reader }

        /// Reads one row of `query`.
        mutating func add(_ row: [String?], from query: Query) {
            switch query {
            case .tables: addTable(row)
            case .columns: addColumn(row)
            case .identities: addIdentity(row)
            case .sequences: addSequence(row)
            case .enums: addEnumLabel(row)
            case .types: addType(row)
            case .lookups: addLookup(row)
            case .indexes: addIndex(row)
            case .constraints: addConstraint(row)
            }
        }

        /// The schema read, with the introspection options' skip lists applied. The tables move
        /// out of the builder, which has none left: five thousand tables are neither copied nor
        /// freed twice.
        mutating func takeSchema() -> DatabaseSchema {
            var tables: [TableSchema] = []
            swap(&tables, &self.tables)
            let builder = self
            for (parent, partitions) in builder.partitions {
                guard let index = builder.tableIndex[parent] else { continue }
                tables[index].options.partitions = partitions.sorted { $0.name < $1.name }
            }
            for index in tables.indices {
                tables[index].indexes.sort { $0.name < $1.name }
                tables[index].foreignKeys.sort { $0.name < $1.name }
                tables[index].checks.sort { $0.name < $1.name }
                tables[index].exclusions.sort { $0.name < $1.name }
            }
            // A default drawing from a sequence the column does not own: no serial.
            for (index, names) in builder.drawing {
                for name in names where builder.serials[index]?.contains(name) != true {
                    guard let column = tables[index].columns.firstIndex(where: { $0.name == name }) else { continue }
                    tables[index].columns[column].isAutoincrement = false
                }
            }
            if !enums.isEmpty {
                for index in tables.indices {
                    for column in tables[index].columns.indices {
                        guard let native = tables[index].columns[column].nativeEnumName else { continue }
                        tables[index].columns[column].enumItems = enums[reader.key(tables[index].schema ?? "public", native)]?.values
                    }
                }
            }
            let schema = DatabaseSchema(tables: tables, nativeEnums: enumOrder.compactMap { enums[$0] },
                                        namespaces: namespaces.sorted(), sequences: sequences, domains: domains,
                                        compositeTypes: compositeTypes, collations: collations)
            let options = reader.options
            return schema.filtered(skipTables: options.skipTables, skipColumns: options.skipColumns, ignoreSchema: options.ignoreSchema)
        }

        // MARK: Tables and columns

        private mutating func addTable(_ row: [String?]) {
            guard let oid = row.cell(0), row.cell(2) != nil else {
                // A schema row: every schema but the default one is a namespace, empty or not.
                if let schema = row.cell(1), schema != "public" { namespaces.insert(schema) }
                return
            }
            let name = reader.key(row.cell(1), row.cell(2))
            if let parent = row.cell(7) {
                // A partition: a table of the catalog, but a name and a bound of its parent here.
                partitions[parent, default: []].append(TablePartition(name: name.name, bound: row.cell(8) ?? "DEFAULT"))
                return
            }
            let options = TableOptions(parameters: (row.cell(5) ?? "").split(separator: ",").map(String.init),
                                       isUnlogged: row.cell(4) == "u", partitioning: row.cell(6).map { "PARTITION BY \($0)" },
                                       inherits: Self.parents(row.cell(9)).map { reader.key($0.schema, $0.name) })
            tableIndex[oid] = tables.count
            tables.append(TableSchema(name: name.name, schema: name.schema, comment: row.cell(3), options: options))
            attnums.append([])
            attcollations.append([])
            if let schema = name.schema { namespaces.insert(schema) }
        }

        /// `[["public", "cities"]]` → its (schema, name) pairs.
        static func parents(_ json: String?) -> [(schema: String, name: String)] {
            guard let json, let pairs = try? JSONDecoder().decode([[String]].self, from: Data(json.utf8)) else { return [] }
            return pairs.compactMap { $0.count == 2 ? ($0[0], $0[1]) : nil }
        }

        private mutating func addColumn(_ row: [String?]) {
            guard let oid = row.cell(0), let table = tableIndex[oid], let attnum = row.integer(1),
                  let name = row.cell(2), let formatted = row.cell(3) else { return }
            let flags = CatalogFlags(row.cell(5))
            let enumName = row.cell(4)
            var column = ColumnSchema(name: name, type: enumName ?? formatted, isNullable: flags[0] == "f")
            if let enumName { column.nativeEnumName = enumName }
            let defaultValue = row.cell(6)
            let identity = flags[1]
            let isIdentity = identity == "a" || identity == "d"
            if let kind = flags[2], kind == "s" || kind == "v", let expression = defaultValue {
                // `v`: PostgreSQL 18's virtual generated columns (its default kind).
                column.generated = GeneratedColumn(expression, storage: kind == "v" ? .virtual : .stored)
            } else if isIdentity || (defaultValue?.hasPrefix("nextval(") ?? false) {
                column.isAutoincrement = true
                if isIdentity {
                    // The sequence's options come with the identities query.
                    column.identity = ColumnIdentity(identity == "a" ? .always : .byDefault)
                } else {
                    // A serial column only if the sequences query finds the column owns the sequence.
                    drawing[table, default: []].insert(name)
                }
                // Kept for the sequence's name (an update that widens the column widens it too);
                // the comparator does not compare defaults of auto-increment columns.
                column.defaultValue = defaultValue
            } else {
                column.defaultValue = defaultValue
            }
            column.comment = row.cell(7)
            column.collation = row.cell(8)
            column.storage = switch flags[3] {
            case "p": .plain
            case "e": .external
            case "m": .main
            case "x": .extended
            default: nil
            }
            // In `attnum` order as it arrives (most of a table's rows come in order).
            let position = attnums[table].insertionPoint(ascending: attnum)
            tables[table].columns.insert(column, at: position)
            attnums[table].insert(attnum, at: position)
            attcollations[table].insert(row.cell(9) ?? "0", at: position)
        }

        /// The position in its table of the column numbered `attnum`.
        private func columnPosition(_ table: Int, _ attnum: Int) -> Int? {
            let numbers = attnums[table]
            // Without dropped columns, column n is at position n - 1.
            if attnum >= 1, attnum <= numbers.count, numbers[attnum - 1] == attnum { return attnum - 1 }
            return numbers.firstIndex(of: attnum)
        }

        private func columnName(_ table: Int, _ attnum: Int) -> String? {
            columnPosition(table, attnum).map { tables[table].columns[$0].name }
        }

        private mutating func addIdentity(_ row: [String?]) {
            guard let oid = row.cell(0), let table = tableIndex[oid], let attnum = row.integer(1),
                  let position = columnPosition(table, attnum), let kind = tables[table].columns[position].identity?.generation else { return }
            let type = tables[table].columns[position].type
            tables[table].columns[position].identity = ColumnIdentity(kind, options: PostgresSchemaReader.identityOptions(row.cell(2), type: type))
        }

        // MARK: Sequences

        private mutating func addSequence(_ row: [String?]) {
            guard let relname = row.cell(1), let regclass = row.cell(2), let increment = row.integer(5).map(Int64.init) else { return }
            let name = reader.key(row.cell(0), relname)
            var sequence = SequenceSchema(
                name: name.name, schema: name.schema, dataType: row.cell(3) ?? "bigint", increment: increment,
                minValue: row.integer(6).map(Int64.init), maxValue: row.integer(7).map(Int64.init),
                start: row.integer(4).map(Int64.init), cache: row.integer(8).map(Int64.init) ?? 1, cycles: row.cell(9) == "t").normalized
            if let table = row.cell(12).flatMap({ _ in row.cell(13) }), let column = row.cell(14) {
                if let oid = row.cell(10), let index = tableIndex[oid],
                   let position = row.integer(11).flatMap({ columnPosition(index, $0) }),
                   let value = tables[index].columns[position].defaultValue,
                   reader.dialect.sequenceName(inDefault: value) == PostgreSQLDialect.qualifiedName(regclass: regclass),
                   sequence.isSerialSequence(ofType: tables[index].columns[position].type) {
                    // The sequence of a serial column: part of the column.
                    serials[index, default: []].insert(tables[index].columns[position].name)
                    return
                }
                sequence.ownedBy = SequenceOwner(table: reader.key(row.cell(12), table), column: column)
            }
            sequences.append(sequence)
        }

        // MARK: Domains, composite types and collations

        private mutating func addType(_ row: [String?]) {
            guard let kind = row.cell(0), let typeName = row.cell(2) else { return }
            let name = reader.key(row.cell(1), typeName)
            switch kind {
            case "d":
                guard let base = row.cell(4) else { return }
                domains.append(DomainSchema(name: name.name, schema: name.schema, baseType: base, isNullable: row.cell(5) != "true",
                                            defaultValue: row.cell(6), collation: row.cell(7)))
            case "k":
                guard let constraint = row.cell(3), var expression = row.cell(4),
                      let last = domains.indices.last, domains[last].qualifiedName == name else { return }
                if expression.lowercased().hasPrefix("check ") { expression = String(expression.dropFirst(6)) }
                domains[last].checks.append(CheckSchema(name: constraint, expression: expression))
            case "a":
                guard let attribute = row.cell(3), let type = row.cell(4) else { return }
                if compositeTypes.last?.qualifiedName != name {
                    compositeTypes.append(CompositeTypeSchema(name: name.name, schema: name.schema, attributes: []))
                }
                compositeTypes[compositeTypes.count - 1].attributes.append(.init(name: attribute, type: type))
            case "l":
                // The database's default provider (`d`) is no collation of its own to create.
                guard let provider: CollationSchema.Provider = row.cell(4) == "i" ? .icu : row.cell(4) == "c" ? .libc : nil else { return }
                collations.append(CollationSchema(
                    name: name.name, schema: name.schema, provider: provider, locale: row.cell(5), lcCollate: row.cell(6),
                    lcCtype: row.cell(7), isDeterministic: row.cell(8) != "false").normalized)
            default:
                return
            }
        }

        // MARK: Enum types, collations and operator classes

        private mutating func addEnumLabel(_ row: [String?]) {
            let name = reader.key(row.cell(0), row.cell(1))
            if enums[name] == nil {
                enums[name] = NativeEnumSchema(name: name.name, schema: name.schema, values: [])
                enumOrder.append(name)
            }
            enums[name]?.values.append(row.cell(2) ?? "")
        }

        private mutating func addLookup(_ row: [String?]) {
            guard let oid = row.cell(1), let name = row.cell(2) else { return }
            if row.cell(0) == "c" { collationNames[oid] = name } else { operatorClassNames[oid] = name }
        }

        // MARK: Primary keys and indexes

        private mutating func addIndex(_ row: [String?]) {
            let flags = CatalogFlags(row.cell(2))
            guard let oid = row.cell(0), let table = tableIndex[oid], let name = row.cell(1),
                  // The index behind an exclusion constraint is that constraint, read with the checks.
                  flags[2] != "x" else { return }
            let keys = Self.numbers(row.cell(5))
            let keyCount = row.integer(6) ?? keys.count
            if flags[1] == "t" {
                let columns = keys.prefix(keyCount).compactMap { columnName(table, $0) }
                guard !columns.isEmpty else { return }
                let tableName = tables[table].name
                tables[table].primaryKey = PrimaryKeySchema(
                    name: name == reader.dialect.defaultPrimaryKeyName(table: tableName) ? nil : name, columns: columns)
                return
            }
            var index = IndexSchema(
                name: name, columns: [], isUnique: flags[0] == "t", isConstraint: flags[2] == "u",
                predicate: row.cell(4), method: row.cell(3) == "btree" ? nil : row.cell(3),
                storageParameters: (row.cell(11) ?? "").split(separator: ",").map(String.init).sorted(),
                nullsNotDistinct: flags[3] == "t",
                deferral: flags[4] == "t" ? (flags[5] == "t" ? .deferred : .immediate) : nil,
                comment: row.cell(12))
            let options = Self.numbers(row.cell(7))
            let collations = (row.cell(8) ?? "").split(separator: " ").map(String.init)
            let classes = (row.cell(9) ?? "").split(separator: " ").map(String.init)
            let expressions = Self.strings(row.cell(10))
            var nextExpression = 0
            // Every key part as written, and the expression of a one-part expression index
            // without options: only an index with an expression part is written as its parts.
            let hasExpression = keys.prefix(keyCount).contains(0)
            var parts: [String] = []
            var plainExpression: String?
            for (position, attnum) in keys.enumerated() {
                guard position < keyCount else {
                    if let column = columnName(table, attnum) { index.include.append(column) }
                    continue
                }
                let option = position < options.count ? options[position] : 0
                let descending = option & 1 == 1
                // Where NULLs sort when not where the direction puts them.
                let nullsFirst = option & 2 == 2
                let nulls: NullsOrder? = nullsFirst == descending ? nil : (nullsFirst ? .first : .last)
                // A collation is recorded when it is not the column's (or, for an expression,
                // the database default, 100).
                let collationOID = position < collations.count ? collations[position] : "0"
                let columnCollation = attnum > 0 ? columnPosition(table, attnum).map { attcollations[table][$0] } : nil
                let collation = collationOID == "0" || collationOID == (columnCollation ?? "100") ? nil : collationNames[collationOID]
                let operatorClass = position < classes.count ? operatorClassNames[classes[position]] : nil
                if attnum > 0 {
                    guard let column = columnName(table, attnum) else { continue }
                    let part = IndexSchema.Column(column, descending: descending, collation: collation,
                                                  operatorClass: operatorClass, nulls: nulls)
                    index.columns.append(part)
                    if hasExpression { parts.append(keyPart(reader.dialect.quoteIdentifier(column), part)) }
                } else {
                    guard nextExpression < expressions.count else { continue }
                    let expression = expressions[nextExpression]
                    nextExpression += 1
                    let part = IndexSchema.Column("", descending: descending, collation: collation,
                                                  operatorClass: operatorClass, nulls: nulls)
                    parts.append(keyPart(expression, part, parenthesised: true))
                    if !part.isDescending, !part.hasOptions { plainExpression = expression }
                }
            }
            // An index none of whose key parts could be read (a short row) is no index.
            guard !index.columns.isEmpty || nextExpression > 0 else { return }
            if nextExpression > 0 {
                // One plain expression is the expression itself; several parts, or one with
                // options, are a list of index elements.
                index.expression = parts.count == 1 && plainExpression != nil ? plainExpression : parts.joined(separator: ", ")
                index.columns = []
            }
            tables[table].indexes.append(index)
        }

        /// One key part of an expression index, with its options as PostgreSQL writes them; an
        /// expression is parenthesised, so the part is an index element whatever it is.
        private func keyPart(_ text: String, _ part: IndexSchema.Column, parenthesised: Bool = false) -> String {
            var text = parenthesised ? "(\(text))" : text
            if let collation = part.collation { text += " collate \(reader.dialect.quoteIdentifier(collation))" }
            if let operatorClass = part.operatorClass { text += " \(operatorClass)" }
            if part.isDescending { text += " desc" }
            if let nulls = part.nulls { text += " nulls \(nulls.rawValue)" }
            return text
        }

        // MARK: Foreign keys, checks and exclusion constraints

        private mutating func addConstraint(_ row: [String?]) {
            guard let oid = row.cell(0), let table = tableIndex[oid], let name = row.cell(1) else { return }
            let flags = CatalogFlags(row.cell(2))
            let keys = Self.numbers(row.cell(3))
            switch flags[0] {
            case "f":
                let columns = keys.compactMap { columnName(table, $0) }
                let referencedKeys = Self.numbers(row.cell(7))
                let referencedColumns = if let referenced = row.cell(4).flatMap({ tableIndex[$0] }) {
                    referencedKeys.compactMap { columnName(referenced, $0) }
                } else {
                    Self.strings(row.cell(11))
                }
                guard !columns.isEmpty, columns.count == keys.count, referencedColumns.count == columns.count else { return }
                // PostgreSQL 15 `on delete set null (columns)`.
                let resetNumbers = Set(Self.numbers(row.cell(10)))
                let resets = zip(keys, columns).filter { resetNumbers.contains($0.0) }.map(\.1)
                tables[table].foreignKeys.append(ForeignKeySchema(
                    name: name, columns: columns, referencedTable: reader.key(row.cell(5), row.cell(6)),
                    referencedColumns: referencedColumns,
                    deleteRule: PostgresSchemaReader.rule(flags[2]), updateRule: PostgresSchemaReader.rule(flags[1]),
                    deferral: flags[4] == "t" ? (flags[5] == "t" ? .deferred : .immediate) : nil,
                    matchesFull: flags[3] == "f", comment: row.cell(9), deleteSetColumns: resets.isEmpty ? nil : resets))
            case "x":
                guard let definition = row.cell(8) else { return }
                tables[table].exclusions.append(ExclusionConstraintSchema(name: name, definition: definition))
            case "c":
                guard let definition = row.cell(8) else { return }
                var expression = definition
                if expression.lowercased().hasPrefix("check ") { expression = String(expression.dropFirst(6)) }
                // `CHECK ((a > 0)) NO INHERIT`: the clause is not part of the expression.
                let noInherit = flags[6] == "t"
                if noInherit, expression.uppercased().hasSuffix(" NO INHERIT") { expression = String(expression.dropLast(11)) }
                let column = keys.count == 1 ? columnName(table, keys[0]) : nil
                tables[table].checks.append(CheckSchema(name: name, expression: expression, column: column,
                                                        isNoInherit: noInherit, comment: row.cell(9)))
            default:
                return
            }
        }

        // MARK: Cells

        /// The numbers of an `int2vector`/`oidvector` (`1 3 0`), an array (`{2,3}`) or a JSON
        /// array (`[2]`); none for null.
        static func numbers(_ text: String?) -> [Int] {
            guard let text else { return [] }
            // Read as bytes: one of these per index and key, thousands of them in a large schema.
            var numbers: [Int] = []
            var value = 0, digits = 0, negative = false
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    value = value &* 10 &+ Int(byte &- UInt8(ascii: "0"))
                    digits += 1
                case UInt8(ascii: "-") where digits == 0:
                    negative = true
                default:
                    if digits > 0 { numbers.append(negative ? -value : value) }
                    value = 0; digits = 0; negative = false
                }
            }
            if digits > 0 { numbers.append(negative ? -value : value) }
            return numbers
        }

        /// The strings of a JSON array; none for null or anything else.
        static func strings(_ text: String?) -> [String] {
            guard let text else { return [] }
            return (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
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

    /// `pg_constraint.confupdtype`/`confdeltype` letters.
    static func rule(_ letter: Unicode.Scalar?) -> ReferentialAction? {
        switch letter {
        case "c": .cascade
        case "n": .setNull
        case "d": .setDefault
        case "r": .restrict
        default: nil
        }
    }
}

/// A cell of one-character flags, as the catalog queries pack attributes most rows leave at their
/// default (`td--`): the character at a position, `nil` for `-`, a space, or past the end.
///
/// ```swift
/// let flags = CatalogFlags("td--")
/// flags[0]   // "t"
/// flags[2]   // nil
/// ```
struct CatalogFlags {
    /// The first eight bytes, one a byte from the lowest (flags are ASCII letters): no allocation
    /// for a cell read on every row.
    private var bytes: UInt64 = 0

    init(_ cell: String?) {
        for (position, byte) in (cell ?? "").utf8.prefix(8).enumerated() { bytes |= UInt64(byte) << (8 * position) }
    }

    subscript(position: Int) -> Unicode.Scalar? {
        guard (0..<8).contains(position) else { return nil }
        let byte = UInt8(truncatingIfNeeded: bytes >> (8 * position))
        guard byte != 0, byte != UInt8(ascii: "-"), byte != UInt8(ascii: " ") else { return nil }
        return Unicode.Scalar(byte)
    }
}
