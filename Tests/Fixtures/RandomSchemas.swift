import SchemaKitCore

/// A small, fast, seedable generator (SplitMix64), so every random evolution can be replayed
/// from the seed printed with a failure.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random models and random changes to them, within what an update must handle with rows in
/// the tables: new columns are nullable or have a default, new unique indexes cover values
/// that are unique per row, removed enum values are never in use, new checks hold for the
/// rows (integers are filled with 1, 2, 3).
///
/// Given the engine, changes also use what only some engines keep: checks on every engine;
/// PostgreSQL index options (`include`, nulls order, storage parameters, comments), table storage
/// parameters and identity columns; MariaDB `on update`, invisible columns, key comments, prefixes
/// and `ignored`, row formats and system versioning; SQLite index collations.
public struct RandomSchemas {
    public var random: SeededGenerator
    private var counter = 0
    /// The engine whose catalog features the changes may use; `nil` for portable changes only.
    public var engine: DialectID?

    public init(seed: UInt64, engine: DialectID? = nil) {
        random = SeededGenerator(seed: seed)
        self.engine = engine
    }

    private mutating func fresh(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)\(counter)"
    }

    private mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    // MARK: Models

    public mutating func model() -> [EntitySchema] {
        var entities: [EntitySchema] = []
        for _ in 0..<Int.random(in: 2...4, using: &random) {
            entities.append(entity(referencing: entities))
        }
        return entities
    }

    private mutating func entity(referencing others: [EntitySchema]) -> EntitySchema {
        let name = fresh("Thing")
        var properties = [PropertySchema(name: "id", type: .integer, primary: true, autoincrement: chance(80) ? nil : false)]
        if engine == .postgreSQL, properties[0].autoincrement != false, chance(30) {
            properties[0].identity = ColumnIdentity(chance(50) ? .always : .byDefault, options: chance(50) ? ["start with 100"] : [])
        }
        for _ in 0..<Int.random(in: 1...5, using: &random) { properties.append(scalar()) }
        if let target = others.randomElement(using: &random), chance(60) {
            properties.append(relation(to: target.name))
        }
        var indexes: [IndexDefinition] = []
        if let column = properties.dropFirst().filter({ $0.relation == nil }).randomElement(using: &random), chance(40) {
            indexes.append(IndexDefinition(properties: [column.name]))
        }
        var options = TableOptions()
        if engine == .mariaDB, chance(15) { options.isSystemVersioned = true }
        return EntitySchema(name: name, comment: chance(20) ? "table \(name)" : nil, properties: properties, indexes: indexes,
                            tableOptions: options)
    }

    private mutating func relation(to target: String) -> PropertySchema {
        let rules: [ReferentialAction?] = [nil, .cascade, .setNull, .restrict]
        let nullable = chance(60)
        var rule = rules.randomElement(using: &random) ?? nil
        if rule == .setNull && !nullable { rule = .cascade }
        return PropertySchema(name: fresh("ref"), nullable: nullable, relation: RelationSchema(.manyToOne, target: target, deleteRule: rule))
    }

    mutating func scalar(name: String? = nil, mustBeFillable: Bool = false) -> PropertySchema {
        let name = name ?? fresh("field")
        var property: PropertySchema
        switch Int.random(in: 0..<8, using: &random) {
        case 0: property = PropertySchema(name: name, type: .string, length: [20, 40, 100].randomElement(using: &random))
        case 1: property = PropertySchema(name: name, type: .text)
        case 2: property = PropertySchema(name: name, type: .integer)
        case 3: property = PropertySchema(name: name, type: .bigint)
        case 4: property = PropertySchema(name: name, type: .decimal, precision: 10, scale: 2)
        case 5: property = PropertySchema(name: name, type: .boolean)
        case 6: property = PropertySchema(name: name, type: .date)
        default:
            property = PropertySchema(name: name, type: .enumeration, enumItems: ["a", "b", "c"])
            // A PostgreSQL enum type of its own now and then (a check or MySQL enum elsewhere).
            if chance(40) { property.nativeEnumName = fresh("kind_") }
        }
        property.isNullable = chance(40)
        if chance(35) || (mustBeFillable && !property.isNullable) { property.defaultValue = defaultValue(for: property) }
        if chance(10) { property.comment = "about \(name)" }
        if chance(10), property.type == .string || property.type == .integer { property.unique = .enabled }
        return property
    }

    private mutating func defaultValue(for property: PropertySchema) -> DefaultValue? {
        switch property.type {
        case .string, .text: .string(["x", "it's", ""].randomElement(using: &random) ?? "x")
        case .integer, .bigint, .decimal: .number(String(Int.random(in: 0...9, using: &random)))
        case .boolean: .boolean(chance(50))
        case .date: .string("2024-01-0\(Int.random(in: 1...9, using: &random))")
        case .enumeration: .string(property.enumItems?.first ?? "a")
        default: nil
        }
    }

    // MARK: Changes

    /// A copy of `model` with one to four random changes.
    public mutating func evolve(_ model: [EntitySchema]) -> [EntitySchema] {
        let original = model
        var model = model
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            change(&model, original: original)
        }
        // A later change may have taken an invisible column's default or nullability: it shows again.
        for entity in model.indices {
            for property in model[entity].properties.indices where model[entity].properties[property].isInvisible {
                let column = model[entity].properties[property]
                if !column.isNullable, column.defaultValue == nil { model[entity].properties[property].isInvisible = false }
            }
        }
        return model
    }

    private mutating func change(_ model: inout [EntitySchema], original: [EntitySchema]) {
        // Hints name what the database has: only columns and tables of the original model.
        func originalTable(_ entity: EntitySchema) -> EntitySchema? { original.first { $0.name == entity.name } }
        guard let index = model.indices.randomElement(using: &random) else { return }
        var entity = model[index]
        let scalars = entity.properties.indices.filter { entity.properties[$0].relation == nil && !entity.properties[$0].isPrimary }
        // Columns the original rows fill: a column added in this evolution relies on its default.
        let originalNames = Set(originalTable(entity)?.properties.map(\.name) ?? [])
        let originalScalars = scalars.filter { originalNames.contains(entity.properties[$0].name) }
        switch Int.random(in: 0..<(engine == nil ? 18 : 24), using: &random) {
        case 0: // add a column
            var property = scalar(mustBeFillable: true)
            property.unique = nil
            entity.properties.append(property)
        case 1: // drop a column
            if let drop = scalars.randomElement(using: &random) {
                let name = entity.properties[drop].name
                entity.properties.remove(at: drop)
                entity.indexes.removeAll { $0.properties.contains(name) || $0.include.contains(name) }
                entity.checks.removeAll { $0.property == name }
            }
        case 2: // rename a column, with a hint
            if let rename = scalars.randomElement(using: &random) {
                let old = entity.properties[rename].name
                let new = fresh("renamed")
                entity.properties[rename].name = new
                let hint = entity.properties[rename].renamedFrom ?? old
                let existed = originalTable(entity)?.properties.contains { $0.name == hint } ?? false
                entity.properties[rename].renamedFrom = existed ? hint : nil
                for i in entity.indexes.indices {
                    entity.indexes[i].properties = entity.indexes[i].properties.map { $0 == old ? new : $0 }
                    entity.indexes[i].include = entity.indexes[i].include.map { $0 == old ? new : $0 }
                    entity.indexes[i].options = entity.indexes[i].options.renamingProperty(old, to: new)
                }
                // A check's expression names the column: it follows the rename.
                for i in entity.checks.indices where entity.checks[i].property == old {
                    entity.checks[i] = Self.check(on: entity.properties[rename])
                }
            }
        case 3: // widen a type
            if let widen = scalars.randomElement(using: &random) {
                var property = entity.properties[widen]
                switch property.type {
                case .integer: property.type = .bigint
                case .string: property.length = (property.length ?? 255) + 50
                case .decimal: property.precision = (property.precision ?? 10) + 2
                default: property.comment = "widened"
                }
                entity.properties[widen] = property
            }
        case 4: // toggle nullability (every row the original model had has a value)
            if let toggle = originalScalars.randomElement(using: &random) { entity.properties[toggle].isNullable.toggle() }
        case 5: // change the default of a column the rows fill
            if let pick = originalScalars.randomElement(using: &random) {
                let property = entity.properties[pick]
                entity.properties[pick].defaultValue = property.defaultValue == nil ? defaultValue(for: property) : nil
            }
        case 6: // add or drop an index
            if !entity.indexes.isEmpty, chance(50) {
                entity.indexes.removeLast()
            } else if let pick = scalars.randomElement(using: &random) {
                let name = entity.properties[pick].name
                if !entity.indexes.contains(where: { $0.properties == [name] }) {
                    // Unique only over values that are unique per row: a column added in this
                    // evolution holds its default in every row.
                    let unique = entity.properties[pick].type == .integer && chance(50) && originalNames.contains(name)
                    entity.indexes.append(IndexDefinition(properties: [name], unique: unique))
                }
            }
        case 7: // add a relation (nullable: existing rows have none) or drop one
            let relations = entity.properties.indices.filter { entity.properties[$0].relation != nil }
            if let drop = relations.randomElement(using: &random), chance(50) {
                entity.properties.remove(at: drop)
            } else if let target = model.randomElement(using: &random) {
                var property = relation(to: target.name)
                property.isNullable = true
                if property.relation?.deleteRule == nil { property.relation?.deleteRule = .setNull }
                entity.properties.append(property)
            }
        case 8: // change a relation's delete rule
            if let pick = entity.properties.indices.filter({ entity.properties[$0].relation != nil }).randomElement(using: &random) {
                let nullable = entity.properties[pick].isNullable
                entity.properties[pick].relation?.deleteRule = [nullable ? .setNull : .restrict, .cascade, nil].randomElement(using: &random) ?? nil
            }
        case 9: // add a table
            model.append(self.entity(referencing: model))
            return
        case 10: // drop a table; what referenced it keeps its column as a plain integer
            guard model.count > 1 else { return }
            let removed = model.remove(at: index)
            for i in model.indices {
                model[i].properties.removeAll { $0.relation?.target == removed.name && $0.relation?.kind == .manyToMany }
                for p in model[i].properties.indices where model[i].properties[p].relation?.target == removed.name {
                    let name = model[i].properties[p].name
                    model[i].properties[p] = PropertySchema(name: name, type: .integer, nullable: model[i].properties[p].isNullable,
                                                            fieldNames: [UnderscoreNamingStrategy().columnName(forProperty: name) + "_id"])
                }
            }
            return
        case 11: // rename the table, with a hint
            let old = entity.renamedFrom ?? entity.tableName ?? UnderscoreNamingStrategy().tableName(forEntity: entity.name)
            entity.tableName = fresh("table_")
            entity.renamedFrom = originalTable(entity) == nil ? nil : old
        case 12: // add an enum value
            if let pick = scalars.first(where: { entity.properties[$0].type == .enumeration }) {
                entity.properties[pick].enumItems?.append(fresh("v"))
            }
        case 14: // a many-to-many relation (a pivot table)
            if let target = model.randomElement(using: &random) {
                entity.properties.append(PropertySchema(name: fresh("links"), relation: RelationSchema(.manyToMany, target: target.name)))
            }
        case 15: // remove an enum value no row uses (rows hold the first)
            if let pick = originalScalars.first(where: { (entity.properties[$0].enumItems?.count ?? 0) > 2 }) {
                entity.properties[pick].enumItems?.removeLast()
            }
        case 16: // an index over two columns (not text: MySQL keys are limited to 3072 bytes)
            let names = scalars.filter { entity.properties[$0].type != .text }.map { entity.properties[$0].name }
                .shuffled(using: &random).prefix(2)
            if names.count == 2, !entity.indexes.contains(where: { $0.properties == Array(names) }) {
                entity.indexes.append(IndexDefinition(properties: Array(names)))
            }
        case 18, 19: // a check added or dropped (every engine)
            if let drop = entity.checks.indices.randomElement(using: &random), chance(40) {
                entity.checks.remove(at: drop)
            } else if let pick = originalScalars.filter({ [.integer, .bigint, .decimal].contains(entity.properties[$0].type) })
                        .randomElement(using: &random) {
                let property = entity.properties[pick]
                if !entity.checks.contains(where: { $0.property == property.name }) { entity.checks.append(Self.check(on: property)) }
            }
        case 20, 21: // an index with the engine's options
            if let pick = scalars.filter({ entity.properties[$0].type == .string }).randomElement(using: &random) {
                let name = entity.properties[pick].name
                entity.indexes.removeAll { $0.properties == [name] }
                entity.indexes.append(indexWithOptions(on: name, others: scalars.map { entity.properties[$0].name }.filter { $0 != name }))
            }
        default: // the engine's table and column features
            engineFeature(&entity, scalars: scalars, original: originalTable(entity))
        }
        model[index] = entity
    }

    /// `column >= 0`, bound to the property (integers are filled with 1, 2, 3).
    static func check(on property: PropertySchema) -> CheckDefinition {
        let column = property.fieldNames?.first ?? UnderscoreNamingStrategy().columnName(forProperty: property.name)
        return CheckDefinition(expression: "\(column) >= 0", property: property.name)
    }

    private mutating func indexWithOptions(on name: String, others: [String]) -> IndexDefinition {
        var options = IndexOptions()
        var include: [String] = []
        switch engine {
        case .postgreSQL?:
            if chance(50) { options.nulls = [name: .first] }
            if chance(40) { options.storageParameters = ["fillfactor": "70"] }
            if chance(40) { options.comment = "lookup by \(name)" }
            if chance(40), let other = others.randomElement(using: &random) { include = [other] }
        case .mariaDB?:
            if chance(50) { options.prefixLengths = [name: 10] }
            if chance(50) { options.comment = "it's \(name)" }
            if chance(30) { options.isIgnored = true }
        case .sqlite?:
            options.collations = [name: "nocase"]
        default:
            break
        }
        return IndexDefinition(properties: [name], include: include, options: options)
    }

    private mutating func engineFeature(_ entity: inout EntitySchema, scalars: [Int], original: EntitySchema?) {
        switch engine {
        case .postgreSQL?:
            if let key = entity.properties.firstIndex(where: { $0.identity != nil }), chance(50) {
                let identity = entity.properties[key].identity
                entity.properties[key].identity = ColumnIdentity(identity?.generation == .always ? .byDefault : .always,
                                                                 options: identity?.options ?? [])
            } else {
                let parameters = entity.tableOptions.parameters
                entity.tableOptions.parameters = parameters.isEmpty ? ["fillfactor=\([70, 80, 90].randomElement(using: &random) ?? 80)"] : []
            }
        case .mariaDB?:
            switch Int.random(in: 0..<4, using: &random) {
            case 0: // a timestamp the server keeps
                if let stamped = entity.properties.firstIndex(where: { $0.onUpdate != nil }) {
                    entity.properties[stamped].onUpdate = nil
                } else {
                    entity.properties.append(PropertySchema(name: fresh("touched"), type: .datetime, default: .raw("current_timestamp"),
                                                            onUpdate: "current_timestamp"))
                }
            case 1: // a column left out of select * (it needs a value of its own: nullable, or a default)
                if let pick = scalars.filter({ entity.properties[$0].isNullable || entity.properties[$0].defaultValue != nil })
                    .randomElement(using: &random) {
                    entity.properties[pick].isInvisible.toggle()
                }
            case 2:
                entity.tableOptions.parameters = entity.tableOptions.parameters.isEmpty ? ["row_format=dynamic"] : []
            default: // only a table whose rows are already there gains a history
                if original != nil { entity.tableOptions.isSystemVersioned.toggle() }
            }
        default:
            entity.comment = entity.comment == nil ? "now described" : nil
        }
    }
}

extension IndexOptions {
    /// The options with `old`'s entries under `new`.
    func renamingProperty(_ old: String, to new: String) -> IndexOptions {
        func renamed<Value>(_ map: [String: Value]) -> [String: Value] {
            Dictionary(uniqueKeysWithValues: map.map { ($0.key == old ? new : $0.key, $0.value) })
        }
        var options = self
        options.collations = renamed(collations)
        options.operatorClasses = renamed(operatorClasses)
        options.nulls = renamed(nulls)
        options.prefixLengths = renamed(prefixLengths)
        return options
    }
}
