import SchemaKitCore

// The benchmark's entities: N application-like tables, generated from a seed, optionally changed
// afterwards, and declared with SchemaKit's plain value API. The shape follows the shared
// benchmark generator (../shared/bench/gen_schema.py): the same vocabulary, weights and
// proportions, drawn from this file's own PRNG, so the tables are alike in shape but not the
// same tables.

// MARK: - Tables and columns

/// What a generated column holds, before it becomes one of SchemaKit's portable ``ColumnType``s.
enum ColumnKind: Sendable, Hashable {
    case varchar, text, bool, numeric, timestamp, date, json, uuid, int, bigint, enumeration

    /// Whether a secondary index may cover the column: not text or JSON, which MySQL indexes
    /// only through a prefix or an expression.
    var isIndexable: Bool { self != .text && self != .json }

    /// The portable type: `varchar(n)`, `numeric(p,s)`, `timestamptz`/`datetime` and so on per dialect.
    var columnType: ColumnType {
        switch self {
        case .varchar: .string
        case .text: .text
        case .bool: .boolean
        case .numeric: .decimal
        case .timestamp: .datetime
        case .date: .date
        case .json: .json
        case .uuid: .uuid
        case .int: .integer
        case .bigint: .bigint
        case .enumeration: .enumeration
        }
    }
}

/// One of the enumerations columns share. SchemaKit stores it as the dialect prefers: a native
/// `create type "order_status" as enum (…)` on PostgreSQL (`nativeEnumName`), an inline
/// `enum('pending', …)` on MySQL and MariaDB, `text` with a check on SQLite.
struct EnumType: Sendable, Hashable {
    /// The PostgreSQL type name: `order_status`.
    var name: String
    /// What a column of this type is called: `status`.
    var columnName: String
    /// The labels, in declaration order; the first is the default when a column has one.
    var labels: [String]
}

/// A foreign key held by a many-to-one relation column: the target table (whose single-column
/// primary key it references) and its rules.
struct ForeignReference: Sendable, Hashable {
    /// The target entity (and table) name.
    var table: String
    /// `on delete`; always explicit, since SchemaKit reads no rule on a nullable key as `set null`.
    var deleteRule: ReferentialAction
    /// `on update`; `nil` writes none.
    var updateRule: ReferentialAction?
}

/// One generated column. The property that declares it has the column's name, so the
/// underscore naming strategy keeps it as it is (`external_ref`, `customer_id_2`).
struct BenchColumn: Sendable, Hashable {
    var name: String
    var kind: ColumnKind
    /// `varchar(length)`.
    var length: Int?
    /// `numeric(precision,scale)`.
    var precision: Int?
    var scale: Int?
    var enumType: EnumType?
    var isNullable = false
    /// The auto-increment `id` key.
    var isAutoincrement = false
    var defaultValue: DefaultValue?
    var comment: String?
    /// Set for a many-to-one relation column; its `kind` is then the target key's kind.
    var reference: ForeignReference?

    /// The column as a property of SchemaKit's value API.
    ///
    /// A relation gets no type: SchemaKit copies the target's primary key column (type, length,
    /// signedness) into the join column, so the two always match.
    func propertySchema(isPrimary: Bool) -> PropertySchema {
        if let reference {
            return PropertySchema(
                name: name, nullable: isNullable, comment: comment, fieldNames: [name],
                relation: RelationSchema(.manyToOne, target: reference.table, deleteRule: reference.deleteRule,
                                         updateRule: reference.updateRule))
        }
        return PropertySchema(
            name: name, type: kind.columnType, length: length, precision: precision, scale: scale,
            nullable: isNullable, primary: isPrimary, autoincrement: isAutoincrement ? true : nil,
            default: defaultValue, comment: comment, enumItems: enumType?.labels, nativeEnumName: enumType?.name)
    }
}

/// A table other tables may reference: one with a single-column primary key.
struct ReferenceTarget: Sendable, Hashable {
    var table: String
    /// The noun the table is named after; join columns are `<stem>_id`.
    var stem: String
    /// The kind of the table's key, which the join column shares.
    var keyKind: ColumnKind
}

/// One generated table: `customer_0042`, its columns, keys, indexes and checks.
struct BenchTable: Sendable, Hashable {
    /// The entity and table name: `<noun>_<position, four digits at least>`.
    var name: String
    /// The noun the name starts with.
    var stem: String
    var columns: [BenchColumn] = []
    /// Primary key columns: `id`, or `tenant_id` and `code`.
    var primaryKey: [String] = []
    /// Secondary indexes, by column; no two cover the same columns in the same order, since the
    /// naming strategy would give them the same name.
    var indexes: [[String]] = []
    /// Unique constraints, by column; never the columns of an index.
    var uniques: [[String]] = []
    /// Columns checked to be `>= 0`.
    var checks: [String] = []
    var comment: String?

    /// The columns of many-to-one relations, in declaration order.
    var foreignKeyColumns: [String] { columns.filter { $0.reference != nil }.map(\.name) }

    /// Columns a key, index, unique constraint or check uses: the ones a change leaves alone.
    var usedColumns: Set<String> {
        var used = Set(primaryKey).union(foreignKeyColumns).union(checks)
        for columns in indexes + uniques { used.formUnion(columns) }
        return used
    }

    /// The table as a target of foreign keys; `nil` for a composite key, which none references.
    var referenceTarget: ReferenceTarget? {
        guard primaryKey.count == 1, let key = columns.first(where: { $0.name == primaryKey[0] }) else { return nil }
        return ReferenceTarget(table: name, stem: stem, keyKind: key.kind)
    }

    /// The table as SchemaKit's value API declares it. Constraint names are left to the naming
    /// strategy (`customer_0042_email_unique`), which SchemaKit shortens with a hash past the
    /// dialect's identifier limit.
    ///
    /// ```swift
    /// EntitySchema(name: "tag_0007", tableName: "tag_0007", properties: [
    ///     PropertySchema(name: "id", type: .bigint, primary: true, autoincrement: true),
    ///     PropertySchema(name: "customer_id", nullable: true, fieldNames: ["customer_id"],
    ///                    relation: RelationSchema(.manyToOne, target: "customer_0000", deleteRule: .setNull)),
    ///     PropertySchema(name: "amount", type: .decimal, precision: 12, scale: 2),
    /// ], indexes: [IndexDefinition(properties: ["customer_id"])],
    ///    checks: [CheckDefinition(expression: "amount >= 0", property: "amount")])
    /// ```
    var entitySchema: EntitySchema {
        EntitySchema(
            name: name, tableName: name, comment: comment,
            properties: columns.map { $0.propertySchema(isPrimary: primaryKey.contains($0.name)) },
            indexes: indexes.map { IndexDefinition(properties: $0) }
                + uniques.map { IndexDefinition(properties: $0, unique: true) },
            checks: checks.map { CheckDefinition(expression: "\($0) >= 0", property: $0) })
    }
}

// MARK: - The model

/// The benchmark's entities: `tableCount` generated tables, then `changes` random changes.
///
/// The same seed gives the same tables, byte for byte, on every run and platform: all randomness
/// comes from ``SplitMix64``, never from the standard library's generators or algorithms. Changes
/// draw from a generator of their own, so the tables before the changes are those of the unchanged
/// model, and the first k of K changes are the k changes alone.
struct BenchmarkModel: Sendable {
    /// The tables in declaration order: a table references only tables before it.
    private(set) var tables: [BenchTable]
    /// The position the next added table is named after.
    private var nextPosition: Int
    private let seed: UInt64

    /// Generates `tableCount` tables from `seed`.
    init(tableCount: Int, seed: UInt64) {
        var generator = ModelGenerator(seed: seed)
        var generated: [BenchTable] = []
        var targets: [ReferenceTarget] = []
        for position in 0..<max(0, tableCount) {
            let table = generator.table(at: position, referencing: targets)
            if let target = table.referenceTarget { targets.append(target) }
            generated.append(table)
        }
        self.seed = seed
        tables = generated
        nextPosition = generated.count
    }

    /// The entities, for ``SchemaConfiguration/init(schemas:database:namingStrategy:schemaGenerator:seeder:)``.
    var entitySchemas: [EntitySchema] { tables.map(\.entitySchema) }

    /// A change ``applyChanges(_:)`` may make.
    enum Change: Sendable {
        /// A nullable column without a default (existing rows need no value), named `added_…`.
        case addColumn
        /// A column no key, index, unique constraint or check uses, from a table with more than three.
        case dropColumn
        /// A longer `varchar` for a column nothing uses (invisible on SQLite, where it is `text`).
        case widenVarchar
        /// A one-column index on a column nothing uses.
        case addIndex
        /// A secondary index, unless it is the one index of a foreign key column: MySQL and SQLite
        /// index foreign keys by themselves, and SchemaKit would put the same index back.
        case dropIndex
        /// Another `on delete`, one that behaves differently (`restrict` and `no action` compare
        /// as equal); `set null` only on a nullable column.
        case changeDeleteRule
        /// A new table, referencing the tables there are.
        case addTable
        /// A table no other table references.
        case dropTable
    }

    /// Applies `count` random changes, each one that SchemaKit sees as a difference on PostgreSQL
    /// and MySQL (a widened `varchar` is not one on SQLite).
    ///
    /// - Throws: ``SchemaError`` with code ``SchemaError/Code/invalidConfiguration`` when the
    ///   model is too small to take that many changes.
    mutating func applyChanges(_ count: Int) throws {
        // A generator of its own: see the type's documentation.
        var generator = ModelGenerator(seed: seed ^ 0x6368_616E_6765_7321)
        var applied = 0
        var attempts = 0
        while applied < count {
            attempts += 1
            guard attempts <= 100 * count + 1000, !tables.isEmpty else {
                throw SchemaError(.invalidConfiguration, "SCHEMAKIT_BENCH_MUTATE=\(count): could apply only "
                                  + "\(applied) changes to \(tables.count) tables; generate more tables")
            }
            let change = generator.random.weighted(Vocabulary.changeWeights)
            let index = generator.random.below(tables.count)
            if apply(change, toTableAt: index, generator: &generator) { applied += 1 }
        }
    }

    /// Makes one change to the table at `index`; `false` when the table cannot take it.
    private mutating func apply(_ change: Change, toTableAt index: Int, generator: inout ModelGenerator) -> Bool {
        let table = tables[index]
        let used = table.usedColumns
        switch change {
        case .addColumn:
            var taken = Set(table.columns.map(\.name))
            var scratch = taken
            let kind = generator.random.element(of: Vocabulary.addedColumnKinds)
            var column = generator.column(of: kind, taken: &scratch)
            column.name = ModelGenerator.uniqueName("added_" + column.name, taken: &taken)
            column.isNullable = true
            // No default either: SQLite cannot add a column with a non-constant one (current_timestamp).
            column.defaultValue = nil
            column.comment = nil
            tables[index].columns.append(column)

        case .dropColumn:
            let candidates = table.columns.indices.filter { !used.contains(table.columns[$0].name) }
            guard table.columns.count > 3, !candidates.isEmpty else { return false }
            tables[index].columns.remove(at: generator.random.element(of: candidates))

        case .widenVarchar:
            let candidates = table.columns.indices.filter {
                table.columns[$0].kind == .varchar && !used.contains(table.columns[$0].name)
            }
            guard !candidates.isEmpty else { return false }
            let column = generator.random.element(of: candidates)
            let current = table.columns[column].length ?? 255
            let longer = Vocabulary.widenedVarcharLengths.filter { $0 > current }
            guard !longer.isEmpty else { return false }
            tables[index].columns[column].length = generator.random.element(of: longer)

        case .addIndex:
            let candidates = table.columns.filter { column in
                column.kind.isIndexable && !used.contains(column.name)
                    && !(column.kind == .varchar && (column.length ?? 255) > 191)
            }
            guard !candidates.isEmpty else { return false }
            tables[index].indexes.append([generator.random.element(of: candidates).name])

        case .dropIndex:
            let foreignKeys = Set(table.foreignKeyColumns)
            let candidates = table.indexes.indices.filter {
                !(table.indexes[$0].count == 1 && foreignKeys.contains(table.indexes[$0][0]))
            }
            guard !candidates.isEmpty else { return false }
            tables[index].indexes.remove(at: generator.random.element(of: candidates))

        case .changeDeleteRule:
            let candidates = table.columns.indices.filter { table.columns[$0].reference != nil }
            guard !candidates.isEmpty else { return false }
            let column = generator.random.element(of: candidates)
            guard let current = table.columns[column].reference?.deleteRule else { return false }
            let isNullable = table.columns[column].isNullable
            // `restrict` and `no action` compare as equal (SchemaComparator), so one is no change from the other.
            func behaviour(_ rule: ReferentialAction) -> ReferentialAction { rule == .restrict ? .noAction : rule }
            let rules = Vocabulary.deleteRuleWeights.map { $0.0 }.filter { rule in
                behaviour(rule) != behaviour(current) && (rule != .setNull || isNullable)
            }
            guard !rules.isEmpty else { return false }
            tables[index].columns[column].reference?.deleteRule = generator.random.element(of: rules)

        case .addTable:
            let added = generator.table(at: nextPosition, referencing: tables.compactMap(\.referenceTarget))
            nextPosition += 1
            tables.append(added)

        case .dropTable:
            let isReferenced = tables.contains { other in
                other.name != table.name && other.columns.contains { $0.reference?.table == table.name }
            }
            guard tables.count >= 3, !isReferenced else { return false }
            tables.remove(at: index)
        }
        return true
    }
}

// MARK: - Generation

/// Draws tables and columns of the benchmark's shape from a ``SplitMix64``.
struct ModelGenerator: Sendable {
    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

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
                // MySQL's 3,072-byte key limit, with four bytes a character.
                && !(column.kind == .varchar && (column.length ?? 255) > 191)
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
            (column.kind == .varchar && (column.length ?? 255) <= 191 || column.kind == .uuid)
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

// MARK: - Randomness

/// SplitMix64 (Steele, Lea and Flood, 2014): a small seeded generator whose sequence is fixed by
/// its seed. It deliberately does not conform to `RandomNumberGenerator`, so that no standard
/// library algorithm (`Int.random(in:using:)`, `shuffled(using:)`), whose way of drawing may change
/// between Swift versions, can stand between the seed and the tables.
struct SplitMix64: Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`, for a `bound` above zero: the high word of a 128-bit product
    /// (Lemire), biased by less than bound/2⁶⁴.
    mutating func below(_ bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(max(1, bound))).high)
    }

    /// A number in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// `true` with the given probability.
    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) * 0x1p-53 < probability
    }

    /// An element of a collection that is not empty.
    mutating func element<C: RandomAccessCollection>(of collection: C) -> C.Element {
        collection[collection.index(collection.startIndex, offsetBy: below(collection.count))]
    }

    /// A value drawn in proportion to its weight, from pairs that are not empty.
    mutating func weighted<Value>(_ choices: [(Value, Int)]) -> Value {
        var draw = below(choices.reduce(0) { $0 + $1.1 })
        for (value, weight) in choices {
            if draw < weight { return value }
            draw -= weight
        }
        return choices[choices.count - 1].0
    }
}
