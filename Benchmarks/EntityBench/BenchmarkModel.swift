import SchemaKitCore

/// The benchmark's entities: `tableCount` generated tables, then random changes (``applyChanges(_:)``).
///
/// The tables have the shape of the project's large-schema benchmark (scripts/bench.sh): the same
/// vocabulary, weights and proportions (``Vocabulary``), drawn from a PRNG of their own, so they
/// are alike in shape but not the same tables.
///
/// The same seed gives the same tables, byte for byte, on every run and platform: all randomness
/// comes from ``BenchRandom``, never from the standard library's generators or algorithms. Changes
/// draw from a generator of their own, so the tables before the changes are those of the unchanged
/// model, and the first k of K changes are the k changes alone.
struct BenchmarkModel: Sendable {
    /// The tables in declaration order: a table references only tables before it.
    private(set) var tables: [BenchTable]
    /// The position the next added table is named after.
    private var nextPosition: Int
    private let seed: UInt64

    /// Generates `tableCount` tables from `seed`; `tableCount` must not be negative
    /// (``BenchmarkSettings`` asks for 1 at least).
    init(tableCount: Int, seed: UInt64) {
        var generator = ModelGenerator(seed: seed)
        var generated: [BenchTable] = []
        var targets: [ReferenceTarget] = []
        for position in 0..<tableCount {
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
        // A change the drawn table cannot take (no column it may drop, no index it may remove, …) is
        // drawn again, with another table. Most draws succeed, so a hundred attempts a change plus
        // a thousand are far more than a model that can take the changes needs: the limit only
        // ends the loop, with an error, on a model that cannot.
        let attemptLimit = 100 * count + 1000
        var applied = 0
        var attempts = 0
        while applied < count {
            attempts += 1
            guard attempts <= attemptLimit, !tables.isEmpty else {
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
            // The vocabulary name (`email_2`) only starts the added one (`added_email_2`), so it is
            // marked taken in a copy, not among the table's names.
            var scratch = taken
            let kind = generator.random.element(of: Vocabulary.addedColumnKinds)
            // An ordinary column, whose nullability and default are drawn only to be replaced below.
            // Those draws stay to keep the random stream as it is: without them every later draw
            // would move, and the changed entities of a seed would no longer be those a database
            // was made from.
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
                    && !(column.kind == .varchar && (column.length ?? 255) > Vocabulary.longestIndexedVarchar)
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
            let candidates = table.columns.indices.compactMap { position in
                table.columns[position].reference.map { (column: position, reference: $0) }
            }
            guard !candidates.isEmpty else { return false }
            let (column, reference) = generator.random.element(of: candidates)
            let current = reference.deleteRule
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
