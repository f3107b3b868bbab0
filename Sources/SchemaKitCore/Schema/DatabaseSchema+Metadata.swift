extension DatabaseSchema {
    /// The schema the entities describe, for one dialect.
    ///
    /// Constraint names come from the naming strategy and are shortened to the dialect's
    /// identifier limit; enumerations become a type, a check or a native enum as the dialect
    /// prefers; foreign keys get indexes where the dialect indexes them.
    ///
    /// ```swift
    /// let metadata = try MetadataDiscovery.discover([Author.self], naming: .underscore)
    /// let target = DatabaseSchema(metadata: metadata, dialect: .postgreSQL, naming: .underscore)
    /// ```
    public init(
        metadata: EntityMetadata,
        dialect: any SQLDialect,
        naming: any NamingStrategy = .underscore,
        createForeignKeyConstraints: Bool = true
    ) {
        let builder = TargetSchemaBuilder(dialect: dialect, naming: naming,
                                          createForeignKeyConstraints: createForeignKeyConstraints)
        self = builder.build(metadata)
    }
}

/// Turns portable metadata into one dialect's ``DatabaseSchema``.
private struct TargetSchemaBuilder {
    let dialect: any SQLDialect
    let naming: any NamingStrategy
    let createForeignKeyConstraints: Bool

    func build(_ metadata: EntityMetadata) -> DatabaseSchema {
        var schema = DatabaseSchema()
        for table in metadata.tables {
            schema.tables.append(build(table, enums: &schema.nativeEnums))
            if let namespace = table.schema, namespace != dialect.defaultSchema, dialect.capabilities.supportsSchemas,
               !schema.namespaces.contains(namespace) {
                schema.namespaces.append(namespace)
            }
        }
        schema.nativeEnums.sort { $0.qualifiedName < $1.qualifiedName }
        return schema
    }

    private func name(_ table: TableMetadata, _ columns: [String], _ kind: ConstraintKind) -> String {
        dialect.constraintName(naming.indexName(table: table.name, columns: columns, kind: kind), kind: kind)
    }

    private func build(_ table: TableMetadata, enums: inout [NativeEnumSchema]) -> TableSchema {
        let capabilities = dialect.capabilities
        let schemaName = capabilities.supportsSchemas ? table.schema : nil
        var result = TableSchema(
            name: table.name, schema: schemaName,
            comment: capabilities.supportsComments ? table.comment : nil, renamedFrom: table.renamedFrom, options: table.options)
        var enumChecks: [CheckSchema] = []
        result.columns.reserveCapacity(table.columns.count)
        for column in table.columns {
            var built = ColumnSchema(
                name: column.name,
                type: dialect.sqlType(for: column),
                isNullable: column.isNullable,
                defaultValue: column.defaultValue.map { dialect.sqlDefault($0, for: column) },
                isAutoincrement: column.isAutoincrement,
                isUnsigned: capabilities.supportsUnsigned && (column.isUnsigned || column.isAutoincrement),
                comment: capabilities.supportsComments ? column.comment : nil,
                collation: column.collation,
                generated: column.generated,
                enumItems: column.enumItems,
                nativeEnumName: nil,
                ignoreSchemaChanges: column.ignoreSchemaChanges,
                renamedFrom: column.renamedFrom,
                onUpdate: column.onUpdate)
            built.identity = column.isAutoincrement ? column.identity : nil
            built.isInvisible = column.isInvisible
            if let items = column.enumItems, column.type == .enumeration, column.columnType == nil {
                if let nativeName = column.nativeEnumName, capabilities.supportsNativeEnums {
                    built.nativeEnumName = nativeName
                    let native = NativeEnumSchema(name: nativeName, schema: schemaName, values: items)
                    if !enums.contains(where: { $0.qualifiedName == native.qualifiedName }) { enums.append(native) }
                } else if !capabilities.hasInlineEnumType, column.check == nil {
                    enumChecks.append(CheckSchema(
                        name: name(table, [column.name], .check),
                        expression: dialect.enumCheckExpression(column: column.name, items: items),
                        column: column.name))
                }
            }
            result.columns.append(built)
        }
        if !table.primaryKey.isEmpty {
            result.primaryKey = PrimaryKeySchema(columns: table.primaryKey)
        }

        for index in table.indexes {
            result.indexes.append(build(index, table: table))
        }
        for key in table.foreignKeys where key.createConstraint && createForeignKeyConstraints {
            result.foreignKeys.append(ForeignKeySchema(
                name: key.name ?? name(table, key.columns, .foreign),
                columns: key.columns,
                referencedTable: capabilities.supportsSchemas ? key.referencedTable : QualifiedName(key.referencedTable.name),
                referencedColumns: key.referencedColumns,
                deleteRule: key.deleteRule, updateRule: key.updateRule, deferral: key.deferral))
        }
        if !capabilities.allowsMultipleCascadePaths {
            // Self references and a second key to the same table would be second cascade paths:
            // they keep no rules (MikroORM does the same for SQL Server).
            var seen: Set<QualifiedName> = []
            for index in result.foreignKeys.indices {
                let target = result.foreignKeys[index].referencedTable
                if target.name == table.name || !seen.insert(target).inserted {
                    result.foreignKeys[index].deleteRule = nil
                    result.foreignKeys[index].updateRule = nil
                }
            }
        }
        if capabilities.indexesForeignKeys {
            for key in table.foreignKeys where !isCovered(key.columns, in: result) {
                result.indexes.append(IndexSchema(
                    name: name(table, key.columns, .index), columns: key.columns.map { .init($0) }))
            }
        }

        for column in table.columns {
            if let check = column.check {
                result.checks.append(CheckSchema(name: name(table, [column.name], .check), expression: check, column: column.name))
            }
        }
        result.checks += enumChecks
        // An unnamed check takes the strategy's name (`book_check`, `book_price_check`), numbered
        // from 1 only when that name is taken: MikroORM's names.
        var taken = Set(result.checks.map(\.name))
        for check in table.checks {
            var checkName = check.name ?? ""
            if check.name == nil {
                let base = name(table, check.column.map { [$0] } ?? [], .check)
                checkName = base
                var number = 1
                while taken.contains(checkName) {
                    checkName = base + String(number)
                    number += 1
                }
            }
            taken.insert(checkName)
            result.checks.append(CheckSchema(name: checkName, expression: check.expression, column: check.column))
        }
        return result
    }

    private func build(_ index: IndexMetadata, table: TableMetadata) -> IndexSchema {
        let kind: ConstraintKind = index.isUnique ? .unique : .index
        let descending = dialect.capabilities.supportsDescendingIndexes ? index.descending : []
        let options = index.options
        let columns: [IndexSchema.Column] = index.expression == nil ? index.columns.map { column in
            IndexSchema.Column(column, descending: descending.contains(column), collation: options.collations[column],
                               operatorClass: options.operatorClasses[column], nulls: options.nulls[column],
                               length: options.prefixLengths[column])
        } : []
        // A unique constraint has plain key columns; anything more makes it a unique index.
        let plain = index.predicate == nil && index.expression == nil && index.method == nil
            && columns.allSatisfy { !$0.isDescending && !$0.hasOptions }
        var built = IndexSchema(
            name: index.name ?? name(table, index.columns, kind),
            columns: columns,
            isUnique: index.isUnique,
            isConstraint: index.isUnique && plain && !dialect.capabilities.requiresInlineConstraints,
            expression: index.expression,
            predicate: index.predicate,
            method: index.method,
            include: index.include,
            storageParameters: options.storageParameters.map { "\($0.key)=\($0.value)" }.sorted(),
            nullsNotDistinct: options.nullsNotDistinct,
            deferral: options.deferral,
            comment: dialect.capabilities.supportsComments ? options.comment : nil)
        built.isIgnored = options.isIgnored
        return built
    }

    /// Whether an index (or the primary key) already starts with exactly these columns.
    private func isCovered(_ columns: [String], in table: TableSchema) -> Bool {
        if let key = table.primaryKey, key.columns.starts(with: columns) { return true }
        return table.indexes.contains { $0.expression == nil && $0.predicate == nil && $0.columnNames.starts(with: columns) }
    }
}
