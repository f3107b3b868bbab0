/// Compares two schemas of one dialect after bringing both into the dialect's canonical
/// spelling, so a schema created from metadata and read back compares equal to it.
///
/// ```swift
/// let difference = SchemaComparator.compare(from: try await database.introspect(.init()), to: target, dialect: dialect)
/// #expect(difference.isEmpty)
/// ```
public enum SchemaComparator {
    public static func compare(from: DatabaseSchema, to: DatabaseSchema, dialect: any SQLDialect) -> SchemaDifference {
        var difference = SchemaDifference()
        let fromNamespaces = Set(from.namespaces), toNamespaces = Set(to.namespaces)
        difference.newNamespaces = toNamespaces.subtracting(fromNamespaces).sorted()
        difference.removedNamespaces = fromNamespaces.subtracting(toNamespaces).sorted()

        let key: (QualifiedName) -> QualifiedName = { name in
            QualifiedName(name.name, schema: name.schema == dialect.defaultSchema ? nil : name.schema)
        }
        for native in to.nativeEnums {
            if let old = from.nativeEnums.first(where: { key($0.qualifiedName) == key(native.qualifiedName) }) {
                if old.values != native.values { difference.changedNativeEnums.append((old, native)) }
            } else {
                difference.newNativeEnums.append(native)
            }
        }
        difference.removedNativeEnums = from.nativeEnums.filter { old in
            !to.nativeEnums.contains { key($0.qualifiedName) == key(old.qualifiedName) }
        }

        for table in CommitOrder.sort(to.tables) {
            guard let old = from.tables.first(where: { key($0.qualifiedName) == key(table.qualifiedName) }) else {
                difference.newTables.append(table)
                continue
            }
            let tableDifference = compare(from: old, to: table, dialect: dialect, key: key)
            if !tableDifference.isEmpty { difference.changedTables.append(tableDifference) }
        }
        difference.removedTables = CommitOrder.sort(from.tables.filter { old in
            !to.tables.contains { key($0.qualifiedName) == key(old.qualifiedName) }
        }).reversed()
        return difference
    }

    static func compare(
        from: TableSchema, to: TableSchema, dialect: any SQLDialect, key: (QualifiedName) -> QualifiedName
    ) -> TableDifference {
        var difference = TableDifference(from: from, to: to)
        let capabilities = dialect.capabilities
        if capabilities.supportsComments, (from.comment ?? "") != (to.comment ?? "") {
            difference.commentChange = AttributeChange(attribute: "comment", from: describe(from.comment), to: describe(to.comment))
        }
        if from.primaryKey?.columns != to.primaryKey?.columns {
            difference.primaryKeyChange = AttributeChange(
                attribute: "primary key", from: describe(from.primaryKey?.columns), to: describe(to.primaryKey?.columns))
        }

        for column in to.columns {
            guard let old = from.column(column.name) else {
                difference.addedColumns.append(column)
                continue
            }
            var column = column
            if let tableDefault = from.collation, column.collation?.lowercased() == tableDefault.lowercased() {
                column.collation = nil
            }
            let changes = compare(from: old, to: column, dialect: dialect)
            if !changes.isEmpty { difference.changedColumns.append((old, column, changes)) }
        }
        difference.removedColumns = from.columns.filter { to.column($0.name) == nil }

        for index in to.indexes {
            guard let old = from.indexes.first(where: { $0.name == index.name }) else {
                difference.addedIndexes.append(index)
                continue
            }
            var changes: [AttributeChange] = []
            func check<T: Equatable>(_ name: String, _ lhs: T, _ rhs: T, _ text: (T) -> String) {
                if lhs != rhs { changes.append(AttributeChange(attribute: name, from: text(lhs), to: text(rhs))) }
            }
            let columns: (IndexSchema) -> String = { index in
                index.columns.map { $0.name + ($0.isDescending && capabilities.supportsDescendingIndexes ? " desc" : "") }
                    .joined(separator: ", ")
            }
            check("columns", columns(old), columns(index)) { $0 }
            check("unique", old.isUnique, index.isUnique) { "\($0)" }
            check("expression", old.expression.map(dialect.canonicalExpression), index.expression.map(dialect.canonicalExpression), describe)
            check("where", old.predicate.map(dialect.canonicalExpression), index.predicate.map(dialect.canonicalExpression), describe)
            check("method", old.method?.lowercased(), index.method?.lowercased(), describe)
            if !changes.isEmpty { difference.changedIndexes.append((old, index, changes)) }
        }
        difference.removedIndexes = from.indexes.filter { old in !to.indexes.contains { $0.name == old.name } }

        for foreignKey in to.foreignKeys {
            guard let old = from.foreignKeys.first(where: { $0.name == foreignKey.name }) else {
                difference.addedForeignKeys.append(foreignKey)
                continue
            }
            var changes: [AttributeChange] = []
            func check(_ name: String, _ lhs: String, _ rhs: String) {
                if lhs != rhs { changes.append(AttributeChange(attribute: name, from: lhs, to: rhs)) }
            }
            // `no action` and `restrict` behave alike here, and both are what an absent rule means.
            let rule: (ReferentialAction?) -> String = { action in
                switch action {
                case nil, .noAction, .restrict: "no action"
                case let action?: action.sql
                }
            }
            check("columns", old.columns.joined(separator: ", "), foreignKey.columns.joined(separator: ", "))
            check("references", key(old.referencedTable).description + "(" + old.referencedColumns.joined(separator: ", ") + ")",
                  key(foreignKey.referencedTable).description + "(" + foreignKey.referencedColumns.joined(separator: ", ") + ")")
            check("on delete", rule(old.deleteRule), rule(foreignKey.deleteRule))
            check("on update", rule(old.updateRule), rule(foreignKey.updateRule))
            check("deferrable", describe(old.deferral?.rawValue), describe(foreignKey.deferral?.rawValue))
            if !changes.isEmpty { difference.changedForeignKeys.append((old, foreignKey, changes)) }
        }
        difference.removedForeignKeys = from.foreignKeys.filter { old in !to.foreignKeys.contains { $0.name == old.name } }

        for check in to.checks {
            guard let old = from.checks.first(where: { $0.name == check.name }) else {
                difference.addedChecks.append(check)
                continue
            }
            let lhs = dialect.canonicalExpression(old.expression), rhs = dialect.canonicalExpression(check.expression)
            if lhs != rhs {
                difference.changedChecks.append((old, check, [AttributeChange(attribute: "expression", from: lhs, to: rhs)]))
            }
        }
        difference.removedChecks = from.checks.filter { old in !to.checks.contains { $0.name == old.name } }
        return difference
    }

    /// The attributes in which two same-named columns differ, in canonical spelling.
    public static func compare(from old: ColumnSchema, to new: ColumnSchema, dialect: any SQLDialect) -> [AttributeChange] {
        let lhs = dialect.canonicalColumn(old), rhs = dialect.canonicalColumn(new)
        let ignored = old.ignoreSchemaChanges.union(new.ignoreSchemaChanges)
        let capabilities = dialect.capabilities
        var changes: [AttributeChange] = []
        func check(_ name: String, _ a: String, _ b: String) {
            if a != b { changes.append(AttributeChange(attribute: name, from: a, to: b)) }
        }
        let isGenerated = lhs.generated != nil || rhs.generated != nil
        if !ignored.contains(.type) {
            check("type", lhs.nativeEnumName ?? lhs.type, rhs.nativeEnumName ?? rhs.type)
        }
        if !isGenerated { check("nullable", "\(lhs.isNullable)", "\(rhs.isNullable)") }
        if !ignored.contains(.default), !lhs.isAutoincrement, !rhs.isAutoincrement {
            check("default", describe(lhs.defaultValue), describe(rhs.defaultValue))
        }
        check("autoincrement", "\(lhs.isAutoincrement)", "\(rhs.isAutoincrement)")
        if capabilities.supportsUnsigned { check("unsigned", "\(lhs.isUnsigned)", "\(rhs.isUnsigned)") }
        if capabilities.supportsComments { check("comment", lhs.comment ?? "", rhs.comment ?? "") }
        if !ignored.contains(.collation), let collation = rhs.collation {
            check("collation", describe(lhs.collation?.lowercased()), collation.lowercased())
        }
        check("generated",
              describe(lhs.generated.map { dialect.canonicalExpression($0.expression) + " " + $0.storage.rawValue }),
              describe(rhs.generated.map { dialect.canonicalExpression($0.expression) + " " + $0.storage.rawValue }))
        if lhs.nativeEnumName != nil || rhs.nativeEnumName != nil {
            check("enum values", describe(lhs.enumItems), describe(rhs.enumItems))
        }
        return changes
    }

    static func describe(_ value: String?) -> String { value ?? "none" }
    static func describe(_ value: [String]?) -> String { value.map { "(" + $0.joined(separator: ", ") + ")" } ?? "none" }
}
