import SchemaKitCore

/// Draws tables and columns of the benchmark's shape from a ``BenchRandom``.
struct ModelGenerator: Sendable {
    var random: BenchRandom

    init(seed: UInt64) { random = BenchRandom(seed: seed) }

    /// A table named after `position`: a primary key, 0–3 foreign keys to `targets` (mostly the
    /// last fifty), ordinary columns up to 8–25 in all, 1–3 indexes, sometimes a unique
    /// constraint and checks, and comments on about a fifth of it.
    mutating func table(at position: Int, referencing targets: [ReferenceTarget]) -> BenchTable {
        let noun = Vocabulary.nouns[position % Vocabulary.nouns.count]
        let digits = String(position)
        var table = BenchTable(name: noun + "_" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits,
                               stem: noun)
        var taken: Set<String> = []
        let columnCount = random.int(in: 8...25)

        switch random.weighted(Vocabulary.keyShapeWeights) {
        case .bigintAutoincrement:
            table.columns.append(BenchColumn(name: "id", kind: .bigint, isAutoincrement: true))
        case .intAutoincrement:
            table.columns.append(BenchColumn(name: "id", kind: .int, isAutoincrement: true))
        case .uuid:
            table.columns.append(BenchColumn(name: "id", kind: .uuid))
        case .composite:
            table.columns.append(BenchColumn(name: "tenant_id", kind: .bigint))
            table.columns.append(BenchColumn(name: "code", kind: .varchar, length: 32))
        }
        table.primaryKey = table.columns.map(\.name)
        taken.formUnion(table.primaryKey)

        let foreignKeyCount = targets.isEmpty ? 0 : random.weighted(Vocabulary.foreignKeyCountWeights)
        for _ in 0..<foreignKeyCount {
            // Mostly recent tables, as modules of an application refer to their neighbours.
            let target = random.chance(0.7) ? random.element(of: targets.suffix(50)) : random.element(of: targets)
            let isNullable = random.chance(0.5)
            let rules = Vocabulary.deleteRuleWeights.filter { $0.0 != .setNull || isNullable }
            let reference = ForeignReference(table: target.table, deleteRule: random.weighted(rules),
                                             updateRule: random.chance(0.15) ? .cascade : nil)
            table.columns.append(BenchColumn(name: Self.uniqueName(target.stem + "_id", taken: &taken), kind: target.keyKind,
                                             isNullable: isNullable, reference: reference))
        }

        while table.columns.count < columnCount {
            table.columns.append(column(of: random.weighted(Vocabulary.kindWeights), taken: &taken))
        }
        addIndexes(to: &table)
        addUnique(to: &table)
        addChecks(to: &table)

        if random.chance(0.2) { table.comment = commentText() }
        for column in table.columns.indices {
            if random.chance(0.2) { table.columns[column].comment = commentText() }
        }
        return table
    }

    /// An ordinary column of `kind`, named from the vocabulary (`email`, `email_2`, …): 45% nullable,
    /// 30% with a default.
    mutating func column(of kind: ColumnKind, taken: inout Set<String>) -> BenchColumn {
        var column: BenchColumn
        if kind == .enumeration {
            let type = random.element(of: Vocabulary.enumTypes)
            column = BenchColumn(name: Self.uniqueName(type.columnName, taken: &taken), kind: kind, enumType: type)
        } else {
            let base = random.element(of: Vocabulary.columnNames(for: kind))
            column = BenchColumn(name: Self.uniqueName(base, taken: &taken), kind: kind)
        }
        switch kind {
        case .varchar:
            column.length = random.element(of: Vocabulary.varcharLengths)
        case .numeric:
            let size = random.element(of: Vocabulary.numericSizes)
            column.precision = size.precision
            column.scale = size.scale
        default:
            break
        }
        column.isNullable = random.chance(0.45)
        if random.chance(0.3) { column.defaultValue = defaultValue(for: column) }
        // A timestamp or flag with a default is one the application always has.
        if column.defaultValue != nil, kind == .timestamp || kind == .bool { column.isNullable = false }
        return column
    }

    /// A default every engine takes as it is: constants and `current_timestamp`. Dates, JSON and
    /// UUIDs get none (`gen_random_uuid()` and `uuid()` are one engine's each).
    private mutating func defaultValue(for column: BenchColumn) -> DefaultValue? {
        switch column.kind {
        case .varchar: return .string(random.element(of: ["", "draft", "n/a", "en"]))
        case .text: return .string("")
        case .bool: return .boolean(random.chance(0.5))
        case .numeric, .bigint: return .number("0")
        case .int: return .number(random.chance(0.5) ? "1" : "0")
        case .timestamp: return .raw("current_timestamp")
        case .enumeration:
            guard let label = column.enumType?.labels.first else { return nil }
            return .string(label)
        case .date, .json, .uuid: return nil
        }
    }

    /// 1–3 indexes: foreign key columns first (7 in 10 of them, as applications index what they
    /// join on), then other indexable columns, a quarter of them with a second column.
    private mutating func addIndexes(to table: inout BenchTable) {
        let primaryKey = Set(table.primaryKey)
        let foreignKeys = table.foreignKeyColumns
        let indexable = table.columns.filter { column in
            column.kind.isIndexable && !primaryKey.contains(column.name)
                && !(column.kind == .varchar && (column.length ?? 255) > Vocabulary.longestIndexedVarchar)
        }.map(\.name)
        let wanted = random.int(in: 1...3)
        var sets: [[String]] = []
        for column in foreignKeys where sets.count < wanted {
            if random.chance(0.7) { sets.append([column]) }
        }
        var pool = indexable.filter { !foreignKeys.contains($0) }
        while sets.count < wanted, !pool.isEmpty {
            let first = pool.remove(at: random.below(pool.count))
            var columns = [first]
            if random.chance(0.25) {
                let others = indexable.filter { $0 != first }
                if !others.isEmpty { columns.append(random.element(of: others)) }
            }
            if !sets.contains(columns) { sets.append(columns) }
        }
        table.indexes = sets
    }

    /// On 3 tables in 10, a unique constraint on a short `varchar` or a UUID, sometimes scoped by the
    /// first foreign key; left out when an index already covers exactly those columns.
    private mutating func addUnique(to table: inout BenchTable) {
        guard random.chance(0.3) else { return }
        let primaryKey = Set(table.primaryKey)
        let candidates = table.columns.filter { column in
            ((column.kind == .varchar && (column.length ?? 255) <= Vocabulary.longestIndexedVarchar)
                || column.kind == .uuid)
                && !primaryKey.contains(column.name)
        }.map(\.name)
        guard !candidates.isEmpty else { return }
        var columns = [random.element(of: candidates)]
        if let scope = table.foreignKeyColumns.first, random.chance(0.4), scope != columns[0] {
            columns.insert(scope, at: 0)
        }
        if !table.indexes.contains(columns) { table.uniques.append(columns) }
    }

    /// On a quarter of the tables, one or two `<column> >= 0` checks on numeric and integer columns
    /// outside the keys (MariaDB refuses checks on the columns of cascading foreign keys).
    private mutating func addChecks(to table: inout BenchTable) {
        guard random.chance(0.25) else { return }
        let excluded = Set(table.primaryKey).union(table.foreignKeyColumns)
        for _ in 0..<random.int(in: 1...2) {
            let candidates = table.columns.filter { column in
                (column.kind == .int || column.kind == .numeric) && !excluded.contains(column.name)
                    && !table.checks.contains(column.name)
            }.map(\.name)
            guard !candidates.isEmpty else { return }
            table.checks.append(random.element(of: candidates))
        }
    }

    /// Three to eight words of the vocabulary, capitalised: `Billing reports of the entity`.
    private mutating func commentText() -> String {
        var words = Vocabulary.commentWords
        let count = random.int(in: 3...8)
        // A partial Fisher–Yates shuffle: `count` distinct words.
        for index in 0..<count {
            words.swapAt(index, index + random.below(words.count - index))
        }
        let text = words.prefix(count).joined(separator: " ")
        return text.prefix(1).uppercased() + String(text.dropFirst())
    }

    /// `base`, or `base_2`, `base_3`… when it is taken; marks the result taken.
    static func uniqueName(_ base: String, taken: inout Set<String>) -> String {
        var name = base
        var number = 2
        while taken.contains(name) {
            name = "\(base)_\(number)"
            number += 1
        }
        taken.insert(name)
        return name
    }
}
