/// Puts a ``SchemaDifference`` in order; the dialect decides what each part becomes.
///
/// The order is MikroORM's (`diffToSQL`), with what it gets wrong fixed:
///
/// 1. new namespaces; new native enum types; changed ones (``SQLDialect/alterNativeEnums(_:context:)``);
/// 2. foreign keys that reference a table about to be dropped (and, without `drop … cascade`,
///    keys among the dropped tables);
/// 3. table renames; new tables (keys come later); removed tables;
/// 4. per changed table (``SQLDialect/alterTable(_:context:)``): its foreign keys that go;
/// 5. per changed table: its own changes — in place, rebuilt, or whatever the engine needs;
/// 6. foreign keys of new tables; each changed table's new foreign keys;
/// 7. what the enum changes leave to the end; enum types and namespaces no longer used.
///
/// When a statement needs foreign keys off (``SQLStatement/Requirements/needsForeignKeysOff``:
/// a SQLite rebuild or table drop), the dialect guards the whole script
/// (``SQLDialect/guardingForeignKeys(_:)``), so a dropped parent never cascades into a child
/// table and no broken reference is committed.
///
/// `safe` leaves out whatever loses data: dropped tables, columns, enum types and namespaces
/// (a SQLite rebuild keeps the removed columns). `dropTables: false` keeps tables and
/// namespaces only.
struct UpdatePlanner {
    let dialect: any SQLDialect
    let safe: Bool
    let dropTables: Bool
    let createForeignKeyConstraints: Bool

    private var dropsTables: Bool { dropTables && !safe }

    func script(for difference: SchemaDifference, target: DatabaseSchema) throws -> SQLScript {
        var script = SQLScript()
        let inline = dialect.capabilities.requiresInlineConstraints
        var context = AlterationContext(safe: safe, dropsTables: dropsTables, difference: difference, target: target)

        script.append(try dialect.render(difference.newNamespaces.map(SchemaOperation.createNamespace)))
        let enums = try dialect.alterNativeEnums(difference.changedNativeEnums, context: context)
        context.recreatedNativeEnums = enums.recreated
        script.append(try dialect.render(difference.newNativeEnums.map(SchemaOperation.createNativeEnum)) + enums.before)

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

        script.append(enums.after + (safe ? [] : try dialect.render(difference.removedNativeEnums.map(SchemaOperation.dropNativeEnum))))
        if dropsTables {
            script.append(try dialect.render(difference.removedNamespaces.map(SchemaOperation.dropNamespace)))
        }

        if script.statements.contains(where: \.requirements.needsForeignKeysOff) {
            return try dialect.guardingForeignKeys(script)
        }
        return script
    }
}
