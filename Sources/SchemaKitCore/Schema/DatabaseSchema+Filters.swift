extension DatabaseSchema {
    /// The schema without skipped tables, skipped columns (and the indexes, keys and checks
    /// that use them) and ignored namespaces. Applied to both sides of a comparison, so a
    /// skipped object is never created, altered or dropped.
    public func filtered(
        skipTables: [NameMatcher], skipColumns: [String: [NameMatcher]], ignoreSchema: [String]
    ) -> DatabaseSchema {
        // Nothing to leave out: the schema as it is, not a copy of every table.
        if skipTables.isEmpty, skipColumns.isEmpty, ignoreSchema.isEmpty { return self }
        var result = self
        result.tables = tables.compactMap { table -> TableSchema? in
            if let schema = table.schema, ignoreSchema.contains(schema) { return nil }
            if skipTables.matches(table.qualifiedName) { return nil }
            let matchers = skipColumns.filter { key, _ in
                key.lowercased() == table.name.lowercased()
                    || key.lowercased() == table.qualifiedName.description.lowercased()
            }.flatMap(\.value)
            guard !matchers.isEmpty else { return table }
            var filtered = table
            let skipped = Set(table.columns.map(\.name).filter { name in matchers.contains { $0.matches(name) } })
            guard !skipped.isEmpty else { return table }
            filtered.columns.removeAll { skipped.contains($0.name) }
            filtered.indexes.removeAll { !skipped.isDisjoint(with: $0.columnNames) }
            filtered.foreignKeys.removeAll { !skipped.isDisjoint(with: $0.columns) }
            filtered.checks.removeAll { $0.column.map(skipped.contains) ?? false }
            if let key = filtered.primaryKey, !skipped.isDisjoint(with: key.columns) { filtered.primaryKey = nil }
            return filtered
        }
        result.namespaces = namespaces.filter { !ignoreSchema.contains($0) }
        result.nativeEnums = nativeEnums.filter { native in native.schema.map { !ignoreSchema.contains($0) } ?? true }
        let kept = { (schema: String?) in schema.map { !ignoreSchema.contains($0) } ?? true }
        result.sequences = sequences.filter { kept($0.schema) }
        result.domains = domains.filter { kept($0.schema) }
        result.compositeTypes = compositeTypes.filter { kept($0.schema) }
        result.collations = collations.filter { kept($0.schema) }
        return result
    }

    /// Puts tables without a namespace into `namespace` (the `schema` option).
    func placingUnqualifiedTables(in namespace: String, defaultSchema: String?) -> DatabaseSchema {
        guard namespace != defaultSchema else { return self }
        var result = self
        for index in result.tables.indices where result.tables[index].schema == nil {
            result.tables[index].schema = namespace
            for key in result.tables[index].foreignKeys.indices
            where result.tables[index].foreignKeys[key].referencedTable.schema == nil {
                result.tables[index].foreignKeys[key].referencedTable.schema = namespace
            }
        }
        for index in result.nativeEnums.indices where result.nativeEnums[index].schema == nil {
            result.nativeEnums[index].schema = namespace
        }
        for index in result.sequences.indices where result.sequences[index].schema == nil {
            result.sequences[index].schema = namespace
            if result.sequences[index].ownedBy?.table.schema == nil { result.sequences[index].ownedBy?.table.schema = namespace }
        }
        for index in result.domains.indices where result.domains[index].schema == nil { result.domains[index].schema = namespace }
        for index in result.compositeTypes.indices where result.compositeTypes[index].schema == nil {
            result.compositeTypes[index].schema = namespace
        }
        for index in result.collations.indices where result.collations[index].schema == nil { result.collations[index].schema = namespace }
        if !result.namespaces.contains(namespace) { result.namespaces.append(namespace) }
        return result
    }
}
