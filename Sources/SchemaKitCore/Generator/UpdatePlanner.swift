/// Turns a ``SchemaDifference`` into ordered operations for one dialect, and renders them.
///
/// The order is MikroORM's (`diffToSQL`), with what it gets wrong fixed:
///
/// 1. new namespaces; new native enum types; changed ones (values appended in place, or —
///    when values are removed or reordered — the old type renamed aside and a new one created);
/// 2. foreign keys that reference a table about to be dropped;
/// 3. table renames; new tables (keys come later); removed tables;
/// 4. per changed table: its removed and changed foreign keys;
/// 5. per changed table: indexes and checks dropped, primary key dropped, columns renamed,
///    dropped, added and altered, primary key added, indexes created and renamed, checks added,
///    comments;
/// 6. foreign keys of new tables, added and changed foreign keys;
/// 7. enum types no longer used; namespaces no longer used.
///
/// On SQLite a table that cannot be altered in place is rebuilt. Rebuilds and table drops run
/// with `pragma foreign_keys = off` and end with `pragma foreign_key_check`, so a dropped parent
/// never cascades into a child table and no broken reference is committed.
///
/// `safe` leaves out whatever loses data: dropped tables, columns, enum types and namespaces
/// (a SQLite rebuild keeps the removed columns). `dropTables: false` keeps tables and
/// namespaces only.
struct UpdatePlanner {
    let dialect: any SQLDialect
    let safe: Bool
    let dropTables: Bool
    let createForeignKeyConstraints: Bool

    private var capabilities: DialectCapabilities { dialect.capabilities }
    private var dropsTables: Bool { dropTables && !safe }

    func script(for difference: SchemaDifference, target: DatabaseSchema) throws -> SQLScript {
        var script = SQLScript()
        let inline = capabilities.requiresInlineConstraints
        var foreignKeyChecksOff = false

        script.append(try dialect.render(difference.newNamespaces.map(SchemaOperation.createNamespace)))

        // Native enum types.
        var enumOperations = difference.newNativeEnums.map(SchemaOperation.createNativeEnum)
        var recreatedEnums: Set<QualifiedName> = []
        var retiredEnums: [NativeEnumSchema] = []
        for (old, new) in difference.changedNativeEnums {
            if let additions = appendedValues(from: old.values, to: new.values), !usesNewValueInDefault(new, additions, target: target) {
                for value in additions {
                    let position = new.values.firstIndex(of: value) ?? new.values.endIndex
                    let before = new.values[new.values.index(after: position)...].first { old.values.contains($0) }
                    enumOperations.append(.addNativeEnumValue(old, value: value, before: before))
                }
            } else {
                let aside = old.name + "__old"
                enumOperations.append(.renameNativeEnum(old, to: aside))
                enumOperations.append(.createNativeEnum(new))
                recreatedEnums.insert(QualifiedName(new.name, schema: new.schema))
                retiredEnums.append(NativeEnumSchema(name: aside, schema: old.schema, values: old.values))
            }
        }
        script.append(try dialect.render(enumOperations))

        // Keys that point at tables the target no longer has go first, in safe mode too: dropping
        // a key loses no data, and a kept key would pin a column the update changes.
        if !inline {
            var drops = difference.orphanedForeignKeys.map { SchemaOperation.dropForeignKey($0.key, table: $0.table) }
            if dropsTables, !capabilities.supportsDropCascade {
                // Without `drop … cascade`, keys among the dropped tables would block them.
                let removed = Set(difference.removedTables.map(\.qualifiedName))
                for table in difference.removedTables {
                    drops += table.foreignKeys.filter { removed.contains($0.referencedTable) && $0.referencedTable != table.qualifiedName }
                        .map { .dropForeignKey($0, table: table.qualifiedName) }
                }
            }
            script.append(try dialect.render(drops))
        }

        script.append(try dialect.render(difference.changedTables.filter(\.isRenamed).map {
            SchemaOperation.renameTable(from: $0.from.qualifiedName, to: $0.to.qualifiedName)
        }))

        for table in difference.newTables {
            var operations: [SchemaOperation] = [.createTable(table)]
            operations += table.indexes.map { .createIndex($0, table: table.qualifiedName) }
            if !inline { operations += table.checks.map { .addCheck($0, table: table.qualifiedName) } }
            script.append(try dialect.render(operations))
        }

        if dropsTables, !difference.removedTables.isEmpty {
            script.append(try dialect.render(difference.removedTables.map { .dropTable($0.qualifiedName) }))
            foreignKeyChecksOff = inline
        }

        var changedTables = difference.changedTables
        if capabilities.foreignKeysRequireIndex {
            changedTables = changedTables.map(recreatingKeysOverDroppedIndexes)
        }
        if !inline {
            for table in changedTables {
                let name = table.to.qualifiedName
                let drops = table.removedForeignKeys + table.changedForeignKeys.map(\.from)
                script.append(try dialect.render(drops.map { .dropForeignKey($0, table: name) }))
            }
        }
        for table in changedTables {
            if inline {
                let (operations, rebuilt) = try sqliteOperations(for: table)
                foreignKeyChecksOff = foreignKeyChecksOff || rebuilt
                script.append(try dialect.render(operations))
            } else {
                // Dropping a generated column to add it back loses nothing: its values are computed.
                let recomputedGenerated = Set(table.changedColumns.filter { change in
                    change.from.generated != nil && change.changes.contains { $0.attribute == "generated" }
                }.map(\.to.name))
                let statements = try alterOperations(for: table, recreatedEnums: recreatedEnums).flatMap { operation in
                    var rendered = try dialect.render(operation)
                    if case .dropColumn(let column, _) = operation, recomputedGenerated.contains(column.name) {
                        for index in rendered.indices { rendered[index].isDestructive = false }
                    }
                    return rendered
                }
                script.append(statements)
            }
        }

        if !inline, createForeignKeyConstraints {
            // One group per table, as in the create script.
            for table in difference.newTables {
                script.append(try dialect.render(table.foreignKeys.map { .addForeignKey($0, table: table.qualifiedName) }))
            }
            for table in changedTables {
                let keys = table.addedForeignKeys + table.changedForeignKeys.map(\.to)
                script.append(try dialect.render(keys.map { .addForeignKey($0, table: table.to.qualifiedName) }))
            }
        }

        // A type set aside for its replacement holds no data any more: dropping it loses nothing.
        // Columns the update keeps without converting (a table or column kept by safe mode or
        // `dropTables: false`) still use it, so then it stays.
        let keptColumns = (dropsTables ? [] : difference.removedTables.flatMap(\.columns))
            + (safe ? changedTables.flatMap(\.removedColumns) : [])
        retiredEnums.removeAll { retired in
            keptColumns.contains { column in column.nativeEnumName == String(retired.name.dropLast("__old".count)) }
        }
        var enumDrops = try dialect.render(retiredEnums.map(SchemaOperation.dropNativeEnum)).map { statement in
            var statement = statement
            statement.isDestructive = false
            return statement
        }
        if !safe { enumDrops += try dialect.render(difference.removedNativeEnums.map(SchemaOperation.dropNativeEnum)) }
        script.append(enumDrops)
        if dropsTables {
            script.append(try dialect.render(difference.removedNamespaces.map(SchemaOperation.dropNamespace)))
        }

        if foreignKeyChecksOff {
            var guarded = SQLScript()
            guarded.append(dialect.prologue(disableForeignKeys: true).filter { $0.kind == .session })
            guarded.groups += script.groups
            guarded.append(try dialect.render(.verifyForeignKeys))
            guarded.append(dialect.epilogue(disableForeignKeys: true))
            return guarded
        }
        return script
    }

    /// The values `new` adds to `old` when it only adds (keeping the old ones in order).
    private func appendedValues(from old: [String], to new: [String]) -> [String]? {
        let kept = new.filter { old.contains($0) }
        guard kept == old else { return nil }
        return new.filter { !old.contains($0) }
    }

    /// PostgreSQL cannot use a value added by `alter type … add value` in the same
    /// transaction, so a default that needs one makes the type be recreated instead.
    private func usesNewValueInDefault(_ type: NativeEnumSchema, _ values: [String], target: DatabaseSchema) -> Bool {
        let literals = values.map(dialect.quoteLiteral)
        return target.tables.contains { table in
            table.columns.contains { column in
                column.nativeEnumName == type.name && (table.schema ?? dialect.defaultSchema) == (type.schema ?? dialect.defaultSchema)
                    && column.defaultValue.map { value in literals.contains { value.contains($0) } } == true
            }
        }
    }

    // MARK: - Altering in place

    private func alterOperations(for table: TableDifference, recreatedEnums: Set<QualifiedName>) -> [SchemaOperation] {
        let name = table.to.qualifiedName
        var operations: [SchemaOperation] = []
        // A change of what computes a column is a drop and an add; the values are computed anyway.
        // Indexes over such a column go with it, so they are dropped first and made again after.
        let recomputed = table.changedColumns.filter { change in
            change.changes.contains { $0.attribute == "generated" } && (change.from.generated != nil || !safe)
        }
        let recomputedNames = Set(recomputed.map(\.to.name))
        let handledIndexes = Set((table.addedIndexes + table.changedIndexes.map(\.to) + table.renamedIndexes.map(\.to)).map(\.name))
        let dependentIndexes = table.to.indexes.filter { index in
            !handledIndexes.contains(index.name) && index.columnNames.contains(where: recomputedNames.contains)
        }
        let dependentLive = table.from.indexes.filter { live in dependentIndexes.contains { $0.name == live.name } }
        operations += (table.removedIndexes + table.changedIndexes.map(\.from) + dependentLive).map { .dropIndex($0, table: name) }
        operations += (table.removedChecks + table.changedChecks.map(\.from)).map { .dropCheck($0, table: name) }

        var liveTable = table.from
        liveTable.name = table.to.name
        liveTable.schema = table.to.schema
        // MySQL wants every auto-increment column in a key at every moment: around a primary key
        // change such columns lose auto-increment first and get it back once the new key stands,
        // and the key is replaced in one statement.
        let guardsAutoincrement = table.primaryKeyChange != nil && capabilities.autoincrementRequiresKey
        var demoted: Set<String> = []
        if table.primaryKeyChange != nil, let key = table.from.primaryKey {
            if guardsAutoincrement {
                for column in table.from.columns where column.isAutoincrement && key.columns.contains(column.name) {
                    var plain = column
                    plain.isAutoincrement = false
                    operations.append(.alterColumn(from: column, to: plain, table: liveTable, changes: ["autoincrement"]))
                    demoted.insert(table.newName(ofColumn: column.name))
                }
            } else {
                operations.append(.changePrimaryKey(from: key, to: nil, table: name, liveTableName: table.from.name))
            }
        }
        operations += table.renamedColumns.map { .renameColumn(from: $0.from.name, to: $0.to, table: name) }

        if !safe { operations += table.removedColumns.map { .dropColumn($0, table: name) } }
        operations += recomputed.map { .dropColumn($0.to, table: name) }
        // MySQL: a new auto-increment column of the new primary key is added with the key itself.
        let newKeyColumns = guardsAutoincrement
            ? table.addedColumns.filter { $0.isAutoincrement && (table.to.primaryKey?.columns.contains($0.name) ?? false) } : []
        for column in table.addedColumns + recomputed.map(\.to) where !newKeyColumns.contains(where: { $0.name == column.name }) {
            var added = column
            if guardsAutoincrement, column.isAutoincrement {
                added.isAutoincrement = false
                demoted.insert(column.name)
            }
            operations.append(.addColumn(added, table: table.to))
        }

        for (old, new, changes) in table.changedColumns where !recomputed.contains(where: { $0.to.name == new.name }) {
            var attributes = changes.map(\.attribute).filter { $0 != "comment" && $0 != "generated" }
            let enumKey = new.nativeEnumName.map { QualifiedName($0, schema: table.to.schema) }
            if attributes.contains("enum values"), let enumKey, !recreatedEnums.contains(enumKey) {
                // Values appended to the type in place; the column itself is unchanged.
                attributes.removeAll { $0 == "enum values" }
            }
            var live = old
            live.name = new.name
            if demoted.contains(new.name) { live.isAutoincrement = false }
            var target = Self.restated(new, keeping: old)
            if guardsAutoincrement, new.isAutoincrement {
                target.isAutoincrement = false
                demoted.insert(new.name)
            }
            if !attributes.isEmpty {
                operations.append(.alterColumn(from: live, to: target, table: table.to, changes: attributes))
            } else if changes.contains(where: { $0.attribute == "comment" }) {
                operations.append(.setComment(table: name, column: target, comment: new.comment))
            }
            if !attributes.isEmpty, !capabilities.restatesWholeColumn, changes.contains(where: { $0.attribute == "comment" }) {
                operations.append(.setComment(table: name, column: target, comment: new.comment))
            }
        }
        if table.primaryKeyChange != nil {
            if guardsAutoincrement, let key = table.to.primaryKey, !newKeyColumns.isEmpty {
                operations.append(.addKeyColumns(newKeyColumns, replacing: table.from.primaryKey, with: key, table: table.to))
            } else if guardsAutoincrement {
                operations.append(.changePrimaryKey(from: table.from.primaryKey, to: table.to.primaryKey, table: name,
                                                    liveTableName: table.from.name))
            } else if let key = table.to.primaryKey {
                operations.append(.changePrimaryKey(from: nil, to: key, table: name, liveTableName: table.from.name))
            }
        }
        for column in table.to.columns where column.isAutoincrement && demoted.contains(column.name) {
            var plain = column
            plain.isAutoincrement = false
            operations.append(.alterColumn(from: plain, to: column, table: table.to, changes: ["autoincrement"]))
        }

        operations += table.renamedIndexes.map { .renameIndex(from: $0.from, to: $0.to, table: name) }
        operations += (table.addedIndexes + table.changedIndexes.map(\.to) + dependentIndexes).map { .createIndex($0, table: name) }
        operations += (table.addedChecks + table.changedChecks.map(\.to)).map { .addCheck($0, table: name) }
        if table.commentChange != nil {
            operations.append(.setComment(table: name, column: nil, comment: table.to.comment))
        }
        return operations
    }

    /// The column an `alter column`/`modify` writes: the target, except for what the target
    /// leaves to the database — ignored attributes, and a collation it does not name.
    static func restated(_ target: ColumnSchema, keeping live: ColumnSchema) -> ColumnSchema {
        var column = target
        let ignored = target.ignoreSchemaChanges.union(live.ignoreSchemaChanges)
        if ignored.contains(.type) {
            column.type = live.type
            column.isUnsigned = live.isUnsigned
        }
        if ignored.contains(.default) { column.defaultValue = live.defaultValue }
        if ignored.contains(.collation) || target.collation == nil { column.collation = live.collation }
        return column
    }

    /// MySQL: a key whose supporting index (or the primary key) is dropped goes first and
    /// comes back after the new indexes, or the drop fails (error 1553).
    private func recreatingKeysOverDroppedIndexes(_ table: TableDifference) -> TableDifference {
        var table = table
        var dropped = (table.removedIndexes + table.changedIndexes.map(\.from)).map { $0.columnNames.map(table.newName(ofColumn:)) }
        if table.primaryKeyChange != nil, let key = table.from.primaryKey { dropped.append(key.columns.map(table.newName(ofColumn:))) }
        guard !dropped.isEmpty else { return table }
        let handled = Set(table.addedForeignKeys.map(\.name) + table.changedForeignKeys.map(\.to.name) + table.removedForeignKeys.map(\.name))
        for key in table.to.foreignKeys where !handled.contains(key.name) {
            guard let live = table.from.foreignKeys.first(where: { $0.name == key.name }),
                  dropped.contains(where: { $0.starts(with: key.columns) }) else { continue }
            table.changedForeignKeys.append((live, key, [AttributeChange(attribute: "supporting index", from: "dropped", to: "recreated")]))
        }
        return table
    }

    // MARK: - SQLite

    /// SQLite's operations for one table, and whether they rebuild it.
    private func sqliteOperations(for table: TableDifference) throws -> ([SchemaOperation], Bool) {
        let name = table.to.qualifiedName
        var live = table.from
        live.name = table.to.name
        let keyColumns = Set(table.from.foreignKeys.flatMap(\.columns))
        let checkText = table.from.checks.map(\.expression).joined(separator: " ").lowercased()
        let hasGenerated = table.from.columns.contains { $0.generated != nil } || table.to.columns.contains { $0.generated != nil }

        let canAdd = table.addedColumns.allSatisfy { column in
            !column.isAutoincrement && column.generated?.storage != .stored
                && (column.isNullable || column.defaultValue.map { $0.lowercased() != "null" } == true)
                && column.defaultValue.map(SQLiteDialect.isConstantDefault) ?? true
                && !table.to.foreignKeys.contains { $0.columns.contains(column.name) }
        }
        // `drop column` refuses a column a key, check, generated column or kept index uses.
        let droppedIndexes = Set((table.removedIndexes + table.changedIndexes.map(\.from)).map(\.name))
        let keptIndexes = table.from.indexes.filter { !droppedIndexes.contains($0.name) }
        let canDrop = safe || table.removedColumns.allSatisfy { column in
            let lowered = column.name.lowercased()
            return !(table.from.primaryKey?.columns.contains(column.name) ?? false) && !keyColumns.contains(column.name)
                && !checkText.contains(lowered) && !hasGenerated
                && !keptIndexes.contains { index in
                    index.columnNames.contains(column.name)
                        || [index.expression, index.predicate].contains { $0?.lowercased().contains(lowered) == true }
                }
        }
        let needsRebuild = !table.changedColumns.isEmpty || table.primaryKeyChange != nil || !table.orphanedForeignKeys.isEmpty
            || !table.addedForeignKeys.isEmpty || !table.removedForeignKeys.isEmpty || !table.changedForeignKeys.isEmpty
            || !table.addedChecks.isEmpty || !table.removedChecks.isEmpty || !table.changedChecks.isEmpty
            || !canAdd || !canDrop

        guard needsRebuild else {
            var operations: [SchemaOperation] = []
            operations += (table.removedIndexes + table.changedIndexes.map(\.from)).map { .dropIndex($0, table: name) }
            operations += table.renamedColumns.map { .renameColumn(from: $0.from.name, to: $0.to, table: name) }
            if !safe { operations += table.removedColumns.map { .dropColumn($0, table: name) } }
            operations += table.addedColumns.map { .addColumn($0, table: table.to) }
            operations += table.renamedIndexes.map { .renameIndex(from: $0.from, to: $0.to, table: name) }
            operations += (table.addedIndexes + table.changedIndexes.map(\.to)).map { .createIndex($0, table: name) }
            return (operations, false)
        }

        var target = table.to
        if safe {
            // Safe mode keeps what the target drops: the rebuilt table carries those columns along.
            target.columns += table.removedColumns.map { column in
                var kept = column
                kept.isNullable = true
                return kept
            }
        }
        var sources: [String: String] = [:]
        let renamedSources = Dictionary(table.renamedColumns.map { ($0.to.name, $0.from.name) }, uniquingKeysWith: { first, _ in first })
        let renamedAway = Set(table.renamedColumns.map(\.from.name))
        for column in target.columns {
            if let source = renamedSources[column.name] {
                sources[column.name] = source
            } else if live.column(column.name) != nil, !renamedAway.contains(column.name) {
                sources[column.name] = column.name
            }
        }
        var operations: [SchemaOperation] = [.rebuildTable(TableRebuild(from: live, to: target, sources: sources))]
        operations += target.indexes.map { .createIndex($0, table: name) }
        return (operations, true)
    }
}

extension SQLiteDialect {
    /// Whether `alter table … add column` accepts this default: SQLite wants a constant there.
    static func isConstantDefault(_ value: String) -> Bool {
        let lowered = value.lowercased()
        if ["current_timestamp", "current_date", "current_time"].contains(lowered) { return false }
        return !value.hasPrefix("(")
    }
}
