/// Sequences, domains, composite types and collations.
///
/// ```sql
/// create collation "case_insensitive" (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
/// create domain "email_address" as text constraint "email_address_check" check (VALUE ~~ '%_@_%');
/// create type "postal_address" as ("street" text, "city" text, "zip" varchar(10));
/// create sequence "batch_seq" as integer increment by 5 maxvalue 1000000 cache 10 cycle;
/// alter sequence "batch_seq" owned by "batch"."id";
/// ```
extension PostgreSQLDialect {
    func render(object operation: SchemaOperation) throws -> [SQLStatement] {
        switch operation {
        case .createObject(.sequence(let sequence)):
            return [statement("create sequence \(table: sequence.qualifiedName)" + (try sequenceOptions(sequence)), .createType)]
        case .createObject(.domain(let domain)):
            return [statement(createDomain(domain), .createType)]
        case .createObject(.compositeType(let type)):
            let attributes = type.attributes.map { "\(id: $0.name) \(raw: $0.type)" as SQLFragment }.joined(separator: ", ")
            return [statement("create type \(table: type.qualifiedName) as (\(attributes))", .createType)]
        case .createObject(.collation(let collation)):
            return [statement(createCollation(collation), .createType)]
        case .alterObject(.sequence(let from), .sequence(let to)):
            let settings = try sequenceSettings(from: from, to: to)
            if settings.isEmpty { return [] }
            return [statement("alter sequence \(table: to.qualifiedName)" + settings, .alterType)]
        case .alterObject(.domain(let from), .domain(let to)):
            return try alterDomain(from: from, to: to)
        case .alterObject(.compositeType(let from), .compositeType(let to)):
            return try alterCompositeType(from: from, to: to)
        case .alterObject(let from, let to):
            throw unsupported("changing \(from) in place (to \(to)); drop and create it by hand once nothing uses it")
        case .dropObject(let object):
            let kind: SQLFragment = switch object {
            case .sequence: "sequence"
            case .domain: "domain"
            case .compositeType: "type"
            case .collation: "collation"
            }
            return [statement("drop \(kind) if exists \(table: object.qualifiedName)", .dropType, isDestructive: true)]
        case .setSequenceOwner(let sequence):
            let owner: SQLFragment = sequence.ownedBy.map { "\(table: $0.table).\(id: $0.column)" } ?? "none"
            return [statement("alter sequence \(table: sequence.qualifiedName) owned by \(owner)", .alterType)]
        default:
            return []
        }
    }

    /// ` as integer increment by 5 …`: the options that are not the defaults.
    private func sequenceOptions(_ sequence: SequenceSchema) throws -> SQLFragment {
        try refuseSequenceType(sequence)
        return sequence.options.map { " \(raw: $0)" as SQLFragment }.joined(separator: "")
    }

    /// ` increment by 5 no maxvalue …`: each option whose value changes. A change of type states
    /// the bounds too: PostgreSQL keeps old bounds that were not the old type's own.
    private func sequenceSettings(from: SequenceSchema, to: SequenceSchema) throws -> SQLFragment {
        try refuseSequenceType(to)
        let (old, new) = (from.normalized, to.normalized)
        var settings: [String] = []
        let typeChanged = old.dataType != new.dataType
        if typeChanged { settings.append("as \(new.dataType)") }
        if old.increment != new.increment { settings.append("increment by \(new.increment)") }
        if typeChanged || old.minValue != new.minValue || old.increment.signum() != new.increment.signum() {
            settings.append(new.minValue.map { "minvalue \($0)" } ?? "no minvalue")
        }
        if typeChanged || old.maxValue != new.maxValue || old.increment.signum() != new.increment.signum() {
            settings.append(new.maxValue.map { "maxvalue \($0)" } ?? "no maxvalue")
        }
        // A start left out is the lowest value (highest descending), whichever that is.
        let start = { (sequence: SequenceSchema) in
            sequence.start ?? (sequence.increment > 0 ? sequence.minValue ?? 1 : sequence.maxValue ?? -1)
        }
        if start(old) != start(new) { settings.append("start with \(start(new))") }
        if old.cache != new.cache { settings.append("cache \(new.cache)") }
        if old.cycles != new.cycles { settings.append(new.cycles ? "cycle" : "no cycle") }
        return settings.map { " \(raw: $0)" as SQLFragment }.joined(separator: "")
    }

    private func refuseSequenceType(_ sequence: SequenceSchema) throws {
        let type = SequenceSchema.canonicalType(sequence.dataType)
        guard ["smallint", "integer", "bigint"].contains(type) else {
            throw unsupported("sequences of type \(sequence.dataType) (sequence \(sequence.qualifiedName)); use smallint, integer or bigint")
        }
    }

    private func createDomain(_ domain: DomainSchema) -> SQLFragment {
        var text: SQLFragment = "create domain \(table: domain.qualifiedName) as \(raw: domain.baseType)"
        if let collation = domain.collation { text += " collate \(id: collation)" }
        if let value = domain.defaultValue { text += " default \(raw: value)" }
        if !domain.isNullable { text += " not null" }
        for check in domain.checks { text += " constraint \(id: check.name) check (\(raw: check.expression))" }
        return text
    }

    /// Default, `not null` and checks change in place; a check whose expression changes is
    /// dropped and added again (existing values are checked). The base type and collation
    /// cannot change.
    private func alterDomain(from: DomainSchema, to: DomainSchema) throws -> [SQLStatement] {
        let (old, new) = (SchemaComparator.canonical(from, self), SchemaComparator.canonical(to, self))
        guard old.baseType == new.baseType, old.collation == new.collation else {
            throw unsupported("""
                changing the base type or collation of domain \(to.qualifiedName) (\(from.baseType) → \(to.baseType)); \
                create a new domain and move the columns to it
                """)
        }
        let name = to.qualifiedName
        // Checks whose name and expression stay.
        let kept = Set(old.checks.filter(new.checks.contains).map(\.name))
        var statements: [SQLStatement] = []
        for check in from.checks where !kept.contains(check.name) {
            statements.append(statement("alter domain \(table: name) drop constraint if exists \(id: check.name)", .alterType))
        }
        if old.defaultValue != new.defaultValue {
            let clause: SQLFragment = to.defaultValue.map { "set default \(raw: $0)" } ?? "drop default"
            statements.append(statement("alter domain \(table: name) \(clause)", .alterType))
        }
        if old.isNullable != new.isNullable {
            statements.append(statement("alter domain \(table: name) \(raw: to.isNullable ? "drop not null" : "set not null")", .alterType))
        }
        for check in to.checks where !kept.contains(check.name) {
            statements.append(statement("alter domain \(table: name) add constraint \(id: check.name) check (\(raw: check.expression))",
                                        .alterType))
        }
        return statements
    }

    /// Attributes are dropped and appended in place; one that changes type, or an order
    /// PostgreSQL cannot reach by appending, is refused.
    private func alterCompositeType(from: CompositeTypeSchema, to: CompositeTypeSchema) throws -> [SQLStatement] {
        let (old, new) = (SchemaComparator.canonical(from, self), SchemaComparator.canonical(to, self))
        let oldNames = Set(old.attributes.map(\.name)), newNames = Set(new.attributes.map(\.name))
        let kept = new.attributes.filter { oldNames.contains($0.name) }
        let appended = new.attributes.drop { oldNames.contains($0.name) }
        guard kept == old.attributes.filter({ newNames.contains($0.name) }), appended.allSatisfy({ !oldNames.contains($0.name) }) else {
            throw unsupported("""
                changing the type or order of attributes of composite type \(to.qualifiedName) \
                (\(from.attributes.map(\.name)) → \(to.attributes.map(\.name))); only adding at the end and dropping are in place
                """)
        }
        let name = to.qualifiedName
        var statements = from.attributes.filter { !newNames.contains($0.name) }.map {
            statement("alter type \(table: name) drop attribute if exists \(id: $0.name)", .alterType, isDestructive: true)
        }
        for attribute in to.attributes where !oldNames.contains(attribute.name) {
            statements.append(statement("alter type \(table: name) add attribute \(id: attribute.name) \(raw: attribute.type)", .alterType))
        }
        return statements
    }

    private func createCollation(_ collation: CollationSchema) -> SQLFragment {
        let collation = collation.normalized
        var options: [SQLFragment] = ["provider = \(raw: collation.provider.rawValue)"]
        if let locale = collation.locale { options.append("locale = \(literal: locale)") }
        if let value = collation.lcCollate { options.append("lc_collate = \(literal: value)") }
        if let value = collation.lcCtype { options.append("lc_ctype = \(literal: value)") }
        if !collation.isDeterministic { options.append("deterministic = false") }
        return "create collation \(table: collation.qualifiedName) (\(options.joined(separator: ", ")))"
    }

    // MARK: Sequences drawn from

    public func sequenceName(inDefault value: String) -> QualifiedName? {
        Self.sequenceName(fromDefault: value).map(Self.qualifiedName(regclass:))
    }

    public func serialSequence(of column: ColumnSchema, table: TableSchema) -> QualifiedName? {
        guard column.isAutoincrement, column.identity == nil else { return nil }
        if let value = column.defaultValue, let name = sequenceName(inDefault: value) { return name }
        return QualifiedName(constraintName(table.name + "_" + column.name + "_seq", kind: .sequence), schema: table.schema)
    }

    /// A name as `regclass` prints it: dotted parts, each bare (folded to lower case) or
    /// double-quoted.
    ///
    /// ```swift
    /// PostgreSQLDialect.qualifiedName(regclass: #"app."Batch""#)   // QualifiedName("Batch", schema: "app")
    /// ```
    public static func qualifiedName(regclass text: String) -> QualifiedName {
        // A bare lower-case name, as `serial` sequences are: itself.
        if text.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") || $0 == UInt8(ascii: "_")
            || $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") || $0 == UInt8(ascii: "$") }) {
            return QualifiedName(text)
        }
        var parts: [String] = []
        var current = ""
        var quoted = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\"" {
                let next = text.index(after: index)
                if quoted, next < text.endIndex, text[next] == "\"" {
                    current.append("\"")
                    index = next
                } else {
                    quoted.toggle()
                }
            } else if character == ".", !quoted {
                parts.append(current)
                current = ""
            } else {
                current.append(quoted ? character : Character(character.lowercased()))
            }
            index = text.index(after: index)
        }
        parts.append(current)
        return parts.count >= 2 ? QualifiedName(parts[parts.count - 1], schema: parts[parts.count - 2]) : QualifiedName(current)
    }
}
