/// The common way to change a table that the engine can alter in place, as operations in
/// MikroORM's order: indexes and checks dropped, primary key dropped, columns renamed, dropped,
/// added and altered, primary key added, indexes created and renamed, checks added, comment.
///
/// Dialects use ``operations()`` as it is (PostgreSQL, SQL Server) or compose its steps with
/// their own (MySQL's auto-increment handling around a primary key change).
///
/// ```swift
/// let operations = InPlaceAlteration(table, context: context).operations()
/// // [.dropIndex(…), .renameColumn(…), .addColumn(…), .alterColumn(…), .createIndex(…)]
/// ```
public struct InPlaceAlteration: Sendable {
    /// The difference of the table being altered.
    public let table: TableDifference
    /// The update's options and what the planner decided before this table.
    public let context: AlterationContext

    /// The alteration of `table` within the update `context` describes.
    public init(_ table: TableDifference, context: AlterationContext) {
        self.table = table
        self.context = context
    }

    /// The table's target name, which every operation addresses (a table rename runs earlier).
    public var name: QualifiedName { table.to.qualifiedName }

    /// Columns whose computation changes: dropped and added again (their values are computed).
    /// Without safe mode a column that becomes generated is recomputed too.
    public var recomputedColumns: [ColumnDifference] {
        table.changedColumns.filter { change in
            change.changes.contains(.generated) && (change.from.generated != nil || !context.safe)
        }
    }

    /// Target indexes over a recomputed column that the difference does not already recreate:
    /// they go with the column, so they are dropped first and made again after.
    public var indexesOverRecomputedColumns: [IndexSchema] {
        let recomputed = Set(recomputedColumns.map(\.to.name))
        guard !recomputed.isEmpty else { return [] }
        let handled = Set((table.createdIndexes + table.renamedIndexes.map(\.to)).map(\.name))
        return table.to.indexes.filter { index in
            !handled.contains(index.name) && index.columnNames.contains(where: recomputed.contains)
        }
    }

    /// Every step, in order.
    public func operations() -> [SchemaOperation] {
        var operations = drops()
        if table.primaryKeyChange != nil, let key = table.from.primaryKey {
            operations.append(.changePrimaryKey(from: key, to: nil, table: name, liveTableName: table.from.name))
        }
        operations += columnRenames() + columnDrops()
        operations += columnAdditions(table.addedColumns + recomputedColumns.map(\.to))
        operations += columnAlterations(commentInDefinition: false)
        if table.primaryKeyChange != nil, let key = table.to.primaryKey {
            operations.append(.changePrimaryKey(from: nil, to: key, table: name, liveTableName: table.from.name))
        }
        // A renamed table's key is renamed with the table (``UpdatePlanner``).
        if !table.isRenamed, let rename = table.primaryKeyRenameOperation() { operations.append(rename) }
        return operations + creations()
    }

    /// Indexes and checks that go (with those over recomputed columns).
    public func drops() -> [SchemaOperation] {
        let dependent = Set(indexesOverRecomputedColumns.map(\.name))
        let dependentLive = table.from.indexes.filter { dependent.contains($0.name) }
        return (table.droppedIndexes + dependentLive).map { .dropIndex($0, table: name) }
            + table.droppedChecks.map { .dropCheck($0, table: name) }
            + table.removedExclusions.map { .dropExclusion($0, table: name) }
            + table.removedPeriods.map { .dropPeriod($0, table: name) }
    }

    /// Renames of the columns kept under a new name.
    public func columnRenames() -> [SchemaOperation] {
        table.renamedColumns.map { .renameColumn(from: $0.from.name, to: $0.to, table: name) }
    }

    /// Removed columns (unless safe), then recomputed ones.
    public func columnDrops() -> [SchemaOperation] {
        (context.safe ? [] : table.removedColumns.map { .dropColumn($0, table: name) })
            + recomputedColumns.map { .dropColumn($0.to, table: name) }
    }

    /// Additions of `columns` to the target table.
    public func columnAdditions(_ columns: [ColumnSchema]) -> [SchemaOperation] {
        columns.map { .addColumn($0, table: table.to) }
    }

    /// Changed columns, except recomputed ones. A comment change alone is a comment; with other
    /// changes it is part of the column's definition where the dialect restates the whole
    /// column (`commentInDefinition`), and a comment of its own otherwise.
    ///
    /// `adjust` may change the live and target column of each alteration (MySQL keeps
    /// auto-increment off until the new primary key stands).
    public func columnAlterations(
        commentInDefinition: Bool, adjust: (inout ColumnSchema, inout ColumnSchema) -> Void = { _, _ in }
    ) -> [SchemaOperation] {
        let recomputed = Set(recomputedColumns.map(\.to.name))
        var operations: [SchemaOperation] = []
        for change in table.changedColumns where !recomputed.contains(change.to.name) {
            var attributes = change.changes.attributes.subtracting([.comment, .generated])
            if attributes.contains(.enumValues), let native = change.to.nativeEnumName,
               !context.recreatedNativeEnums.contains(QualifiedName(native, schema: table.to.schema)) {
                // Values appended to the type in place; the column itself is unchanged.
                attributes.remove(.enumValues)
            }
            var live = change.from
            live.name = change.to.name
            var target = Self.restated(change.to, keeping: change.from)
            adjust(&live, &target)
            let commentChanged = change.changes.contains(.comment)
            if !attributes.isEmpty {
                operations.append(.alterColumn(from: live, to: target, table: table.to, changes: attributes))
                if commentChanged, !commentInDefinition {
                    operations.append(.setComment(table: name, column: target, comment: change.to.comment))
                }
            } else if commentChanged {
                operations.append(.setComment(table: name, column: target, comment: change.to.comment))
            }
        }
        return operations
    }

    /// Index renames, new indexes (and those over recomputed columns), new checks, the comment.
    public func creations() -> [SchemaOperation] {
        var operations: [SchemaOperation] = table.addedPeriods.map { .addPeriod($0, table: name) }
        operations += table.renamedIndexes.map { .renameIndex(from: $0.from, to: $0.to, table: name) }
        operations += (table.createdIndexes + indexesOverRecomputedColumns).map { .createIndex($0, table: name) }
        operations += table.recommentedIndexes.map { .setIndexComment($0, table: name) }
        operations += table.constraintComments.map { .setConstraintComment(name: $0.name, comment: $0.comment.to, table: name) }
        operations += table.createdChecks.map { .addCheck($0, table: name) }
        operations += table.addedExclusions.map { .addExclusion($0, table: name) }
        if table.commentChange != nil {
            operations.append(.setComment(table: name, column: nil, comment: table.to.comment))
        }
        if let change = table.optionsChange {
            var target = change.to
            if context.safe {
                // Safe mode loses nothing: partitions the target lacks stay, with their rows, and a
                // table keeps its history.
                target.partitions += change.from.partitions.filter { live in !target.partitions.contains { $0.name == live.name } }
                target.isSystemVersioned = target.isSystemVersioned || change.from.isSystemVersioned
            }
            operations.append(.setTableOptions(from: change.from, to: target, table: name))
        }
        return operations
    }

    /// The column an `alter column`/`modify` writes: the target, except for what the target
    /// leaves to the database — its ignored attributes. (A target without a collation has the
    /// default one.)
    public static func restated(_ target: ColumnSchema, keeping live: ColumnSchema) -> ColumnSchema {
        var column = target
        let ignored = target.ignoreSchemaChanges.union(live.ignoreSchemaChanges)
        if ignored.contains(.type) {
            column.type = live.type
            column.isUnsigned = live.isUnsigned
        }
        if ignored.contains(.default) { column.defaultValue = live.defaultValue }
        if ignored.contains(.collation) { column.collation = live.collation }
        return column
    }
}

extension SQLDialect {
    /// Renders an in-place alteration: the table's dropped foreign keys, its operations, and
    /// its new foreign keys. Dropping a recomputed generated column loses nothing.
    public func render(_ alteration: InPlaceAlteration, operations: [SchemaOperation]) throws -> TableAlteration {
        let table = alteration.table, name = alteration.name
        let recomputed = Set(alteration.recomputedColumns.filter { $0.from.generated != nil }.map(\.to.name))
        let statements = try operations.flatMap { operation in
            var rendered = try render(operation)
            if case .dropColumn(let column, _) = operation, recomputed.contains(column.name) {
                for index in rendered.indices { rendered[index].isDestructive = false }
            }
            return rendered
        }
        return TableAlteration(
            foreignKeyDrops: try render(table.droppedForeignKeys.map { .dropForeignKey($0, table: name) }),
            statements: statements,
            foreignKeyAdditions: try render(table.createdForeignKeys.map { .addForeignKey($0, table: name) }))
    }
}
