/// Puts a ``SchemaDifference`` in order; the dialect decides what each part becomes.
///
/// The order is MikroORM's (`diffToSQL`), with what it gets wrong fixed:
///
/// 1. new namespaces; new and changed collations, native enum types
///    (``SQLDialect/alterNativeEnums(_:context:)``), domains, composite types and sequences
///    (without their owners), before the columns that use them;
/// 2. foreign keys that reference a table about to be dropped (and, without `drop … cascade`,
///    keys among the dropped tables);
/// 3. table renames; new tables (keys come later); removed tables;
/// 4. per changed table (``SQLDialect/alterTable(_:context:)``): its foreign keys that go;
/// 5. per changed table: its own changes — in place, rebuilt, or whatever the engine needs;
/// 6. foreign keys of new tables; each changed table's new foreign keys;
/// 7. sequences' owners (`owned by`), now that the tables exist;
/// 8. what the enum changes leave to the end; sequences, composite types, domains, enum types,
///    collations and namespaces no longer used, after the columns that used them changed.
///
/// When a statement needs foreign keys off (``SQLStatement/Requirements/needsForeignKeysOff``:
/// a SQLite rebuild or table drop), the dialect guards the whole script
/// (``SQLDialect/guardingForeignKeys(_:)``), so a dropped parent never cascades into a child
/// table and no broken reference is committed.
///
/// `safe` leaves out whatever loses data: dropped tables, columns, types, sequences and namespaces
/// (a SQLite rebuild keeps the removed columns). `dropTables: false` keeps tables and
/// namespaces only.
struct UpdatePlanner {
    let dialect: any SQLDialect
    let safe: Bool
    let dropTables: Bool
    let createForeignKeyConstraints: Bool

    private var dropsTables: Bool { dropTables && !safe }

    func script(for difference: SchemaDifference, target: DatabaseSchema) throws -> SQLScript {
        var difference = difference
        var script = SQLScript()
        let inline = dialect.capabilities.requiresInlineConstraints
        var context = AlterationContext(safe: safe, dropsTables: dropsTables, difference: difference, target: target)

        script.append(try dialect.render(difference.newNamespaces.map(SchemaOperation.createNamespace)))
        script.append(try dialect.render(difference.newCollations.map { .createObject(.collation($0)) }
            + difference.changedCollations.map { .alterObject(from: .collation($0.from), to: .collation($0.to)) }))
        let enums = try dialect.alterNativeEnums(difference.changedNativeEnums, context: context)
        context.recreatedNativeEnums = enums.recreated
        script.append(try dialect.render(difference.newNativeEnums.map(SchemaOperation.createNativeEnum)) + enums.before)
        // Safe mode keeps a composite type's dropped attributes (their values would go).
        script.append(try dialect.render(objectsBeforeTables(difference)).filter { !safe || !$0.isDestructive })

        // Keys that point at tables the target no longer has go first, in safe mode too: dropping
        // a key loses no data, and a kept key would pin a column the update changes.
        if !inline {
            var drops = difference.orphanedForeignKeys.map { SchemaOperation.dropForeignKey($0.key, table: $0.table) }
            if dropsTables, !dialect.capabilities.supportsDropCascade {
                // Without `drop … cascade`, keys among the dropped tables would block them.
                let removed = Set(difference.removedTables.map(\.qualifiedName))
                for table in difference.removedTables {
                    drops += table.foreignKeys.filter { removed.contains($0.referencedTable) && $0.referencedTable != table.qualifiedName }
                        .map { .dropForeignKey($0, table: table.qualifiedName) }
                }
            }
            script.append(try dialect.render(drops))
        }

        // A renamed table's primary key follows it at once (PostgreSQL keeps `<old>_pkey`), so a
        // new table may take the old name, and its key the old key's name.
        let namesKeys = dialect.defaultPrimaryKeyName(table: "t") != nil
        script.append(try dialect.render(difference.changedTables.filter(\.isRenamed).flatMap { table in
            [SchemaOperation.renameTable(from: table.from.qualifiedName, to: table.to.qualifiedName)]
                + (namesKeys ? [table.primaryKeyRenameOperation()].compactMap { $0 } : [])
        }))

        var newTableKeys: [[SQLStatement]] = []
        for table in difference.newTables {
            script.append(try SchemaGenerator.createStatements(for: table, dialect: dialect))
            if !inline, createForeignKeyConstraints {
                newTableKeys.append(try dialect.render(table.foreignKeys.map { .addForeignKey($0, table: table.qualifiedName) }))
            }
        }

        if dropsTables {
            // A child gives up a parent that goes before it goes: `drop … cascade` would take the child.
            script.append(try dialect.render(releasingChildren(of: difference.removedTables, in: &difference)))
            script.append(try dialect.render(difference.removedTables.map { .dropTable($0.qualifiedName) }))
        }

        let alterations = try difference.changedTables.map { try dialect.alterTable($0, context: context) }
        for alteration in alterations { script.append(alteration.foreignKeyDrops) }
        for alteration in alterations { script.append(alteration.statements) }
        if createForeignKeyConstraints {
            // One group per table, as in the create script.
            for keys in newTableKeys { script.append(keys) }
            for alteration in alterations { script.append(alteration.foreignKeyAdditions) }
        }

        script.append(try dialect.render(sequenceOwners(difference)))

        var drops: [SchemaOperation] = difference.removedSequences.map { .dropObject(.sequence($0)) }
        drops += difference.removedCompositeTypes.map { .dropObject(.compositeType($0)) }
        drops += difference.removedDomains.map { .dropObject(.domain($0)) }
        drops += difference.removedNativeEnums.map(SchemaOperation.dropNativeEnum)
        drops += difference.removedCollations.map { .dropObject(.collation($0)) }
        script.append(enums.after + (safe ? [] : try dialect.render(drops)))
        if dropsTables {
            script.append(try dialect.render(difference.removedNamespaces.map(SchemaOperation.dropNamespace)))
        }

        if script.statements.contains(where: \.requirements.needsForeignKeysOff) {
            return try dialect.guardingForeignKeys(script)
        }
        return script
    }

    /// `no inherit` for the kept tables that inherit from a removed one (PostgreSQL), taken out
    /// of their later alteration.
    private func releasingChildren(of removed: [TableSchema], in difference: inout SchemaDifference) -> [SchemaOperation] {
        let gone = Set(removed.map(\.qualifiedName))
        guard !gone.isEmpty else { return [] }
        var operations: [SchemaOperation] = []
        for index in difference.changedTables.indices {
            let live = difference.changedTables[index].from.options
            guard live.inherits.contains(where: gone.contains) else { continue }
            var released = live
            released.inherits.removeAll(where: gone.contains)
            operations.append(.setTableOptions(from: live, to: released, table: difference.changedTables[index].to.qualifiedName))
            difference.changedTables[index].from.options = released
            let target = difference.changedTables[index].to.options
            difference.changedTables[index].optionsChange = released.differs(from: target, canonical: dialect.canonicalExpression)
                ? ValueChange(from: released, to: target) : nil
        }
        return operations
    }

    /// Domains, composite types and sequences to create or change before the tables: a
    /// sequence without its owner, and one that leaves its owner let go of first (dropping the
    /// old owner column would take it along).
    private func objectsBeforeTables(_ difference: SchemaDifference) -> [SchemaOperation] {
        var operations: [SchemaOperation] = difference.newDomains.map { .createObject(.domain($0)) }
        operations += difference.changedDomains.map { .alterObject(from: .domain($0.from), to: .domain($0.to)) }
        operations += difference.newCompositeTypes.map { .createObject(.compositeType($0)) }
        operations += difference.changedCompositeTypes.map { .alterObject(from: .compositeType($0.from), to: .compositeType($0.to)) }
        operations += difference.newSequences.map { .createObject(.sequence($0)) }
        for change in difference.changedSequences {
            operations.append(.alterObject(from: .sequence(change.from), to: .sequence(change.to)))
            if change.from.ownedBy != nil, owner(change.from) != owner(change.to) {
                var released = change.to
                released.ownedBy = nil
                operations.append(.setSequenceOwner(released))
            }
        }
        return operations
    }

    /// `owned by` for new sequences with an owner and sequences whose owner changes.
    private func sequenceOwners(_ difference: SchemaDifference) -> [SchemaOperation] {
        difference.newSequences.filter { $0.ownedBy != nil }.map(SchemaOperation.setSequenceOwner)
            + difference.changedSequences.filter { $0.to.ownedBy != nil && owner($0.from) != owner($0.to) }
                .map { .setSequenceOwner($0.to) }
    }

    /// A sequence's owner with the default namespace left implicit.
    private func owner(_ sequence: SequenceSchema) -> SequenceOwner? {
        sequence.ownedBy.map { owner in
            var owner = owner
            if owner.table.schema == dialect.defaultSchema { owner.table.schema = nil }
            return owner
        }
    }
}
