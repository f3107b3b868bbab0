/// Resolves and validates entity declarations into ``EntityMetadata``.
///
/// Every problem is collected, then thrown at once as one ``SchemaError`` with code
/// ``SchemaError/Code/invalidMetadata``; nothing is produced from metadata that failed.
///
/// ```swift
/// let metadata = try MetadataDiscovery.discover([Author.schema, Book.schema], naming: .underscore)
/// ```
public enum MetadataDiscovery {
    /// Resolves entity declarations into tables: names from `naming` unless declared, relations into
    /// foreign keys, many-to-many relations into pivot tables.
    ///
    /// - Throws: ``SchemaError`` with code ``SchemaError/Code/invalidMetadata``, listing every problem
    ///   found: an unknown relation target, a missing primary key, two properties on one column, …
    public static func discover(_ entities: [EntitySchema], naming: any NamingStrategy) throws -> EntityMetadata {
        var discovery = Discovery(entities: entities, naming: naming)
        let tables = discovery.run()
        if !discovery.issues.isEmpty { throw SchemaError.invalidMetadata(discovery.issues) }
        return EntityMetadata(tables: tables)
    }

    /// Resolves entity types through their `schema` declarations, as the `[EntitySchema]` overload does.
    ///
    /// - Throws: ``SchemaError`` with code ``SchemaError/Code/invalidMetadata``, listing every problem found.
    public static func discover(_ types: [any Entity.Type], naming: any NamingStrategy) throws -> EntityMetadata {
        try discover(types.map { $0.schema }, naming: naming)
    }
}

/// The state of one discovery run.
private struct Discovery {
    let entities: [EntitySchema]
    let naming: any NamingStrategy
    var issues: [SchemaError.Issue] = []

    private var byName: [String: EntitySchema] = [:]
    /// Entity name → the entity owning its table (itself, or its single-table root).
    private var tableOwner: [String: String] = [:]
    /// Table-owning entity → its table name.
    private var tableNames: [String: QualifiedName] = [:]
    /// Table-owning entity → the other entities stored in its table, by name (single-table
    /// inheritance), found once rather than by a pass over every entity per table.
    private var descendants: [String: [EntitySchema]] = [:]
    /// Primary key columns per table-owning entity, resolved lazily (relations may form keys).
    private var primaryKeyCache: [String: [ColumnMetadata]] = [:]
    private var resolvingKeys: Set<String> = []

    init(entities: [EntitySchema], naming: any NamingStrategy) {
        self.entities = entities
        self.naming = naming
    }

    mutating func run() -> [TableMetadata] {
        for entity in entities {
            if byName[entity.name] != nil {
                issue(entity.name, nil, "is registered twice")
            }
            byName[entity.name] = entity
        }
        resolveHierarchies()
        var tables: [TableMetadata] = []
        var seenTables: [QualifiedName: String] = [:]
        for entity in entities where tableOwner[entity.name] == entity.name {
            guard let table = buildTable(for: entity) else { continue }
            if let other = seenTables[table.qualifiedName] {
                issue(entity.name, nil, "maps to table '\(table.qualifiedName)', which entity '\(other)' already uses")
                continue
            }
            seenTables[table.qualifiedName] = entity.name
            tables.append(table)
        }
        for entity in entities where tableOwner[entity.name] == entity.name {
            for pivot in buildPivotTables(for: entity) {
                if let other = seenTables[pivot.qualifiedName] {
                    issue(entity.name, String(pivot.entity.split(separator: ".").last ?? ""),
                          "pivot table '\(pivot.qualifiedName)' clashes with entity '\(other)'")
                    continue
                }
                seenTables[pivot.qualifiedName] = pivot.entity
                tables.append(pivot)
            }
        }
        return tables
    }

    // MARK: - Hierarchies

    private mutating func resolveHierarchies() {
        for entity in entities where !entity.isEmbeddable {
            var current = entity
            var visited: Set<String> = [entity.name]
            while case .child(let parent, _) = current.inheritance {
                guard let next = byName[parent] else {
                    issue(entity.name, nil, "inherits from '\(parent)', which is not a registered entity")
                    break
                }
                guard visited.insert(next.name).inserted else {
                    issue(entity.name, nil, "has an inheritance cycle through '\(parent)'")
                    break
                }
                current = next
            }
            tableOwner[entity.name] = current.name
            if current.name != entity.name { descendants[current.name, default: []].append(entity) }
        }
        for root in descendants.keys { descendants[root]?.sort { $0.name < $1.name } }
        for entity in entities where tableOwner[entity.name] == entity.name {
            tableNames[entity.name] = QualifiedName(
                entity.tableName ?? naming.tableName(forEntity: entity.name), schema: entity.schema)
        }
    }

    /// The entities stored in `root`'s table, root first, then its descendants by name.
    private func hierarchy(of root: EntitySchema) -> [EntitySchema] {
        [root] + (descendants[root.name] ?? [])
    }

    // MARK: - Tables

    private mutating func buildTable(for root: EntitySchema) -> TableMetadata? {
        guard let qualified = tableNames[root.name] else { return nil }
        var table = TableMetadata(
            entity: root.name, name: qualified.name, schema: qualified.schema, comment: root.comment,
            columns: [], primaryKey: [], foreignKeys: [], indexes: [], checks: [], isPivot: false,
            renamedFrom: root.renamedFrom, options: root.tableOptions)
        let members = hierarchy(of: root)
        // About a column per property: a table of 5,000 is not built by doubling its buffer, nor
        // are the maps below grown by rehashing.
        let propertyCount = members.reduce(0) { $0 + $1.properties.count }
        table.columns.reserveCapacity(propertyCount)
        // Each column's entity and property, by column name: which columns the table has so far.
        var columnOwners: [String: (entity: String, property: String)] = Dictionary(minimumCapacity: propertyCount)
        var propertyColumns: [String: [String]] = Dictionary(minimumCapacity: propertyCount)

        for member in members {
            let isChild = member.name != root.name
            for property in member.properties where property.persist {
                if case .some(.child) = member.inheritance, root.properties.contains(where: { $0.name == property.name }) {
                    continue
                }
                var columns = columns(for: property, in: member, table: table.name)
                if isChild { for index in columns.indices { columns[index].isNullable = true } }
                propertyColumns[property.name] = columns.map(\.name)
                // A property two children share maps to the same columns once, with one set of constraints.
                let isShared = isChild && !columns.isEmpty && columns.allSatisfy { column in
                    table.columns.contains { $0.name == column.name && $0.isCompatible(with: column) }
                }
                for column in columns {
                    if let owner = columnOwners[column.name] {
                        let existing = table.columns.firstIndex { $0.name == column.name }
                        if existing.map({ !table.columns[$0].isCompatible(with: column) }) ?? true || !isChild {
                            issue(member.name, column.property, "column '\(column.name)' clashes with \(owner.entity).\(owner.property)")
                        }
                        continue
                    }
                    columnOwners[column.name] = (member.name, column.property)
                    table.columns.append(column)
                }
                if isShared { continue }
                if let relation = property.relation, relation.ownsColumn,
                   let foreignKey = foreignKey(for: property, relation: relation, in: member, columns: columns) {
                    table.foreignKeys.append(foreignKey)
                }
                if property.isPrimary {
                    if isChild {
                        issue(member.name, property.name, "a single-table child cannot declare a primary key; its root '\(root.name)' owns it")
                    } else {
                        table.primaryKey += columns.map(\.name)
                    }
                }
                appendPropertyConstraints(property, columns: columns, entity: member.name, to: &table)
            }
        }

        if case .root(let discriminator, _) = root.inheritance {
            addDiscriminator(discriminator, root: root, members: members, to: &table, propertyColumns: &propertyColumns)
        }
        if !root.isEmbeddable, table.primaryKey.isEmpty {
            issue(root.name, nil, "has no primary key; mark a property with PrimaryKey or primary: true")
        }
        markAutoincrement(&table, root: root)

        for member in members {
            for definition in member.indexes {
                appendIndex(definition, entity: member.name, propertyColumns: propertyColumns, to: &table)
            }
            for check in member.checks {
                let column = check.property.flatMap { propertyColumns[$0]?.first }
                if let property = check.property, column == nil {
                    issue(member.name, property, "check refers to an unknown property")
                }
                table.checks.append(CheckMetadata(name: check.name, expression: check.expression, column: column))
            }
        }
        return table
    }

    private mutating func addDiscriminator(
        _ property: String, root: EntitySchema, members: [EntitySchema], to table: inout TableMetadata,
        propertyColumns: inout [String: [String]]
    ) {
        let values = members.compactMap { $0.inheritance?.discriminatorValue }.sorted()
        let name = naming.columnName(forProperty: property)
        if let index = table.columns.firstIndex(where: { $0.name == name }) {
            table.columns[index].enumItems = values
        } else {
            table.columns.append(ColumnMetadata(
                property: property, name: name, type: .enumeration, isUnsigned: false, isNullable: false,
                isAutoincrement: false, isArray: false, ignoreSchemaChanges: []
            ).with(enumItems: values))
            propertyColumns[property] = [name]
        }
        table.indexes.append(IndexMetadata(
            name: nil, columns: [name], isUnique: false, descending: []))
    }

    private mutating func markAutoincrement(_ table: inout TableMetadata, root: EntitySchema) {
        // Only the properties that say so, and a single-column key, are auto-increment: the
        // others are not looked up column by column.
        let declaring = root.properties.filter { $0.identity != nil || $0.autoincrement != nil }
        for index in table.columns.indices {
            let column = table.columns[index]
            let property = declaring.first { $0.name == column.property }
            let declared = property?.identity != nil ? true : property?.autoincrement
            let isSingleKey = table.primaryKey == [column.name]
            let isRelation = table.foreignKeys.contains { $0.columns.contains(column.name) }
            let automatic = isSingleKey && !isRelation && (column.type?.isInteger ?? false)
                && column.columnType == nil && column.defaultValue == nil
            let autoincrement = declared ?? automatic
            if autoincrement, !(column.type?.isInteger ?? false), column.columnType == nil {
                issue(root.name, column.property, "autoincrement needs an integer column, not \(column.type?.rawValue ?? "unknown")")
                continue
            }
            table.columns[index].isAutoincrement = autoincrement
        }
    }

    // MARK: - Columns

    /// The columns a property maps to (none for inverse relations).
    private mutating func columns(for property: PropertySchema, in entity: EntitySchema, table: String) -> [ColumnMetadata] {
        if let relation = property.relation {
            guard relation.ownsColumn else {
                validateInverse(property, relation: relation, in: entity)
                return []
            }
            return relationColumns(for: property, relation: relation, in: entity)
        }
        if let embedded = property.embedded {
            return embeddedColumns(for: property, embedded: embedded, in: entity, prefix: nil, path: property.name, depth: 0)
        }
        guard let column = scalarColumn(for: property, in: entity) else { return [] }
        return [column]
    }

    private mutating func scalarColumn(
        for property: PropertySchema, in entity: EntitySchema, name: String? = nil, path: String? = nil
    ) -> ColumnMetadata? {
        if let swiftType = property.unsupportedSwiftType, property.type == nil, property.columnType == nil {
            issue(entity.name, property.name, "cannot infer a column type for Swift type '\(swiftType)'; pass type: or columnType:")
            return nil
        }
        if property.type == nil, property.columnType == nil {
            issue(entity.name, property.name, "has no column type; pass type: or columnType:")
            return nil
        }
        if property.type == .enumeration, property.columnType == nil, property.enumItems?.isEmpty ?? true {
            issue(entity.name, property.name, "is an enumeration without cases")
        }
        if property.nativeEnumName != nil, property.enumItems?.isEmpty ?? true {
            issue(entity.name, property.name, "nativeEnumName needs enumeration cases")
        }
        if case .number(let number) = property.defaultValue, Double(number) == nil {
            issue(entity.name, property.name, "default '\(number)' is not a number; use defaultRaw: for SQL")
        }
        if property.generated != nil, property.defaultValue != nil || property.autoincrement == true {
            issue(entity.name, property.name, "a generated column cannot also have a default or auto-increment")
        }
        if let fieldNames = property.fieldNames, fieldNames.count != 1 {
            issue(entity.name, property.name, "a scalar property maps to exactly one column, not \(fieldNames.count)")
        }
        return ColumnMetadata(
            property: path ?? property.name,
            name: name ?? property.fieldNames?.first ?? naming.columnName(forProperty: property.name),
            type: property.type, columnType: property.columnType, length: property.length,
            precision: property.precision, scale: property.scale, isUnsigned: property.isUnsigned,
            isNullable: property.isNullable && !property.isPrimary, isAutoincrement: false,
            defaultValue: property.defaultValue, comment: property.comment, collation: property.collation,
            generated: property.generated, enumItems: property.enumItems, nativeEnumName: property.nativeEnumName,
            isArray: property.isArray, ignoreSchemaChanges: property.ignoreSchemaChanges,
            renamedFrom: property.renamedFrom, check: property.check, onUpdate: property.onUpdate, identity: property.identity,
            isInvisible: property.isInvisible)
    }

    private mutating func embeddedColumns(
        for property: PropertySchema, embedded: EmbeddingSchema, in entity: EntitySchema, prefix outer: String?,
        path: String, depth: Int
    ) -> [ColumnMetadata] {
        guard let target = byName[embedded.target] else {
            issue(entity.name, property.name, "embeds '\(embedded.target)', which is not registered")
            return []
        }
        guard target.isEmbeddable else {
            issue(entity.name, property.name, "embeds '\(embedded.target)', which is not declared embeddable")
            return []
        }
        guard depth < 8 else {
            issue(entity.name, property.name, "embeddables nest too deeply (a cycle through '\(embedded.target)'?)")
            return []
        }
        let prefix = (outer ?? "") + (embedded.prefix ?? naming.embeddedPrefix(forProperty: property.name))
        if embedded.storage == .json {
            let name = property.fieldNames?.first
                ?? (outer.map { naming.embeddedColumnName(prefix: $0, property: property.name) }
                    ?? naming.columnName(forProperty: property.name))
            return [ColumnMetadata(
                property: path, name: name, type: .json, isUnsigned: false, isNullable: property.isNullable,
                isAutoincrement: false, comment: property.comment, isArray: false, ignoreSchemaChanges: [])]
        }
        var columns: [ColumnMetadata] = []
        for inner in target.properties where inner.persist {
            let innerPath = "\(path).\(inner.name)"
            if let nested = inner.embedded {
                let nestedColumns = embeddedColumns(
                    for: inner, embedded: nested, in: target, prefix: prefix, path: innerPath, depth: depth + 1)
                columns += nestedColumns.map { column in
                    var column = column
                    column.isNullable = column.isNullable || property.isNullable
                    return column
                }
                continue
            }
            if inner.relation != nil {
                issue(target.name, inner.name, "embeddables cannot hold relations")
                continue
            }
            let name = inner.fieldNames?.first.map { prefix + $0 }
                ?? naming.embeddedColumnName(prefix: prefix, property: inner.name)
            guard var column = scalarColumn(for: inner, in: target, name: name, path: innerPath) else { continue }
            column.isNullable = column.isNullable || property.isNullable
            columns.append(column)
        }
        return columns
    }

    // MARK: - Relations

    /// The entity that owns the table a relation points at.
    private mutating func relationTarget(_ property: PropertySchema, relation: RelationSchema, in entity: EntitySchema) -> EntitySchema? {
        guard let target = byName[relation.target] else {
            issue(entity.name, property.name, "relation target '\(relation.target)' is not a registered entity")
            return nil
        }
        if target.isEmbeddable {
            issue(entity.name, property.name, "relation target '\(relation.target)' is an embeddable, not an entity")
            return nil
        }
        guard let owner = tableOwner[target.name], let root = byName[owner] else { return nil }
        return root
    }

    private mutating func relationColumns(
        for property: PropertySchema, relation: RelationSchema, in entity: EntitySchema
    ) -> [ColumnMetadata] {
        guard let target = relationTarget(property, relation: relation, in: entity),
              let referenced = referencedColumns(for: property, relation: relation, target: target, in: entity)
        else { return [] }
        if let fieldNames = property.fieldNames, fieldNames.count != referenced.count {
            issue(entity.name, property.name,
                  "has \(fieldNames.count) join column(s) but '\(target.name)' has a \(referenced.count)-column key")
            return []
        }
        return referenced.enumerated().map { offset, key in
            var column = key
            column.property = property.name
            column.name = property.fieldNames?[offset]
                ?? naming.joinColumnName(forProperty: property.name, referencedColumn: key.name)
            column.isAutoincrement = false
            column.isNullable = property.isNullable && !property.isPrimary
            column.defaultValue = nil
            column.comment = property.comment
            column.generated = nil
            column.check = nil
            column.renamedFrom = property.renamedFrom
            column.ignoreSchemaChanges = property.ignoreSchemaChanges
            return column
        }
    }

    /// The target's columns a relation points at: its primary key, or the named columns
    /// (given as column or property names).
    private mutating func referencedColumns(
        for property: PropertySchema, relation: RelationSchema, target: EntitySchema, in entity: EntitySchema
    ) -> [ColumnMetadata]? {
        guard let names = relation.referencedColumnNames else { return primaryKeyColumns(of: target) }
        var picked: [ColumnMetadata] = []
        for name in names {
            guard let column = targetColumn(named: name, in: target) else {
                issue(entity.name, property.name, "references column '\(name)', which '\(target.name)' does not have")
                return nil
            }
            picked.append(column)
        }
        return picked
    }

    private mutating func targetColumn(named name: String, in target: EntitySchema) -> ColumnMetadata? {
        for property in target.properties where property.persist && property.relation == nil && property.embedded == nil {
            let columnName = property.fieldNames?.first ?? naming.columnName(forProperty: property.name)
            if columnName == name || property.name == name {
                return scalarColumn(for: property, in: target)
            }
        }
        // A join column of the target's own relation (`tenant_id` in a composite key that
        // includes the tenant), as MikroORM allows.
        for property in target.properties where property.persist {
            guard let relation = property.relation, relation.ownsColumn, relation.target != target.name else { continue }
            let columns = relationColumns(for: property, relation: relation, in: target)
            if let column = columns.first(where: { $0.name == name }) ?? (columns.count == 1 && property.name == name ? columns.first : nil) {
                return column
            }
        }
        return nil
    }

    /// The primary key columns of a table-owning entity, following relations that are part of the key.
    private mutating func primaryKeyColumns(of entity: EntitySchema) -> [ColumnMetadata]? {
        if let cached = primaryKeyCache[entity.name] { return cached }
        guard resolvingKeys.insert(entity.name).inserted else {
            issue(entity.name, nil, "its primary key refers back to itself through relations")
            return nil
        }
        defer { resolvingKeys.remove(entity.name) }
        var columns: [ColumnMetadata] = []
        let keys = entity.properties.filter { $0.isPrimary && $0.persist }
        for key in keys {
            if let relation = key.relation {
                columns += relationColumns(for: key, relation: relation, in: entity)
            } else if let column = scalarColumn(for: key, in: entity) {
                columns.append(column)
            }
        }
        guard !columns.isEmpty else { return nil }
        if keys.count == 1, keys[0].relation == nil, columns.count == 1, columns[0].type?.isInteger ?? false {
            // Keys referenced from elsewhere carry the target's signedness (an auto-increment key
            // is unsigned on MySQL), not its auto-increment: the same rule as markAutoincrement.
            let isAutoincrement = keys[0].autoincrement ?? (columns[0].columnType == nil && columns[0].defaultValue == nil)
            columns[0].isUnsigned = columns[0].isUnsigned || isAutoincrement
        }
        primaryKeyCache[entity.name] = columns
        return columns
    }

    private mutating func foreignKey(
        for property: PropertySchema, relation: RelationSchema, in entity: EntitySchema, columns: [ColumnMetadata]
    ) -> ForeignKeyMetadata? {
        guard !columns.isEmpty, let target = relationTarget(property, relation: relation, in: entity),
              let targetTable = tableNames[target.name], let keys = primaryKeyColumns(of: target),
              let referenced = referencedColumns(for: property, relation: relation, target: target, in: entity)?.map(\.name)
        else { return nil }
        let isNullable = columns.allSatisfy(\.isNullable)
        let allKeysAreRelations = entity.properties.filter(\.isPrimary).allSatisfy { $0.relation != nil }
        var deleteRule = relation.deleteRule
        var updateRule = relation.updateRule
        if property.isPrimary && allKeysAreRelations {
            deleteRule = deleteRule ?? .cascade
            updateRule = updateRule ?? .cascade
        }
        if isNullable { deleteRule = deleteRule ?? .setNull }
        if keys.count > 1 { updateRule = updateRule ?? .cascade }
        return ForeignKeyMetadata(
            name: relation.foreignKeyName, property: property.name, columns: columns.map(\.name),
            referencedTable: targetTable, referencedColumns: referenced, deleteRule: deleteRule,
            updateRule: updateRule, createConstraint: relation.createForeignKeyConstraint, isNullable: isNullable,
            deferral: relation.deferMode)
    }

    private mutating func validateInverse(_ property: PropertySchema, relation: RelationSchema, in entity: EntitySchema) {
        guard let target = byName[relation.target] else {
            issue(entity.name, property.name, "relation target '\(relation.target)' is not a registered entity")
            return
        }
        guard let mappedBy = relation.mappedBy else {
            if relation.kind == .oneToMany {
                issue(entity.name, property.name, "a one-to-many relation needs mappedBy")
            }
            return
        }
        let owner = hierarchy(of: byName[tableOwner[target.name] ?? target.name] ?? target)
            .flatMap(\.properties).first { $0.name == mappedBy }
        guard let owner, let ownerRelation = owner.relation else {
            issue(entity.name, property.name, "mappedBy '\(mappedBy)' is not a relation of '\(target.name)'")
            return
        }
        if ownerRelation.target != entity.name, tableOwner[ownerRelation.target] != tableOwner[entity.name] {
            issue(entity.name, property.name, "mappedBy '\(target.name).\(mappedBy)' points at '\(ownerRelation.target)', not '\(entity.name)'")
        }
    }

    // MARK: - Pivot tables

    private mutating func buildPivotTables(for root: EntitySchema) -> [TableMetadata] {
        guard let ownerTable = tableNames[root.name] else { return [] }
        var pivots: [TableMetadata] = []
        for member in hierarchy(of: root) {
            for property in member.properties where property.persist {
                guard let relation = property.relation, relation.kind == .manyToMany else { continue }
                if relation.mappedBy != nil {
                    validateInverse(property, relation: relation, in: member)
                    continue
                }
                guard let target = relationTarget(property, relation: relation, in: member),
                      let targetTable = tableNames[target.name],
                      let ownerKeys = primaryKeyColumns(of: root), let targetKeys = primaryKeyColumns(of: target)
                else { continue }
                let isSelf = target.name == root.name
                let ownerPrefix = isSelf ? "\(ownerTable.name)_1" : ownerTable.name
                let targetPrefix = isSelf ? "\(targetTable.name)_2" : targetTable.name
                func keyColumns(_ keys: [ColumnMetadata], prefix: String, names: [String]?) -> [ColumnMetadata] {
                    keys.enumerated().map { offset, key in
                        var column = key
                        column.property = property.name
                        column.name = names?[safe: offset] ?? naming.pivotColumnName(table: prefix, referencedColumn: key.name)
                        column.isAutoincrement = false
                        column.isNullable = false
                        column.defaultValue = nil
                        column.comment = nil
                        column.check = nil
                        column.renamedFrom = nil
                        return column
                    }
                }
                let ownerColumns = keyColumns(ownerKeys, prefix: ownerPrefix, names: property.fieldNames)
                let targetColumns = keyColumns(targetKeys, prefix: targetPrefix, names: relation.inverseJoinColumns)
                let name = relation.pivotTable ?? naming.pivotTableName(ownerTable: ownerTable.name, property: property.name)
                func pivotKey(_ columns: [ColumnMetadata], to table: QualifiedName, keys: [ColumnMetadata]) -> ForeignKeyMetadata {
                    ForeignKeyMetadata(
                        name: nil, property: property.name, columns: columns.map(\.name), referencedTable: table,
                        referencedColumns: keys.map(\.name), deleteRule: .cascade, updateRule: .cascade,
                        createConstraint: relation.createForeignKeyConstraint, isNullable: false)
                }
                pivots.append(TableMetadata(
                    entity: "\(member.name).\(property.name)", name: name, schema: ownerTable.schema, comment: nil,
                    columns: ownerColumns + targetColumns,
                    primaryKey: (ownerColumns + targetColumns).map(\.name),
                    foreignKeys: [pivotKey(ownerColumns, to: ownerTable, keys: ownerKeys),
                                  pivotKey(targetColumns, to: targetTable, keys: targetKeys)],
                    indexes: [], checks: [], isPivot: true))
            }
        }
        return pivots
    }

    // MARK: - Indexes and checks

    private mutating func appendPropertyConstraints(
        _ property: PropertySchema, columns: [ColumnMetadata], entity: String, to table: inout TableMetadata
    ) {
        guard !columns.isEmpty else { return }
        let names = columns.map(\.name)
        if let unique = property.unique, unique != .disabled {
            table.indexes.append(IndexMetadata(name: unique.name, columns: names, isUnique: true, descending: []))
        }
        if let index = property.index, index != .disabled {
            table.indexes.append(IndexMetadata(name: index.name, columns: names, isUnique: false, descending: []))
        }
    }

    private mutating func appendIndex(
        _ definition: IndexDefinition, entity: String, propertyColumns: [String: [String]], to table: inout TableMetadata
    ) {
        var columns: [String] = []
        var descending: Set<String> = []
        var options = definition.options
        // Per-property options, keyed by column from here on.
        options.collations = [:]
        options.operatorClasses = [:]
        options.nulls = [:]
        options.prefixLengths = [:]
        for property in definition.properties {
            let mapped = propertyColumns[property] ?? embeddedPathColumns(property, table: table)
            guard let mapped, !mapped.isEmpty else {
                issue(entity, property, "index refers to an unknown property")
                return
            }
            columns += mapped
            if definition.descending.contains(property) { descending.formUnion(mapped) }
            for column in mapped {
                options.collations[column] = definition.options.collations[property]
                options.operatorClasses[column] = definition.options.operatorClasses[property]
                options.nulls[column] = definition.options.nulls[property]
                options.prefixLengths[column] = definition.options.prefixLengths[property]
            }
        }
        let optionKeys = Set(definition.options.collations.keys).union(definition.options.operatorClasses.keys)
            .union(definition.options.nulls.keys).union(definition.options.prefixLengths.keys)
        for property in optionKeys.sorted() where !definition.properties.contains(property) {
            issue(entity, property, "index option names a property the index does not have")
        }
        var include: [String] = []
        for property in definition.include {
            guard let mapped = propertyColumns[property] ?? embeddedPathColumns(property, table: table), !mapped.isEmpty else {
                issue(entity, property, "index includes an unknown property")
                return
            }
            include += mapped
        }
        if definition.options.deferral != nil, !definition.isUnique {
            issue(entity, nil, "only a unique constraint can be deferrable")
        }
        if let method = definition.method, !isBareWord(method) {
            issue(entity, nil, "index method '\(method)' is not a valid name")
            return
        }
        if columns.isEmpty && definition.expression == nil {
            issue(entity, nil, "an index needs properties or an expression")
            return
        }
        if definition.expression != nil && definition.name == nil {
            issue(entity, nil, "an expression index needs a name")
            return
        }
        let index = IndexMetadata(
            name: definition.name, columns: columns, isUnique: definition.isUnique, expression: definition.expression,
            predicate: definition.predicate, descending: descending, method: definition.method, include: include, options: options)
        // `@Property(unique: true)` and a `Unique` over the same property declare one
        // constraint twice; the same name for different indexes is still refused.
        if !table.indexes.contains(index) { table.indexes.append(index) }
    }

    /// Columns for a path into an embedded value (`address.city`).
    private func embeddedPathColumns(_ path: String, table: TableMetadata) -> [String]? {
        let matches = table.columns.filter { $0.property == path || $0.property.hasPrefix(path + ".") }.map(\.name)
        return matches.isEmpty ? nil : matches
    }

    private mutating func issue(_ entity: String, _ property: String?, _ message: String) {
        let issue = SchemaError.Issue(entity: entity, property: property, message)
        if !issues.contains(issue) { issues.append(issue) }
    }
}

extension ColumnMetadata {
    func with(enumItems: [String]) -> ColumnMetadata {
        var copy = self
        copy.enumItems = enumItems
        return copy
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
