/// Turns each data-sensitive change of a difference into counting SQL against the live tables.
struct CheckBuilder {
    let dialect: any SQLDialect
    let live: DatabaseSchema
    let difference: SchemaDifference
    private(set) var checks: [PreflightCheck] = []

    init(dialect: any SQLDialect, live: DatabaseSchema, difference: SchemaDifference) {
        self.dialect = dialect
        self.live = live
        self.difference = difference
    }

    private var limit: Int { Preflight.countLimit + 1 }
    private var isMySQL: Bool { dialect.id == .mySQL || dialect.id == .mariaDB }
    /// SQLite keeps whatever a column is given: lengths and number sizes are never enforced.
    private var enforcesTypes: Bool { dialect.id != .sqlite }

    private func quote(_ name: String) -> String { dialect.quoteIdentifier(name) }
    private func table(_ name: QualifiedName) -> String { dialect.sql("\(table: name)") }
    private func describe(_ table: QualifiedName, _ column: String? = nil) -> String {
        let name = (table.schema.map { quote($0) + "." } ?? "") + quote(table.name)
        return column.map { name + "." + quote($0) } ?? name
    }

    /// `select count(*) from (select 1 from T where …, stopping past the limit) p`.
    private func count(from table: QualifiedName, where condition: String?) -> String {
        "select count(*) from (select 1 from \(self.table(table))\(condition.map { " where " + $0 } ?? "") limit \(limit)) p"
    }

    /// The primary key (or the given columns) of up to five rows matching `condition`.
    private func sample(from live: TableSchema, where condition: String, columns fallback: [String]) -> String {
        let keys = (live.primaryKey?.columns ?? fallback).map(quote).joined(separator: ", ")
        return "select \(keys) from \(table(live.qualifiedName)) where \(condition) limit 5"
    }

    private mutating func add(_ kind: PreflightFinding.Kind, _ table: QualifiedName, _ subject: String?, _ change: String,
                              count: String, sample: String?) {
        guard !checks.contains(where: { $0.kind == kind && $0.table == table && $0.subject == subject }) else { return }
        checks.append(PreflightCheck(kind: kind, table: table, subject: subject, change: change, countSQL: count, sampleSQL: sample))
    }

    // MARK: - Changes

    mutating func droppedTable(_ table: TableSchema) {
        let name = table.qualifiedName
        add(.droppedTableRows, name, nil, "drop table \(describe(name))", count: count(from: name, where: nil), sample: nil)
    }

    mutating func changedTable(_ change: TableDifference) {
        let live = change.from
        let name = live.qualifiedName
        // Target column names back to live ones, for columns renamed by the same update.
        let liveName: (String) -> String = { target in change.renamedColumns.first { $0.to.name == target }?.from.name ?? target }
        for column in change.removedColumns {
            let condition = "\(quote(column.name)) is not null"
            add(.droppedColumnValues, name, column.name, "drop column \(describe(name, column.name))",
                count: count(from: name, where: condition), sample: nil)
        }
        for column in change.addedColumns where !column.isNullable && column.defaultValue == nil && column.generated == nil
            && column.identity == nil && !column.isAutoincrement && !isMySQL {
            // MySQL fills such a column with its type's implicit default instead of failing.
            add(.rowsWithoutValue, name, column.name, "add not null column \(describe(name, column.name)) without a default",
                count: count(from: name, where: nil), sample: nil)
        }
        for columnChange in change.changedColumns {
            changedColumn(columnChange, in: live)
        }
        for check in change.addedChecks + change.changedChecks.map(\.to) {
            let condition = "not (\(check.expression))"
            add(.checkViolated, name, check.name, "add check \(quote(check.name)) on \(describe(name))",
                count: count(from: name, where: condition), sample: sample(from: live, where: condition, columns: check.column.map { [$0] } ?? []))
        }
        var uniques = change.addedIndexes.filter { $0.isUnique && $0.expression == nil && !$0.columns.isEmpty }
        uniques += change.changedIndexes.map(\.to).filter { $0.isUnique && $0.expression == nil && !$0.columns.isEmpty }
        for index in uniques {
            duplicates(in: live, columns: index.columnNames.map(liveName), subject: index.name,
                       change: "add unique \(quote(index.name)) on \(describe(name))", predicate: index.predicate)
        }
        if let key = change.primaryKeyChange, let columns = key.to, !columns.isEmpty {
            let liveColumns = columns.map(liveName)
            let nulls = liveColumns.map { "\(quote($0)) is null" }.joined(separator: " or ")
            add(.nullsInNotNullColumn, name, "primary key", "primary key (\(liveColumns.map(quote).joined(separator: ", "))) on \(describe(name))",
                count: count(from: name, where: nulls), sample: sample(from: live, where: nulls, columns: liveColumns))
            duplicates(in: live, columns: liveColumns, subject: "primary key",
                       change: "primary key (\(liveColumns.map(quote).joined(separator: ", "))) on \(describe(name))", predicate: nil)
        }
        let changedKeys = change.changedForeignKeys.map(\.to)
        for key in change.addedForeignKeys + changedKeys {
            orphans(of: key, in: live, liveName: liveName)
        }
    }

    private mutating func changedColumn(_ change: ColumnDifference, in live: TableSchema) {
        let name = live.qualifiedName
        let column = quote(change.from.name)
        let subject = change.from.name
        for item in change.changes {
            switch item {
            case .nullable(from: true, to: false):
                let condition = "\(column) is null"
                add(.nullsInNotNullColumn, name, subject, "set not null on \(describe(name, subject))",
                    count: count(from: name, where: condition), sample: sample(from: live, where: condition, columns: [subject]))
            case .type where change.from.enumItems != nil && change.to.enumItems != nil:
                // MySQL's inline enum: the item list is the type.
                removedEnumValues(change, from: change.from.enumItems ?? [], to: change.to.enumItems ?? [], in: live)
            case .type(let from, let to) where enforcesTypes:
                if let old = Self.length(of: from), let new = Self.length(of: to), new < old {
                    let condition = "char_length(\(column)) > \(new)"
                    add(.valuesTooLong, name, subject, "change \(describe(name, subject)) to \(to)",
                        count: count(from: name, where: condition), sample: sample(from: live, where: condition, columns: [subject]))
                } else if let old = Self.integerRange(of: from, unsigned: change.from.isUnsigned),
                          let new = Self.integerRange(of: to, unsigned: change.to.isUnsigned),
                          new.lowerBound > old.lowerBound || new.upperBound < old.upperBound {
                    let condition = "\(column) < \(new.lowerBound) or \(column) > \(new.upperBound)"
                    add(.valuesOutOfRange, name, subject, "change \(describe(name, subject)) to \(to)",
                        count: count(from: name, where: condition), sample: sample(from: live, where: condition, columns: [subject]))
                }
            case .enumValues(let from?, let to?):
                removedEnumValues(change, from: from, to: to, in: live)
            default:
                continue
            }
        }
    }

    private mutating func removedEnumValues(_ change: ColumnDifference, from: [String], to: [String], in live: TableSchema) {
        let removed = from.filter { !to.contains($0) }
        guard !removed.isEmpty else { return }
        let name = live.qualifiedName, subject = change.from.name
        let values = removed.map(dialect.quoteLiteral).joined(separator: ", ")
        let condition = "\(quote(subject)) in (\(values))"
        add(.enumValuesInUse, name, subject, "remove from \(describe(name, subject)) the values \(values)",
            count: count(from: name, where: condition), sample: sample(from: live, where: condition, columns: [subject]))
    }

    mutating func changedNativeEnum(_ change: NativeEnumDifference) {
        let removed = change.from.values.filter { !change.to.values.contains($0) }
        guard !removed.isEmpty else { return }
        let values = removed.map(dialect.quoteLiteral).joined(separator: ", ")
        for table in live.tables {
            for column in table.columns where column.nativeEnumName == change.from.name || column.type == change.from.name {
                let condition = "cast(\(quote(column.name)) as text) in (\(values))"
                add(.enumValuesInUse, table.qualifiedName, column.name, "remove from type \(quote(change.from.name)) the values \(values)",
                    count: count(from: table.qualifiedName, where: condition),
                    sample: sample(from: table, where: condition, columns: [column.name]))
            }
        }
    }

    private mutating func duplicates(in live: TableSchema, columns: [String], subject: String, change: String, predicate: String?) {
        let list = columns.map(quote).joined(separator: ", ")
        var conditions = columns.map { "\(quote($0)) is not null" }
        if let predicate { conditions.append("(\(predicate))") }
        let groups = "from \(table(live.qualifiedName)) where \(conditions.joined(separator: " and ")) group by \(list) having count(*) > 1"
        add(.duplicateValues, live.qualifiedName, subject, change,
            count: "select count(*) from (select 1 \(groups) limit \(limit)) p",
            sample: "select \(list) \(groups) limit 5")
    }

    /// Rows whose key values have no row in the referenced table (all rows with values, when
    /// that table is created by the same update).
    private mutating func orphans(of key: ForeignKeySchema, in live: TableSchema, liveName: (String) -> String) {
        let name = live.qualifiedName
        let columns = key.columns.map(liveName)
        var conditions = columns.map { "c.\(quote($0)) is not null" }
        if let referenced = referencedLiveTable(key.referencedTable) {
            let matches = zip(columns, referenced.columns(key.referencedColumns)).map { "r.\(quote($1)) = c.\(quote($0))" }
            conditions.append("not exists (select 1 from \(table(referenced.name)) r where \(matches.joined(separator: " and ")))")
        }
        let condition = conditions.joined(separator: " and ")
        let keys = (live.primaryKey?.columns ?? columns).map { "c.\(quote($0))" }.joined(separator: ", ")
        add(.orphanedRows, name, key.name, "add foreign key \(quote(key.name)) on \(describe(name))",
            count: "select count(*) from (select 1 from \(table(name)) c where \(condition) limit \(limit)) p",
            sample: "select \(keys) from \(table(name)) c where \(condition) limit 5")
    }

    /// The live table behind a target table name (renamed by the update, or unchanged); `nil`
    /// when the update creates it.
    private func referencedLiveTable(_ target: QualifiedName) -> (name: QualifiedName, columns: ([String]) -> [String])? {
        if let changed = difference.changedTables.first(where: { $0.to.qualifiedName == target }) {
            return (changed.from.qualifiedName, { columns in
                columns.map { column in changed.renamedColumns.first { $0.to.name == column }?.from.name ?? column }
            })
        }
        if difference.newTables.contains(where: { $0.qualifiedName == target }) { return nil }
        guard let table = live.table(target) else { return nil }
        return (table.qualifiedName, { $0 })
    }

    // MARK: - Types

    /// `n` of `varchar(n)`, `char(n)`, `character varying(n)`, `nvarchar(n)`, `varbinary(n)`.
    static func length(of type: String) -> Int? {
        let lowered = type.lowercased()
        guard let open = lowered.firstIndex(of: "("), let close = lowered.lastIndex(of: ")"), open < close else { return nil }
        let base = lowered[..<open].trimmed()
        guard ["varchar", "char", "character varying", "character", "nvarchar", "nchar", "varbinary", "binary", "bpchar"].contains(base)
        else { return nil }
        return Int(lowered[lowered.index(after: open)..<close].trimmed())
    }

    /// The values an integer type holds.
    static func integerRange(of type: String, unsigned: Bool) -> ClosedRange<Int64>? {
        let base = String(type.lowercased().prefix { $0.isLetter || $0.isNumber })
        let bits: Int64
        switch base {
        case "tinyint": bits = 8
        case "smallint", "int2", "smallserial": bits = 16
        case "mediumint": bits = 24
        case "int", "integer", "int4", "serial": bits = 32
        case "bigint", "int8", "bigserial": bits = 64
        default: return nil
        }
        if bits == 64 { return unsigned ? 0...Int64.max : Int64.min...Int64.max }
        let size = Int64(1) << bits
        return unsigned ? 0...(size - 1) : -(size / 2)...(size / 2 - 1)
    }
}
