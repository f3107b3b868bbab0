/// Sequences, domains, composite types and collations (PostgreSQL), matched by qualified name.
///
/// An object the target leaves out is removed only when the target does not use it: a live
/// domain that a target column still has as its type, a collation a column still names, a
/// sequence a default still draws from are the database's own and stay (dropping them would
/// fail, or take the columns' defaults along).
///
/// A `serial` column's sequence is part of the column, not a ``SequenceSchema``; when a
/// standalone sequence becomes a serial column's own (`alter sequence … owned by` the column
/// that draws from it), or the other way round, the two are paired as one changed sequence.
extension SchemaComparator {
    static func compareObjects(
        from: DatabaseSchema, to: DatabaseSchema, key: (QualifiedName) -> QualifiedName, dialect: any SQLDialect,
        into difference: inout SchemaDifference
    ) {
        // What the target still uses matters only for an object it leaves out: two schemas
        // with the same objects (every no-op) never look at their columns for it.
        var cached: UsedObjects?
        func used() -> UsedObjects {
            if let cached { return cached }
            let used = UsedObjects(to, dialect: dialect, key: key)
            cached = used
            return used
        }
        let collations = pair(from.collations, to.collations, name: \.qualifiedName, key: key)
        difference.newCollations = collations.new
        difference.removedCollations = collations.removed.filter { !used().collations.contains(key($0.qualifiedName)) }
        difference.changedCollations = collations.pairs.filter { $0.from.normalized != $0.to.normalized }.map { ObjectChange(from: $0.from, to: $0.to) }

        let domains = pair(from.domains, to.domains, name: \.qualifiedName, key: key)
        difference.newDomains = domains.new
        difference.removedDomains = domains.removed.filter { !used().types.contains(key($0.qualifiedName)) }
        difference.changedDomains = domains.pairs.filter { canonical($0.from, dialect) != canonical($0.to, dialect) }
            .map { ObjectChange(from: $0.from, to: $0.to) }

        let composites = pair(from.compositeTypes, to.compositeTypes, name: \.qualifiedName, key: key)
        difference.newCompositeTypes = composites.new
        difference.removedCompositeTypes = composites.removed.filter { !used().types.contains(key($0.qualifiedName)) }
        difference.changedCompositeTypes = composites.pairs.filter { canonical($0.from, dialect) != canonical($0.to, dialect) }
            .map { ObjectChange(from: $0.from, to: $0.to) }

        compareSequences(from: from, to: to, key: key, dialect: dialect, used: used, into: &difference)
    }

    private static func compareSequences(
        from: DatabaseSchema, to: DatabaseSchema, key: (QualifiedName) -> QualifiedName, dialect: any SQLDialect,
        used: () -> UsedObjects, into difference: inout SchemaDifference
    ) {
        let sequences = pair(from.sequences, to.sequences, name: \.qualifiedName, key: key)
        func normalized(_ sequence: SequenceSchema) -> SequenceSchema {
            var result = sequence.normalized
            if let owner = sequence.ownedBy { result.ownedBy = SequenceOwner(table: key(owner.table), column: owner.column) }
            return result
        }
        difference.changedSequences = sequences.pairs.filter { normalized($0.from) != normalized($0.to) }
            .map { ObjectChange(from: $0.from, to: $0.to) }
        let fromSerials = serialSequences(from, dialect: dialect, key: key)
        let toSerials = serialSequences(to, dialect: dialect, key: key)
        for sequence in sequences.new {
            if let serial = fromSerials[key(sequence.qualifiedName)] {
                // A serial column's sequence that stays, as a sequence of its own.
                difference.changedSequences.append(ObjectChange(from: serial, to: sequence))
            } else {
                difference.newSequences.append(sequence)
            }
        }
        for sequence in sequences.removed {
            if let serial = toSerials[key(sequence.qualifiedName)] {
                // A sequence that becomes the serial column's own: it keeps its options and values.
                var adopted = sequence
                adopted.ownedBy = serial.ownedBy
                difference.changedSequences.append(ObjectChange(from: sequence, to: adopted))
            } else if !used().sequences.contains(key(sequence.qualifiedName)) {
                difference.removedSequences.append(sequence)
            }
        }
        // A serial column that stops drawing from its sequence (a uuid key, say) leaves it
        // behind, owned and unused: it goes, unless the target keeps it as a sequence of its own.
        let targetSequences = Set(to.sequences.map { key($0.qualifiedName) })
        let leftBehind = fromSerials.filter { name, _ in !targetSequences.contains(name) && toSerials[name] == nil }
        for (name, serial) in leftBehind.sorted(by: { $0.key < $1.key }) where !used().sequences.contains(name) {
            guard let owner = serial.ownedBy, let table = to.tables.first(where: { key($0.qualifiedName) == key(owner.table) }),
                  let column = table.column(owner.column), !column.isAutoincrement else { continue }
            difference.removedSequences.append(serial)
        }
    }

    /// `schema` with each sequence that is a serial column's own — owned by the column, drawn
    /// from by its default, of its type with the default options, which is what `serial` makes
    /// and how a database reads it back — folded into that column, made auto-increment.
    static func foldingSerialSequences(_ schema: DatabaseSchema, dialect: any SQLDialect) -> DatabaseSchema {
        guard schema.sequences.contains(where: { $0.ownedBy != nil }) else { return schema }
        let key = { (name: QualifiedName) in QualifiedName(name.name, schema: name.schema == dialect.defaultSchema ? nil : name.schema) }
        var result = schema
        result.sequences.removeAll { sequence in
            guard let owner = sequence.ownedBy,
                  let table = result.tables.firstIndex(where: { key($0.qualifiedName) == key(owner.table) }),
                  let column = result.tables[table].columns.firstIndex(where: { $0.name == owner.column }) else { return false }
            let drawing = result.tables[table].columns[column]
            guard !drawing.isAutoincrement, let value = drawing.defaultValue,
                  dialect.sequenceName(inDefault: value).map(key) == key(sequence.qualifiedName),
                  sequence.isSerialSequence(ofType: drawing.type) else { return false }
            result.tables[table].columns[column].isAutoincrement = true
            return true
        }
        return result
    }

    /// The sequences `schema`'s serial columns draw from, as the sequences a serial column
    /// makes: of the column's type, with the defaults, owned by the column.
    private static func serialSequences(
        _ schema: DatabaseSchema, dialect: any SQLDialect, key: (QualifiedName) -> QualifiedName
    ) -> [QualifiedName: SequenceSchema] {
        var result: [QualifiedName: SequenceSchema] = [:]
        // By position: a table is copied out only when it has a serial column, and then once (a
        // copy retains every array it holds; this runs over every table on both sides).
        for position in schema.tables.indices {
            guard schema.tables[position].columns.contains(where: { $0.isAutoincrement && $0.identity == nil }) else { continue }
            let table = schema.tables[position]
            for column in table.columns where column.isAutoincrement && column.identity == nil {
                guard let name = dialect.serialSequence(of: column, table: table) else { continue }
                result[key(name)] = SequenceSchema(
                    name: name.name, schema: name.schema, dataType: SequenceSchema.canonicalType(column.type),
                    ownedBy: SequenceOwner(table: table.qualifiedName, column: column.name))
            }
        }
        return result
    }

    /// Objects on both sides (live, target), and those only in the target or only live.
    private static func pair<Object>(
        _ from: [Object], _ to: [Object], name: (Object) -> QualifiedName, key: (QualifiedName) -> QualifiedName
    ) -> (pairs: [(from: Object, to: Object)], new: [Object], removed: [Object]) {
        let live = Dictionary(from.map { (key(name($0)), $0) }, uniquingKeysWith: { first, _ in first })
        let targetKeys = Set(to.map { key(name($0)) })
        var pairs: [(from: Object, to: Object)] = []
        var new: [Object] = []
        for object in to {
            if let old = live[key(name(object))] { pairs.append((old, object)) } else { new.append(object) }
        }
        return (pairs, new, from.filter { !targetKeys.contains(key(name($0))) })
    }

    /// A domain in the dialect's canonical spelling: base type, default, collation and checks.
    static func canonical(_ domain: DomainSchema, _ dialect: any SQLDialect) -> DomainSchema {
        var result = domain
        let column = dialect.canonicalColumn(ColumnSchema(name: "", type: domain.baseType, defaultValue: domain.defaultValue))
        result.baseType = column.type
        result.defaultValue = column.defaultValue
        result.collation = domain.collation?.lowercased()
        result.checks = domain.checks.map { CheckSchema(name: $0.name, expression: dialect.canonicalExpression($0.expression)) }
            .sorted { $0.name < $1.name }
        return result
    }

    /// A composite type with its attributes' types in the dialect's canonical spelling.
    static func canonical(_ type: CompositeTypeSchema, _ dialect: any SQLDialect) -> CompositeTypeSchema {
        var result = type
        result.attributes = type.attributes.map { .init(name: $0.name, type: dialect.canonicalColumn(ColumnSchema(name: "", type: $0.type)).type) }
        return result
    }
}

/// What a schema's columns use by name: types (domains, composite types), collations, and the
/// sequences their defaults draw from.
struct UsedObjects {
    var types: Set<QualifiedName> = []
    var collations: Set<QualifiedName> = []
    var sequences: Set<QualifiedName> = []

    init(_ schema: DatabaseSchema, dialect: any SQLDialect, key: (QualifiedName) -> QualifiedName) {
        for table in schema.tables {
            for column in table.columns {
                var type = Substring(column.type)
                while type.hasSuffix("[]") { type = type.dropLast(2) }
                types.insert(key(Self.name(String(type))))
                if let collation = column.collation { collations.insert(key(Self.name(collation))) }
                if let value = column.defaultValue, let sequence = dialect.sequenceName(inDefault: value) { sequences.insert(key(sequence)) }
            }
        }
    }

    /// `app.name` as a qualified name; a bare name is unqualified.
    private static func name(_ text: String) -> QualifiedName {
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        return parts.count == 2 ? QualifiedName(parts[1], schema: parts[0]) : QualifiedName(text)
    }
}
