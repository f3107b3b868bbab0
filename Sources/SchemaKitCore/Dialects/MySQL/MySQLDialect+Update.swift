import Foundation

extension MySQLDialect {
    /// Tables are altered in place, with two steps MySQL needs around the common order:
    ///
    /// - every foreign key needs an index that starts with its columns, so a key whose
    ///   supporting index (or the primary key) is dropped goes first and comes back after the
    ///   new indexes (error 1553 otherwise);
    /// - an auto-increment column must be in a key at every moment, so around a primary key
    ///   change such columns lose auto-increment first and get it back once the new key stands,
    ///   the key is replaced in one statement, and a new auto-increment key column is added
    ///   together with its key (MySQL fills it only when it is a key from the start).
    ///
    /// A changed column is restated whole with `modify`, comment included:
    ///
    /// ```sql
    /// alter table `book` modify `id` int not null;
    /// alter table `book` drop primary key, add primary key (`id`, `isbn`);
    /// alter table `book` modify `id` int not null auto_increment;
    /// ```
    public func alterTable(_ table: TableDifference, context: AlterationContext) throws -> TableAlteration {
        var table = table
        var unpartitioning: [SQLStatement] = []
        if let change = table.optionsChange, change.from.partitioning != nil, change.to.partitioning == nil {
            // Before any other change: a new key need not hold the partition columns then.
            unpartitioning = [statement("alter table \(table: table.to.qualifiedName) remove partitioning", .alterTable,
                                        table: table.to.qualifiedName)]
            var live = change.from
            live.partitioning = nil
            table.optionsChange = live.differs(from: change.to) ? ValueChange(from: live, to: change.to) : nil
        }
        var alteration = try alterTableInPlace(recreatingKeysOverDroppedIndexes(table), context: context)
        alteration.statements.insert(contentsOf: unpartitioning, at: 0)
        alteration.foreignKeyAdditions += supportingIndexNamesKept(table)
        if flavor == .mariadb, table.from.options.isSystemVersioned || table.to.options.isSystemVersioned {
            let keep = historyKept
            if !alteration.foreignKeyDrops.isEmpty {
                alteration.foreignKeyDrops.insert(keep, at: 0)
            } else if !alteration.statements.isEmpty {
                alteration.statements.insert(keep, at: 0)
            } else if !alteration.foreignKeyAdditions.isEmpty {
                alteration.foreignKeyAdditions.insert(keep, at: 0)
            }
        }
        return alteration
    }

    /// MariaDB renames the index it made for a foreign key (`manager_id` for an unnamed key)
    /// after the key's name (`report_ibfk_1`) when the key is dropped and added again; the
    /// index's name comes back with `rename index if exists`, a no-op where the server kept it.
    /// Only an index named as the server names one (its first column, `manager_id_2` when that
    /// is taken) can be the server's.
    private func supportingIndexNamesKept(_ table: TableDifference) -> [SQLStatement] {
        guard flavor == .mariadb else { return [] }
        let name = table.to.qualifiedName
        return table.changedForeignKeys.map(\.to).compactMap { key in
            guard !table.to.indexes.contains(where: { $0.name == key.name }),
                  let index = table.to.indexes.first(where: { $0.expression == nil && $0.columnNames == key.columns }),
                  table.from.indexes.contains(where: { $0.name == index.name && $0.columnNames == key.columns }),
                  let first = key.columns.first,
                  index.name == first || index.name.range(of: "^" + NSRegularExpression.escapedPattern(for: first) + "_[0-9]+$",
                                                          options: .regularExpression) != nil
            else { return nil }
            return statement("alter table \(table: name) rename index if exists \(id: key.name) to \(id: index.name)", .renameIndex, table: name)
        }
    }

    private func alterTableInPlace(_ table: TableDifference, context: AlterationContext) throws -> TableAlteration {
        let alteration = InPlaceAlteration(table, context: context)
        // A new default collation converts the inheriting columns before any column changes, so
        // columns with a collation of their own get it afterwards.
        let conversion: [SchemaOperation] = table.collationChange.map { [.convertCollation($0.to, table: alteration.name)] } ?? []
        guard table.primaryKeyChange != nil else {
            var operations = alteration.drops() + conversion + alteration.columnRenames() + alteration.columnDrops()
            operations += alteration.columnAdditions(table.addedColumns + alteration.recomputedColumns.map(\.to))
            operations += alteration.columnAlterations(commentInDefinition: true)
            return try render(alteration, operations: operations + alteration.creations())
        }

        let name = alteration.name
        var operations = alteration.drops() + conversion
        var demoted: Set<String> = []
        for column in table.from.columns where column.isAutoincrement && (table.from.primaryKey?.columns.contains(column.name) ?? false) {
            var plain = column
            plain.isAutoincrement = false
            operations.append(.alterColumn(from: column, to: plain, table: table.liveTable, changes: [.autoincrement]))
            demoted.insert(table.newName(ofColumn: column.name))
        }
        operations += alteration.columnRenames() + alteration.columnDrops()
        let newKeyColumns = table.addedColumns.filter { $0.isAutoincrement && (table.to.primaryKey?.columns.contains($0.name) ?? false) }
        let added = (table.addedColumns + alteration.recomputedColumns.map(\.to)).filter { column in
            !newKeyColumns.contains { $0.name == column.name }
        }.map { column in
            var plain = column
            if column.isAutoincrement {
                plain.isAutoincrement = false
                demoted.insert(column.name)
            }
            return plain
        }
        operations += alteration.columnAdditions(added)
        operations += alteration.columnAlterations(commentInDefinition: true) { live, target in
            if demoted.contains(target.name) { live.isAutoincrement = false }
            if target.isAutoincrement {
                target.isAutoincrement = false
                demoted.insert(target.name)
            }
        }
        let first = try render(alteration, operations: operations)
        var statements = first.statements
        if let key = table.to.primaryKey, !newKeyColumns.isEmpty {
            var clauses = try newKeyColumns.map { column -> SQLFragment in "add \(try columnDefinition(column, table: name.name))" }
            if table.from.primaryKey != nil { clauses.append("drop primary key") }
            clauses.append("add primary key (\(ids: key.columns))")
            statements.append(statement("alter table \(table: name) \(clauses.joined(separator: ", "))", .addColumn, table: name))
        } else {
            statements += try render(.changePrimaryKey(from: table.from.primaryKey, to: table.to.primaryKey, table: name,
                                                       liveTableName: table.from.name))
        }
        var promotions: [SchemaOperation] = []
        for column in table.to.columns where column.isAutoincrement && demoted.contains(column.name) {
            var plain = column
            plain.isAutoincrement = false
            promotions.append(.alterColumn(from: plain, to: column, table: table.to, changes: [.autoincrement]))
        }
        statements += try render(promotions + alteration.creations())
        return TableAlteration(foreignKeyDrops: first.foreignKeyDrops, statements: statements,
                               foreignKeyAdditions: first.foreignKeyAdditions)
    }

    /// A key whose supporting index (or the primary key) is dropped goes first and comes back
    /// after the new indexes, or the drop fails (error 1553).
    private func recreatingKeysOverDroppedIndexes(_ table: TableDifference) -> TableDifference {
        var table = table
        var dropped = table.droppedIndexes.map { $0.columnNames.map(table.newName(ofColumn:)) }
        if table.primaryKeyChange != nil, let key = table.from.primaryKey { dropped.append(key.columns.map(table.newName(ofColumn:))) }
        guard !dropped.isEmpty else { return table }
        let handled = Set((table.createdForeignKeys + table.removedForeignKeys).map(\.name))
        for key in table.to.foreignKeys where !handled.contains(key.name) {
            guard let live = table.from.foreignKeys.first(where: { $0.name == key.name }),
                  dropped.contains(where: { $0.starts(with: key.columns) }) else { continue }
            table.changedForeignKeys.append(ForeignKeyDifference(from: live, to: key, changes: [.supportingIndexDropped]))
        }
        return table
    }
}
