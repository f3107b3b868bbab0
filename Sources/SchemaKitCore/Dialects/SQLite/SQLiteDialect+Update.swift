extension SQLiteDialect {
    /// SQLite alters little in place (add, drop and rename a column, rename a table); any other
    /// change rebuilds the table:
    ///
    /// ```sql
    /// create table "book__temp_alter" ("id" integer not null primary key autoincrement, "title" text not null,
    ///   constraint "book_author_id_foreign" foreign key ("author_id") references "author" ("id"));
    /// insert into "book__temp_alter" ("id", "title") select "id", "name" from "book";
    /// drop table "book";
    /// pragma legacy_alter_table = on;
    /// alter table "book__temp_alter" rename to "book";
    /// pragma legacy_alter_table = off;
    /// ```
    ///
    /// A rebuild needs foreign keys off (its `drop table` would cascade into child tables), so
    /// the planner runs the script between `pragma foreign_keys = off` and `on`, outside the
    /// transaction where the pragma works, with `pragma foreign_key_check` before the commit.
    /// The rename runs in legacy mode: otherwise SQLite checks every view and trigger that names
    /// the table while it is gone, and refuses the rename (`error in view …: no such table`);
    /// only that statement, so that a table renamed elsewhere in the script still carries its
    /// references along. An `autoincrement` table keeps its high-water mark (`sqlite_sequence`),
    /// so the ids of deleted rows are not handed out again, and the triggers on the table, which
    /// go with it, are created again (``TableSchema/triggers``).
    public func alterTable(_ table: TableDifference, context: AlterationContext) throws -> TableAlteration {
        let name = table.to.qualifiedName
        guard let rebuild = rebuild(table, context: context) else {
            var operations: [SchemaOperation] = table.droppedIndexes.map { .dropIndex($0, table: name) }
            operations += table.renamedColumns.map { .renameColumn(from: $0.from.name, to: $0.to, table: name) }
            if !context.safe { operations += table.removedColumns.map { .dropColumn($0, table: name) } }
            operations += table.addedColumns.map { .addColumn($0, table: table.to) }
            operations += table.renamedIndexes.map { .renameIndex(from: $0.from, to: $0.to, table: name) }
            operations += table.createdIndexes.map { .createIndex($0, table: name) }
            return TableAlteration(statements: try render(operations))
        }
        if table.from.qualifiedName != name, !table.from.triggers.isEmpty {
            // Their text, as read, names the old table; SQLite rewrote it when the table was renamed.
            throw unsupported("""
                rebuilding a renamed table with triggers: \(table.from.qualifiedName), renamed to \(name), has \
                \(table.from.triggers.count) trigger(s), which the rebuild would drop and whose text names the old table; drop \
                them before this update and create them again after it
                """)
        }
        // Unique constraints come back inline with the table; the other indexes after it.
        return TableAlteration(statements: try statements(for: rebuild)
            + render(rebuild.to.indexes.filter { !$0.isConstraint }.map { .createIndex($0, table: name) }))
    }

    /// The rebuild a change needs, or `nil` when the table can be altered in place.
    private func rebuild(_ table: TableDifference, context: AlterationContext) -> TableRebuild? {
        let live = table.liveTable
        let keyColumns = Set(table.from.foreignKeys.flatMap(\.columns))
        let checkText = table.from.checks.map(\.expression).joined(separator: " ").lowercased()
        let hasGenerated = table.from.columns.contains { $0.generated != nil } || table.to.columns.contains { $0.generated != nil }

        // `add column` wants a constant default, no key, and something for existing rows.
        let canAdd = table.addedColumns.allSatisfy { column in
            !column.isAutoincrement && column.generated?.storage != .stored
                && (column.isNullable || column.defaultValue.map { $0.lowercased() != "null" } == true)
                && column.defaultValue.map(Self.isConstantDefault) ?? true
                && !table.to.foreignKeys.contains { $0.columns.contains(column.name) }
        }
        // `drop column` refuses a column a key, check, generated column or kept index uses.
        let droppedIndexes = Set(table.droppedIndexes.map(\.name))
        let keptIndexes = table.from.indexes.filter { !droppedIndexes.contains($0.name) }
        let canDrop = context.safe || table.removedColumns.allSatisfy { column in
            let lowered = column.name.lowercased()
            return !(table.from.primaryKey?.columns.contains(column.name) ?? false) && !keyColumns.contains(column.name)
                && !checkText.contains(lowered) && !hasGenerated
                && !keptIndexes.contains { index in
                    index.columnNames.contains(column.name)
                        || [index.expression, index.predicate].contains { $0?.lowercased().contains(lowered) == true }
                }
        }
        let needsRebuild = !table.changedColumns.isEmpty || table.primaryKeyChange != nil || table.primaryKeyRename != nil
            || !table.orphanedForeignKeys.isEmpty
            || table.optionsChange != nil
            // A unique constraint lives in the table's definition.
            || (table.droppedIndexes + table.createdIndexes).contains(where: \.isConstraint)
            || !table.addedForeignKeys.isEmpty || !table.removedForeignKeys.isEmpty || !table.changedForeignKeys.isEmpty
            || !table.addedChecks.isEmpty || !table.removedChecks.isEmpty || !table.changedChecks.isEmpty
            || !canAdd || !canDrop
        guard needsRebuild else { return nil }

        var target = table.to
        if context.safe {
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
        return TableRebuild(from: live, to: target, sources: sources)
    }

    private func statements(for rebuild: TableRebuild) throws -> [SQLStatement] {
        let name = rebuild.to.qualifiedName, temporary = rebuild.temporaryName
        var table = rebuild.to
        table.name = temporary.name
        // Generated columns compute their own values; the others come from their source column
        // or, without one, take their default.
        let copied = rebuild.to.columns.filter { $0.generated == nil }.compactMap { column in
            rebuild.sources[column.name].map { (target: column.name, source: $0) }
        }
        var statements = [try createTable(table)]
        statements[0].table = name
        if !copied.isEmpty {
            statements.append(statement(
                "insert into \(table: temporary) (\(ids: copied.map(\.target))) select \(ids: copied.map(\.source)) from \(table: rebuild.from.qualifiedName)",
                .copyRows, table: name))
        }
        if rebuild.to.columns.contains(where: \.isAutoincrement) {
            // The new table's sequence starts at its largest copied id; the old one may be past it.
            statements.append(statement("""
                update sqlite_sequence set seq = max(seq, coalesce((select seq from sqlite_sequence where name = \(literal: name.name)), 0)) \
                where name = \(literal: temporary.name)
                """, .copyRows, table: name))
            statements.append(statement("""
                insert into sqlite_sequence (name, seq) select \(literal: temporary.name), seq from sqlite_sequence \
                where name = \(literal: name.name) and not exists (select 1 from sqlite_sequence where name = \(literal: temporary.name))
                """, .copyRows, table: name))
        }
        let dropsColumns = rebuild.from.columns.contains { old in !rebuild.sources.values.contains(old.name) }
        statements.append(statement("drop table \(table: rebuild.from.qualifiedName)", .dropTable, table: name, isDestructive: dropsColumns,
                                    requirements: .init(needsForeignKeysOff: true)))
        statements.append(statement("pragma legacy_alter_table = on", .alterTable, table: name))
        statements.append(statement("alter table \(table: temporary) rename to \(id: name.name)", .renameTable, table: name))
        statements.append(statement("pragma legacy_alter_table = off", .alterTable, table: name))
        for trigger in rebuild.from.triggers {
            // The database's own text, as it keeps it.
            statements.append(SQLStatement(unsafeSQL: trigger, kind: .alterTable, table: name))
        }
        return statements
    }

    /// Whether `alter table … add column` accepts this default: SQLite wants a constant there.
    /// Whether `alter table … add column` accepts the default: a literal (a string, a blob, a
    /// signed number, `null`, `true`, `false`), not a function or `current_timestamp` — however
    /// the expression is parenthesised or not.
    static func isConstantDefault(_ value: String) -> Bool {
        var tokens = SQLLexer(rules: .sqlite).meaningfulTokens(in: value)
        if let sign = tokens.first, sign.kind == .operator, sign.text == "-" || sign.text == "+" { tokens.removeFirst() }
        guard tokens.count == 1, let token = tokens.first else { return false }
        switch token.kind {
        case .string, .number: return true
        case .word: return ["null", "true", "false"].contains(token.text.lowercased())
        default: return false
        }
    }
}

/// A SQLite table rebuild: the live table, the target, and where each target column's values
/// come from.
struct TableRebuild: Sendable, Hashable {
    /// The live table (already under the target's name when it was renamed).
    var from: TableSchema
    var to: TableSchema
    /// Target column → live column it is copied from; target columns missing here take their
    /// default.
    var sources: [String: String]

    /// The temporary name the new table is built under.
    var temporaryName: QualifiedName { QualifiedName(to.name + "__temp_alter", schema: to.schema) }
}
