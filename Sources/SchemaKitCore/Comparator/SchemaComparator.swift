/// Compares two schemas of one dialect after bringing both into the dialect's canonical
/// spelling, so a schema created from metadata and read back compares equal to it.
///
/// ```swift
/// let difference = try SchemaComparator.compare(from: try await database.introspect(.init()), to: target, dialect: dialect)
/// #expect(difference.isEmpty)
/// ```
///
/// Renames come from two places. Explicit hints (`renamedFrom:` on an entity or a property)
/// are followed, and a hint whose source is missing (or still present beside its new name)
/// throws ``SchemaError/Code/invalidRenameHint`` instead of becoming a silent drop and add.
/// Without a hint, a removed and an added column (or index) of one table are taken for a
/// rename only when their definitions are identical and neither has another such partner —
/// MikroORM's cautious rule.
public enum SchemaComparator {
    /// The difference that turns `from` (usually the live schema) into `to` (the target), both
    /// compared in `dialect`'s canonical spelling.
    ///
    /// With `detectRenames` (the default), a removed and an added column or index of one table
    /// with identical definitions, and no other such partner, are taken for a rename; explicit
    /// `renamedFrom:` hints are followed either way.
    ///
    /// - Throws: ``SchemaError`` with code `invalidRenameHint` when a rename hint names a table
    ///   or column that does not exist, or one that still exists beside its new name.
    public static func compare(
        from: DatabaseSchema, to: DatabaseSchema, dialect: any SQLDialect, detectRenames: Bool = true
    ) throws -> SchemaDifference {
        let (from, to) = (foldingSerialSequences(from, dialect: dialect), foldingSerialSequences(to, dialect: dialect))
        var difference = SchemaDifference()
        let fromNamespaces = Set(from.namespaces), toNamespaces = Set(to.namespaces)
        difference.newNamespaces = toNamespaces.subtracting(fromNamespaces).sorted()
        difference.removedNamespaces = fromNamespaces.subtracting(toNamespaces).sorted()

        let caseInsensitive = dialect.capabilities.namesAreCaseInsensitive
        let key: (QualifiedName) -> QualifiedName = { name in
            QualifiedName(caseInsensitive ? name.name.lowercased() : name.name,
                          schema: name.schema == dialect.defaultSchema ? nil : name.schema)
        }
        compareNativeEnums(from: from.nativeEnums, to: to.nativeEnums, key: key, into: &difference)
        compareObjects(from: from, to: to, key: key, dialect: dialect, into: &difference)

        // Pass 1: tables and their columns paired.
        var tables = try pairTables(from: from.tables, to: to.tables, key: key, detectRenames: detectRenames, dialect: dialect)
        difference.newTables = tables.new
        difference.removedTables = CommitOrder.sort(tables.removed).reversed()

        // Pass 2: keys, indexes and checks, with old column and table names mapped to new ones.
        let names = RenamedNames(pairs: tables.pairs, removed: tables.removed, key: key)
        // Each pair on its own: spread over the cores, changed in place.
        var pairs = tables.pairs
        tables.pairs = []   // the only reference: changed in place, not copied
        ParallelMap.forEach(&pairs) { pair in
            if pair.isIdentical {
                // Equal indexes, checks and exclusions compare equal; only a key pointing at a
                // table that is renamed, removed or changes columns can still change.
                guard pair.from.foreignKeys.contains(where: { names.touched.contains(key($0.referencedTable)) }) else { return }
                compareForeignKeys(pair: &pair, names: names)
            } else {
                compareForeignKeys(pair: &pair, names: names)
                compareIndexes(pair: &pair, dialect: dialect, detectRenames: detectRenames)
                compareChecks(pair: &pair, dialect: dialect)
                compareExclusions(pair: &pair, dialect: dialect)
            }
        }
        difference.changedTables = pairs.compactMap { $0.difference.isEmpty ? nil : $0.difference }
        return difference
    }

    private static func compareNativeEnums(
        from: [NativeEnumSchema], to: [NativeEnumSchema], key: (QualifiedName) -> QualifiedName, into difference: inout SchemaDifference
    ) {
        for native in to {
            if let old = from.first(where: { key($0.qualifiedName) == key(native.qualifiedName) }) {
                if old.values != native.values { difference.changedNativeEnums.append(NativeEnumDifference(from: old, to: native)) }
            } else {
                difference.newNativeEnums.append(native)
            }
        }
        difference.removedNativeEnums = from.filter { old in !to.contains { key($0.qualifiedName) == key(old.qualifiedName) } }
    }

    /// Pairs live and target tables, hinted ones first (a hint may hand its old name on to a new
    /// table), then by name; the rest are new or removed.
    private static func pairTables(
        from: [TableSchema], to: [TableSchema], key: (QualifiedName) -> QualifiedName, detectRenames: Bool, dialect: any SQLDialect
    ) throws -> (pairs: [TablePair], new: [TableSchema], removed: [TableSchema]) {
        // Positions, not copies: a table is a large value, and a no-op diff pairs every one.
        let fromByKey = Dictionary(from.indices.map { (key(from[$0].qualifiedName), $0) }, uniquingKeysWith: { first, _ in first })
        let toKeys = Set(to.map { key($0.qualifiedName) })
        var matched: [QualifiedName: Int] = [:]   // target key → live table
        var claimed: Set<QualifiedName> = []
        var missingSources: [SchemaError] = []
        for table in to {
            guard let hint = table.renamedFrom else { continue }
            let ownKey = key(table.qualifiedName), hintKey = key(QualifiedName(hint, schema: table.schema))
            let hintLive = fromByKey[hintKey]
            if fromByKey[ownKey] != nil {
                if hintLive != nil, !toKeys.contains(hintKey) {
                    throw SchemaError(.invalidRenameHint, """
                        table \(table.qualifiedName) is marked renamedFrom: "\(hint)", but both \(hint) and \(table.name) exist; \
                        move the rows and drop one by hand, or remove the hint
                        """)
                }
            } else if let hintLive, !claimed.contains(hintKey) {
                matched[ownKey] = hintLive
                claimed.insert(hintKey)
            } else {
                missingSources.append(SchemaError(.invalidRenameHint, """
                    table \(table.qualifiedName) is marked renamedFrom: "\(hint)", but the database has no table \(hint) \
                    (nor \(table.name)); remove the hint or fix its name
                    """))
            }
        }
        // Positions on both sides, in commit order: a table is copied only into its pair.
        var matches: [(from: Int, to: Int)] = []
        matches.reserveCapacity(to.count)
        var new: [TableSchema] = []
        for position in CommitOrder.order(to) {
            let ownKey = key(to[position].qualifiedName)
            if let old = matched[ownKey] ?? (claimed.contains(ownKey) ? nil : fromByKey[ownKey]) {
                claimed.insert(key(from[old].qualifiedName))
                matches.append((old, position))
            } else {
                new.append(to[position])
            }
        }
        // Pairing one table's columns needs nothing of the others: spread over the cores, in order.
        let pairs = try ParallelMap.map(matches.count, state: { CanonicalColumns(dialect: dialect) }) { canonical, index in
            try TablePair(from: from[matches[index].from], to: to[matches[index].to], detectRenames: detectRenames, canonical: &canonical)
        }
        let removed = from.filter { !claimed.contains(key($0.qualifiedName)) }
        // A hint without a source is harmless on a database that never had the table (a fresh
        // one); beside a removed table it would be a silent drop and create: refuse.
        if let error = missingSources.first, !removed.isEmpty { throw error }
        return (pairs, new, removed)
    }

    /// Where every live table and column went, for keys that point at them.
    private struct RenamedNames {
        let key: (QualifiedName) -> QualifiedName
        var tables: [QualifiedName: QualifiedName] = [:]
        var columns: [QualifiedName: [String: String]] = [:]
        var removedTables: Set<QualifiedName>
        /// Columns whose type changes, under their new names.
        var typeChanged: Set<ColumnKey>

        /// Tables, under their old and new names, that a key pointing at them may need to follow:
        /// removed, renamed, or with a column renamed or changing type.
        var touched: Set<QualifiedName>

        init(pairs: [TablePair], removed: [TableSchema], key: @escaping (QualifiedName) -> QualifiedName) {
            self.key = key
            removedTables = Set(removed.map { key($0.qualifiedName) })
            touched = removedTables
            typeChanged = []
            tables.reserveCapacity(pairs.count)
            // By position: a pair holds two tables and their difference, and a copy retains them all.
            for index in pairs.indices {
                let (old, new) = (key(pairs[index].from.qualifiedName), key(pairs[index].to.qualifiedName))
                tables[old] = new
                let renames = pairs[index].columnRenames
                if !renames.isEmpty { columns[new] = renames }
                var changesType = false
                for change in pairs[index].difference.changedColumns where change.changes.contains(.type) {
                    typeChanged.insert(ColumnKey(table: new, column: change.to.name))
                    changesType = true
                }
                if old != new || !renames.isEmpty || changesType { touched.formUnion([old, new]) }
            }
        }
    }

    /// Keys to removed tables are orphaned; the rest compare under their new names, and a key
    /// over a column whose type changes is dropped and added again: MySQL refuses to change such
    /// a column, and the key must match the referenced column's type.
    private static func compareForeignKeys(pair: inout TablePair, names: RenamedNames) {
        let key = names.key
        let tableKey = key(pair.to.qualifiedName)
        var kept: [ForeignKeySchema] = []
        for foreignKey in pair.from.foreignKeys {
            if names.removedTables.contains(key(foreignKey.referencedTable)) {
                pair.difference.orphanedForeignKeys.append(foreignKey)
            } else {
                kept.append(foreignKey)
            }
        }
        let ownRenames = pair.columnRenames
        let mapped: (ForeignKeySchema) -> ForeignKeySchema = { foreignKey in
            var foreignKey = foreignKey
            let target = names.tables[key(foreignKey.referencedTable)] ?? key(foreignKey.referencedTable)
            foreignKey.columns = foreignKey.columns.map { ownRenames[$0] ?? $0 }
            foreignKey.referencedColumns = foreignKey.referencedColumns.map { names.columns[target]?[$0] ?? $0 }
            foreignKey.referencedTable = target
            return foreignKey
        }
        compareForeignKeys(from: kept, mapped: mapped, to: pair.to.foreignKeys, into: &pair.difference, key: key)
        for foreignKey in pair.to.foreignKeys where !pair.difference.changedForeignKeys.contains(where: { $0.to.name == foreignKey.name })
            && !pair.difference.addedForeignKeys.contains(where: { $0.name == foreignKey.name }) {
            let localChanged = foreignKey.columns.contains { names.typeChanged.contains(ColumnKey(table: tableKey, column: $0)) }
            let referencedChanged = foreignKey.referencedColumns.contains {
                names.typeChanged.contains(ColumnKey(table: key(foreignKey.referencedTable), column: $0))
            }
            guard localChanged || referencedChanged, let old = kept.first(where: { $0.name == foreignKey.name }) else { continue }
            pair.difference.changedForeignKeys.append(ForeignKeyDifference(from: old, to: foreignKey, changes: [.columnTypeChanged]))
        }
    }

    private struct ColumnKey: Hashable {
        var table: QualifiedName
        var column: String
    }

    /// A live table and its target, with columns paired.
    private struct TablePair {
        var from: TableSchema
        var to: TableSchema
        var difference: TableDifference
        /// Old column name → new column name.
        var columnRenames: [String: String] = [:]
        /// The two tables are equal (and no column carries a rename hint).
        private(set) var isIdentical = false

        init(from: TableSchema, to: TableSchema, detectRenames: Bool, canonical: inout CanonicalColumns) throws {
            let dialect = canonical.dialect
            self.from = from
            self.to = to
            difference = TableDifference(from: from, to: to)
            // A table equal to its target has no comment, column or primary key change; only a
            // rename hint could still say something (that both names exist). Comparing the two
            // is far cheaper than pairing their columns, and on a no-op diff it is every table.
            if from == to, !to.columns.contains(where: { $0.renamedFrom != nil }) {
                isIdentical = true
                return
            }
            let capabilities = dialect.capabilities
            if capabilities.supportsComments, (from.comment ?? "") != (to.comment ?? "") {
                difference.commentChange = ValueChange(from: from.comment, to: to.comment)
            }
            if from.options.differs(from: to.options, canonical: dialect.canonicalExpression) { difference.optionsChange = ValueChange(from: from.options, to: to.options) }
            if let old = from.collation, let new = to.collation, old.lowercased() != new.lowercased() {
                difference.collationChange = ValueChange(from: old, to: new)
            }

            let targetNames = Set(to.columns.map(\.name))
            var pairedOld: Set<String> = []
            var unpaired: [ColumnSchema] = []
            var paired: [(old: ColumnSchema, new: ColumnSchema)] = []
            var missingSources: [SchemaError] = []
            // Hints first: a hint may hand its old name on to a new column.
            var hinted: [String: ColumnSchema] = [:]
            for column in to.columns {
                guard let hint = column.renamedFrom else { continue }
                if from.column(column.name) != nil {
                    if let source = from.column(hint), !targetNames.contains(hint) {
                        throw SchemaError(.invalidRenameHint, """
                            column \(to.qualifiedName).\(column.name) is marked renamedFrom: "\(source.name)", but both \
                            \(source.name) and \(column.name) exist; move the values and drop one by hand, or remove the hint
                            """)
                    }
                } else if let source = from.column(hint), !pairedOld.contains(hint) {
                    hinted[column.name] = source
                    pairedOld.insert(hint)
                    columnRenames[hint] = column.name
                } else {
                    missingSources.append(SchemaError(.invalidRenameHint, """
                        column \(to.qualifiedName).\(column.name) is marked renamedFrom: "\(hint)", but table \
                        \(from.qualifiedName) has no column \(hint) (nor \(column.name)); remove the hint or fix its name
                        """))
                }
            }
            for column in to.columns {
                if let source = hinted[column.name] {
                    paired.append((source, column))
                } else if let old = from.column(column.name), !pairedOld.contains(old.name) {
                    paired.append((old, column))
                    pairedOld.insert(old.name)
                } else if capabilities.namesAreCaseInsensitive, let old = from.columns.first(where: { old in
                    old.name.lowercased() == column.name.lowercased() && !pairedOld.contains(old.name) && !targetNames.contains(old.name)
                }) {
                    // The same column in another case: a rename that keeps the values.
                    paired.append((old, column))
                    pairedOld.insert(old.name)
                    columnRenames[old.name] = column.name
                } else {
                    unpaired.append(column)
                }
            }
            var removed = from.columns.filter { !pairedOld.contains($0.name) }
            // Without a removed column the hint cannot mean one: the column is simply new.
            if let error = missingSources.first, !removed.isEmpty { throw error }

            let pairedInOrder = paired.count
            if detectRenames {
                // One identical removed column for one added column, in both directions.
                // A key column is only the same column if it points at the same place: `author_id`
                // and `editor_id` may be alike as integers, but not as references.
                func references(_ keys: [ForeignKeySchema], _ column: String) -> [String] {
                    keys.filter { $0.columns.contains(column) }.map { key in
                        let position = key.columns.firstIndex(of: column) ?? 0
                        let target = key.referencedColumns.indices.contains(position) ? key.referencedColumns[position] : ""
                        return "\(key.referencedTable.name).\(target)"
                    }.sorted()
                }
                func identical(_ old: ColumnSchema, _ new: ColumnSchema) -> Bool {
                    var renamed = old
                    renamed.name = new.name
                    return references(from.foreignKeys, old.name) == references(to.foreignKeys, new.name)
                        && SchemaComparator.compare(from: renamed, to: new, canonical: &canonical).isEmpty
                }
                var stillUnpaired: [ColumnSchema] = []
                for column in unpaired {
                    let candidates = removed.filter { identical($0, column) }
                    if candidates.count == 1, let old = candidates.first,
                       unpaired.filter({ identical(old, $0) }).count == 1 {
                        paired.append((old, column))
                        removed.removeAll { $0.name == old.name }
                        columnRenames[old.name] = column.name
                    } else {
                        stillUnpaired.append(column)
                    }
                }
                unpaired = stillUnpaired
            }

            difference.addedColumns = unpaired
            difference.removedColumns = removed
            // In the target's column order: pairs were made in it, but for those a rename made last.
            if paired.count > pairedInOrder {
                let position = Dictionary(to.columns.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
                paired.sort { (position[$0.new.name] ?? 0) < (position[$1.new.name] ?? 0) }
            }
            for (old, new) in paired {
                if old.name != new.name { difference.renamedColumns.append(ColumnRename(from: old, to: new)) }
                var target = new
                if let tableDefault = from.collation, target.collation?.lowercased() == tableDefault.lowercased() {
                    target.collation = nil
                }
                var source = old
                source.name = new.name
                let changes = SchemaComparator.compare(from: source, to: target, canonical: &canonical)
                if !changes.isEmpty { difference.changedColumns.append(ColumnDifference(from: old, to: new, changes: changes)) }
            }

            let oldKey = from.primaryKey?.columns.map { columnRenames[$0] ?? $0 }
            if oldKey != to.primaryKey?.columns {
                difference.primaryKeyChange = ValueChange(from: oldKey, to: to.primaryKey?.columns)
            } else if let oldKey = from.primaryKey, let newKey = to.primaryKey,
                      let old = oldKey.name ?? dialect.defaultPrimaryKeyName(table: from.name),
                      let new = newKey.name ?? dialect.defaultPrimaryKeyName(table: to.name), old != new {
                // A named key renamed, or a renamed table's key following it (PostgreSQL keeps
                // `<old>_pkey` through `alter table … rename to`).
                difference.primaryKeyRename = ValueChange(from: old, to: new)
            }
        }
    }

    private static func compareForeignKeys(
        from old: [ForeignKeySchema], mapped: (ForeignKeySchema) -> ForeignKeySchema, to new: [ForeignKeySchema],
        into difference: inout TableDifference, key: (QualifiedName) -> QualifiedName
    ) {
        // `no action` and `restrict` behave alike here, and both are what an absent rule means.
        let rule: (ReferentialAction?) -> ReferentialAction? = { action in
            switch action {
            case nil, .noAction, .restrict: nil
            case let action?: action
            }
        }
        for foreignKey in new {
            guard let original = old.first(where: { $0.name == foreignKey.name }) else {
                difference.addedForeignKeys.append(foreignKey)
                continue
            }
            let live = mapped(original)
            var changes: [ForeignKeyChange] = []
            if live.columns != foreignKey.columns { changes.append(.columns(from: live.columns, to: foreignKey.columns)) }
            if key(live.referencedTable) != key(foreignKey.referencedTable) || live.referencedColumns != foreignKey.referencedColumns {
                changes.append(.references(from: key(live.referencedTable), fromColumns: live.referencedColumns,
                                           to: key(foreignKey.referencedTable), toColumns: foreignKey.referencedColumns))
            }
            if rule(live.deleteRule) != rule(foreignKey.deleteRule) {
                changes.append(.deleteRule(from: rule(live.deleteRule), to: rule(foreignKey.deleteRule)))
            }
            if rule(live.updateRule) != rule(foreignKey.updateRule) {
                changes.append(.updateRule(from: rule(live.updateRule), to: rule(foreignKey.updateRule)))
            }
            if live.deferral != foreignKey.deferral { changes.append(.deferral(from: live.deferral, to: foreignKey.deferral)) }
            if live.matchesFull != foreignKey.matchesFull { changes.append(.matchesFull(from: live.matchesFull, to: foreignKey.matchesFull)) }
            if live.deleteSetColumns != foreignKey.deleteSetColumns {
                changes.append(.deleteSetColumns(from: live.deleteSetColumns, to: foreignKey.deleteSetColumns))
            }
            if !changes.isEmpty {
                difference.changedForeignKeys.append(ForeignKeyDifference(from: original, to: foreignKey, changes: changes))
            } else if live.comment != foreignKey.comment {
                difference.constraintComments.append(
                    ConstraintCommentChange(name: foreignKey.name, comment: ValueChange(from: live.comment, to: foreignKey.comment)))
            }
        }
        difference.removedForeignKeys = old.filter { key in !new.contains { $0.name == key.name } }
    }

    private static func compareIndexes(pair: inout TablePair, dialect: any SQLDialect, detectRenames: Bool) {
        let capabilities = dialect.capabilities
        let renames = pair.columnRenames
        let mapped: (IndexSchema) -> IndexSchema = { index in
            var index = index
            for position in index.columns.indices { index.columns[position].name = renames[index.columns[position].name] ?? index.columns[position].name }
            index.include = index.include.map { renames[$0] ?? $0 }
            return index
        }
        /// The key's method, without the one the engine uses anyway: on MySQL/MariaDB `btree`
        /// except on MEMORY, and `hash` except on MEMORY (InnoDB builds a B-tree for it).
        func keyMethod(_ index: IndexSchema, _ options: TableOptions) -> String? {
            guard let method = index.method?.lowercased() else { return nil }
            guard dialect.id == .mySQL || dialect.id == .mariaDB else { return method }
            let isMemory = ["memory", "heap"].contains(options.engine?.lowercased() ?? "")
            if method == "hash" { return nil }
            if method == "btree" { return isMemory ? "btree" : nil }
            return method
        }
        func changes(_ old: IndexSchema, _ new: IndexSchema) -> [IndexChange] {
            var changes: [IndexChange] = []
            let columns: (IndexSchema) -> [String] = { index in
                index.columns.map { column in
                    var part = column.name
                    if let length = column.length { part += "(\(length))" }
                    if let collation = column.collation { part += " collate \(collation)" }
                    if let operatorClass = column.operatorClass { part += " \(operatorClass.lowercased())" }
                    if column.isDescending && capabilities.supportsDescendingIndexes { part += " desc" }
                    if let nulls = column.nulls { part += " nulls \(nulls.rawValue)" }
                    return part
                } + (index.withoutOverlaps.map { ["\($0) without overlaps"] } ?? [])
            }
            if columns(old) != columns(new) { changes.append(.columns(from: columns(old), to: columns(new))) }
            if old.isUnique != new.isUnique { changes.append(.unique(from: old.isUnique, to: new.isUnique)) }
            // PostgreSQL's unique constraints are kept apart from unique indexes, so the
            // constraint flag is compared only where the dialect makes the distinction.
            if capabilities.distinguishesUniqueConstraints, old.isConstraint != new.isConstraint {
                changes.append(.constraint(from: old.isConstraint, to: new.isConstraint))
            }
            let expressions = (old.expression.map(dialect.canonicalExpression), new.expression.map(dialect.canonicalExpression))
            if expressions.0 != expressions.1 { changes.append(.expression(from: expressions.0, to: expressions.1)) }
            let predicates = (old.predicate.map(dialect.canonicalExpression), new.predicate.map(dialect.canonicalExpression))
            if predicates.0 != predicates.1 { changes.append(.predicate(from: predicates.0, to: predicates.1)) }
            let methods = (keyMethod(old, pair.from.options), keyMethod(new, pair.to.options))
            if methods.0 != methods.1 { changes.append(.method(from: methods.0, to: methods.1)) }
            if old.include != new.include { changes.append(.include(from: old.include, to: new.include)) }
            if old.storageParameters != new.storageParameters {
                changes.append(.storageParameters(from: old.storageParameters, to: new.storageParameters))
            }
            if old.nullsNotDistinct != new.nullsNotDistinct { changes.append(.nullsNotDistinct(from: old.nullsNotDistinct, to: new.nullsNotDistinct)) }
            if old.deferral != new.deferral { changes.append(.deferral(from: old.deferral, to: new.deferral)) }
            if old.isIgnored != new.isIgnored { changes.append(.ignored(from: old.isIgnored, to: new.isIgnored)) }
            if capabilities.supportsComments, old.comment != new.comment { changes.append(.comment(from: old.comment, to: new.comment)) }
            return changes
        }
        var difference = pair.difference
        var added: [IndexSchema] = []
        for index in pair.to.indexes {
            guard let old = pair.from.indexes.first(where: { $0.name == index.name }) else {
                added.append(index)
                continue
            }
            let live = mapped(old)
            // Equal indexes have no changes: skip canonicalising their expressions.
            let found = live == index ? [] : changes(live, index)
            if !found.isEmpty { difference.changedIndexes.append(IndexDifference(from: old, to: index, changes: found)) }
        }
        var removed = pair.from.indexes.filter { old in !pair.to.indexes.contains { $0.name == old.name } }
        if detectRenames {
            var stillAdded: [IndexSchema] = []
            for index in added {
                let candidates = removed.filter { changes(mapped($0), index).isEmpty }
                if candidates.count == 1, let old = candidates.first,
                   added.filter({ changes(mapped(old), $0).isEmpty }).count == 1 {
                    difference.renamedIndexes.append(IndexRename(from: old, to: index))
                    removed.removeAll { $0.name == old.name }
                } else {
                    stillAdded.append(index)
                }
            }
            added = stillAdded
        }
        difference.addedIndexes = added
        difference.removedIndexes = removed
        pair.difference = difference
    }

    private static func compareExclusions(pair: inout TablePair, dialect: any SQLDialect) {
        let canonical: (ExclusionConstraintSchema) -> String = { dialect.canonicalExpression($0.definition) }
        let live = Dictionary(pair.from.exclusions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let target = Dictionary(pair.to.exclusions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        pair.difference.addedExclusions = pair.to.exclusions.filter { new in live[new.name].map { canonical($0) != canonical(new) } ?? true }
        pair.difference.removedExclusions = pair.from.exclusions.filter { old in target[old.name].map { canonical($0) != canonical(old) } ?? true }
        // Periods by name, with the live columns under their new names.
        let renamed = pair.from.periods.map { period in
            PeriodSchema(name: period.name, start: pair.columnRenames[period.start] ?? period.start,
                         end: pair.columnRenames[period.end] ?? period.end)
        }
        pair.difference.addedPeriods = pair.to.periods.filter { !renamed.contains($0) }
        pair.difference.removedPeriods = zip(pair.from.periods, renamed).filter { !pair.to.periods.contains($0.1) }.map(\.0)
    }

    private static func compareChecks(pair: inout TablePair, dialect: any SQLDialect) {
        for check in pair.to.checks {
            guard let old = pair.from.checks.first(where: { $0.name == check.name }) else {
                pair.difference.addedChecks.append(check)
                continue
            }
            // Equal checks have no changes: skip canonicalising their expressions.
            guard old != check else { continue }
            let lhs = dialect.canonicalExpression(old.expression), rhs = dialect.canonicalExpression(check.expression)
            if lhs != rhs || old.isNoInherit != check.isNoInherit {
                pair.difference.changedChecks.append(CheckDifference(from: old, to: check, expression: ValueChange(from: lhs, to: rhs)))
            } else if dialect.capabilities.supportsComments, old.comment != check.comment {
                pair.difference.constraintComments.append(ConstraintCommentChange(name: check.name, comment: ValueChange(from: old.comment, to: check.comment)))
            }
        }
        pair.difference.removedChecks = pair.from.checks.filter { old in !pair.to.checks.contains { $0.name == old.name } }
    }

    /// The attributes in which two same-named columns differ, in canonical spelling.
    ///
    /// ```swift
    /// SchemaComparator.compare(from: ColumnSchema(name: "age", type: "int"), to: ColumnSchema(name: "age", type: "bigint"),
    ///                          dialect: .postgreSQL)   // [.type(from: "int", to: "bigint")]
    /// ```
    public static func compare(from old: ColumnSchema, to new: ColumnSchema, dialect: any SQLDialect) -> [ColumnChange] {
        var canonical = CanonicalColumns(dialect: dialect)
        return compare(from: old, to: new, canonical: &canonical)
    }

    /// ``compare(from:to:dialect:)`` with canonical forms remembered across calls.
    static func compare(from old: ColumnSchema, to new: ColumnSchema, canonical: inout CanonicalColumns) -> [ColumnChange] {
        // Equal columns have equal canonical forms: skip canonicalising them (the common case
        // by far, and on a no-op diff the only one).
        if old == new { return [] }
        let dialect = canonical.dialect
        let lhs = canonical[old], rhs = canonical[new]
        let ignored = old.ignoreSchemaChanges.union(new.ignoreSchemaChanges)
        let capabilities = dialect.capabilities
        var changes: [ColumnChange] = []
        let isGenerated = lhs.generated != nil || rhs.generated != nil
        if !ignored.contains(.type), (lhs.nativeEnumName ?? lhs.type) != (rhs.nativeEnumName ?? rhs.type) {
            changes.append(.type(from: lhs.nativeEnumName ?? lhs.type, to: rhs.nativeEnumName ?? rhs.type))
        }
        if !isGenerated, lhs.isNullable != rhs.isNullable { changes.append(.nullable(from: lhs.isNullable, to: rhs.isNullable)) }
        if !ignored.contains(.default), !lhs.isAutoincrement, !rhs.isAutoincrement, lhs.defaultValue != rhs.defaultValue {
            changes.append(.defaultValue(from: lhs.defaultValue, to: rhs.defaultValue))
        }
        if lhs.isAutoincrement != rhs.isAutoincrement {
            changes.append(.autoincrement(from: lhs.isAutoincrement, to: rhs.isAutoincrement))
        }
        if capabilities.supportsUnsigned, lhs.isUnsigned != rhs.isUnsigned {
            changes.append(.unsigned(from: lhs.isUnsigned, to: rhs.isUnsigned))
        }
        if capabilities.supportsComments, (lhs.comment ?? "") != (rhs.comment ?? "") {
            changes.append(.comment(from: lhs.comment, to: rhs.comment))
        }
        // No collation is the default one (the type's, or the table's on MySQL): a column that
        // has one of its own where the target has none goes back to the default.
        if !ignored.contains(.collation), lhs.collation?.lowercased() != rhs.collation?.lowercased() {
            changes.append(.collation(from: lhs.collation?.lowercased(), to: rhs.collation?.lowercased()))
        }
        let computed: (ColumnSchema) -> GeneratedColumn? = { column in
            column.generated.map { GeneratedColumn(dialect.canonicalExpression($0.expression), storage: $0.storage) }
        }
        if computed(lhs) != computed(rhs) { changes.append(.generated(from: computed(lhs), to: computed(rhs))) }
        if lhs.nativeEnumName != nil || rhs.nativeEnumName != nil, lhs.enumItems != rhs.enumItems {
            changes.append(.enumValues(from: lhs.enumItems, to: rhs.enumItems))
        }
        // `current_timestamp()` and `current_timestamp` are one expression.
        let onUpdate: (ColumnSchema) -> String? = { column in
            column.onUpdate.map { value in
                let lowered = value.lowercased()
                return lowered.hasSuffix("()") ? String(lowered.dropLast(2)) : lowered
            }
        }
        if onUpdate(lhs) != onUpdate(rhs) { changes.append(.onUpdate(from: lhs.onUpdate, to: rhs.onUpdate)) }
        if lhs.identity != rhs.identity { changes.append(.identity(from: lhs.identity, to: rhs.identity)) }
        if lhs.isInvisible != rhs.isInvisible { changes.append(.invisible(from: lhs.isInvisible, to: rhs.isInvisible)) }
        if lhs.storage != rhs.storage { changes.append(.storage(from: lhs.storage, to: rhs.storage)) }
        let check = (lhs.check.map(dialect.canonicalExpression), rhs.check.map(dialect.canonicalExpression))
        if check.0 != check.1 { changes.append(.check(from: check.0, to: check.1)) }
        return changes
    }
}
