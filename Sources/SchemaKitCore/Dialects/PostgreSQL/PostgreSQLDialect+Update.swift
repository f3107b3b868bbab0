extension PostgreSQLDialect {
    /// Tables are altered in place, in the common order (``InPlaceAlteration``).
    public func alterTable(_ table: TableDifference, context: AlterationContext) throws -> TableAlteration {
        let alteration = InPlaceAlteration(table, context: context)
        return try render(alteration, operations: alteration.operations())
    }

    /// Values only added are added in place (`alter type … add value … before …`). A type that
    /// loses or reorders values — or whose new value a default needs, which PostgreSQL cannot
    /// use in the transaction that adds it — is set aside under `<name>__old`, made anew, and
    /// the set-aside type dropped at the end unless kept columns still use it.
    ///
    /// ```sql
    /// alter type "mood" add value if not exists 'meh' before 'happy';
    /// alter type "mood" rename to "mood__old";
    /// create type "mood" as enum ('sad', 'happy');
    /// ```
    public func alterNativeEnums(_ changes: [NativeEnumDifference], context: AlterationContext) throws -> NativeEnumAlteration {
        var result = NativeEnumAlteration()
        var retired: [NativeEnumSchema] = []
        for change in changes {
            let (old, new) = (change.from, change.to)
            if let additions = change.addedValuesOnly, !usesNewValueInDefault(new, additions, target: context.target) {
                for value in additions {
                    let position = new.values.firstIndex(of: value) ?? new.values.endIndex
                    let before = new.values[new.values.index(after: position)...].first { old.values.contains($0) }
                    var text: SQLFragment = "alter type \(table: old.qualifiedName) add value if not exists \(literal: value)"
                    if let before { text += " before \(literal: before)" }
                    result.before.append(statement(text, .alterType))
                }
            } else {
                let aside = old.name + "__old"
                result.before.append(statement("alter type \(table: old.qualifiedName) rename to \(id: aside)", .alterType))
                result.before += try render(.createNativeEnum(new))
                result.recreated.insert(QualifiedName(new.name, schema: new.schema))
                retired.append(NativeEnumSchema(name: aside, schema: old.schema, values: old.values))
            }
        }
        // A type set aside for its replacement holds no data any more: dropping it loses nothing.
        // Columns the update keeps without converting (a table or column kept by safe mode or
        // `dropTables: false`) still use it, so then it stays.
        let difference = context.difference
        let keptColumns = (context.dropsTables ? [] : difference.removedTables.flatMap(\.columns))
            + (context.safe ? difference.changedTables.flatMap(\.removedColumns) : [])
        retired.removeAll { type in
            keptColumns.contains { column in column.nativeEnumName == String(type.name.dropLast("__old".count)) }
        }
        result.after = try render(retired.map(SchemaOperation.dropNativeEnum)).map { statement in
            var statement = statement
            statement.isDestructive = false
            return statement
        }
        return result
    }

    /// PostgreSQL cannot use a value added by `alter type … add value` in the same
    /// transaction, so a default that needs one makes the type be recreated instead.
    private func usesNewValueInDefault(_ type: NativeEnumSchema, _ values: [String], target: DatabaseSchema) -> Bool {
        let literals = values.map(quoteLiteral)
        return target.tables.contains { table in
            table.columns.contains { column in
                column.nativeEnumName == type.name && (table.schema ?? defaultSchema) == (type.schema ?? defaultSchema)
                    && column.defaultValue.map { value in literals.contains { value.contains($0) } } == true
            }
        }
    }

    /// `alter column` statements in the order PostgreSQL needs: the old default goes before a
    /// type change (it may not cast), the new one after it, nullability last.
    ///
    /// ```sql
    /// alter table "book" alter column "price" drop default;
    /// alter table "book" alter column "price" type numeric(12,2) using ("price"::numeric(12,2));
    /// alter table "book" alter column "price" set default 0;
    /// alter table "book" alter column "price" set not null;
    /// ```
    func alterColumn(from: ColumnSchema, to: ColumnSchema, table: TableSchema, changes: Set<ColumnChange.Attribute>) throws -> [SQLStatement] {
        try refuseColumnAttributes(to, allowing: [.identity, .storage])
        let name = table.qualifiedName
        var clauses: [SQLFragment] = []
        let column: SQLFragment = "\(id: to.name)"
        let typeChanged = !changes.isDisjoint(with: [.type, .collation, .enumValues])
        let defaultChanged = changes.contains(.defaultValue) || changes.contains(.autoincrement)
        // Serial ↔ identity: what the column was drawn from goes first.
        let isSerial: (ColumnSchema) -> Bool = { $0.isAutoincrement && $0.identity == nil }
        let identityChanged = changes.contains(.identity)
        // A serial column keeps its `nextval` default through a type change; an identity column
        // has no default to drop.
        if from.identity == nil,
           (typeChanged && from.defaultValue != nil && !from.isAutoincrement) || (defaultChanged && from.isAutoincrement && !to.isAutoincrement)
            || (identityChanged && isSerial(from)) {
            clauses.append("alter column \(column) drop default")
        }
        var leading: [SQLStatement] = []
        if identityChanged, isSerial(from), let sequence = from.defaultValue.flatMap(Self.sequenceName(fromDefault:)) {
            // The serial's own sequence goes with its default; the identity brings its own.
            leading.append(statement("drop sequence if exists \(raw: sequence)", .alterColumn, table: name, isDestructive: false))
        }
        if from.identity != nil, to.identity == nil || (changes.contains(.autoincrement) && !to.isAutoincrement) {
            clauses.append("alter column \(column) drop identity if exists")
        } else if changes.contains(.autoincrement), from.isAutoincrement, !to.isAutoincrement {
            clauses.append("alter column \(column) drop identity if exists")
        }
        if typeChanged {
            let type = columnType(to, schema: table.schema)
            let collation: SQLFragment = to.collation.map { " collate \(id: $0)" } ?? ""
            // Enum values and uuids travel as text (there is no integer → uuid cast); everything
            // else casts directly.
            let throughText = to.nativeEnumName != nil || from.nativeEnumName != nil
                || [from.type, to.type].contains { $0.lowercased() == "uuid" }
            let cast: SQLFragment = throughText ? "::text::\(type)" : "::\(type)"
            clauses.append("alter column \(column) type \(type)\(collation) using (\(column)\(cast))")
        }
        // What comes before the column has its new type and loses what it was drawn from.
        let split = clauses.count
        var statements: [SQLStatement] = []
        var sequenceStatements: [SQLStatement] = []
        var trailingSetval: SQLStatement?
        let ownSequence = QualifiedName(constraintName(table.name + "_" + to.name + "_seq", kind: .sequence), schema: table.schema)
        if typeChanged, from.isAutoincrement, to.isAutoincrement, ["int", "integer", "bigint", "smallint"].contains(to.type.lowercased()) {
            // A serial column's sequence has a type of its own; widened with the column, or
            // `nextval` would still stop at 2^31.
            let sequence: SQLFragment = from.defaultValue.flatMap(Self.sequenceName(fromDefault:)).map { "\(raw: $0)" } ?? "\(table: ownSequence)"
            sequenceStatements.append(statement("alter sequence \(sequence) as \(raw: to.type.lowercased())", .alterColumn, table: name))
        }
        if identityChanged, let identity = to.identity {
            if let old = from.identity {
                if old.generation != identity.generation {
                    clauses.append("alter column \(column) set generated \(raw: identity.generation.rawValue)")
                }
                let settings = Self.identitySettings(from: old.options, to: identity.options)
                if !settings.isEmpty { clauses.append("alter column \(column) \(raw: settings.joined(separator: " "))") }
            } else {
                clauses.append("alter column \(column) add \(identityClause(identity))")
                // Rows already hold values: the next one comes after the largest.
                let values: SQLFragment = "(select max(\(column)) from \(table: name))"
                trailingSetval = statement(
                    "select setval(pg_get_serial_sequence(\(literal: quoteQualified(name)), \(literal: to.name)), \(values)) where \(values) is not null",
                    .alterColumn, table: name)
            }
        }
        if changes.contains(.autoincrement) || (identityChanged && isSerial(to)), isSerial(to), !isSerial(from) {
            // A serial column is an integer column whose default draws from a sequence it owns.
            let regclass: SQLFragment = "\(literal: quoteQualified(ownSequence))"
            // Of the column's own integer type, as `serial` makes it (bigint otherwise).
            let type = to.type.lowercased()
            let sequenceType: SQLFragment = ["smallint", "int", "integer", "bigint"].contains(type) ? " as \(raw: type)" : ""
            statements.append(statement("create sequence if not exists \(table: ownSequence)\(sequenceType) owned by \(table: name).\(id: to.name)",
                                        .alterColumn, table: name))
            statements.append(statement("select setval(\(regclass), coalesce((select max(\(column)) from \(table: name)), 0) + 1, false)",
                                        .alterColumn, table: name))
            clauses.append("alter column \(column) set default nextval(\(regclass))")
        } else if !to.isAutoincrement, defaultChanged || (typeChanged && to.defaultValue != nil) {
            if let value = to.defaultValue {
                clauses.append("alter column \(column) set default \(raw: value)")
            } else if from.defaultValue != nil, !typeChanged {
                clauses.append("alter column \(column) drop default")
            }
        }
        var notNullCheck: String?
        if changes.contains(.nullable) || (to.isAutoincrement && changes.contains(.autoincrement)) {
            let setsNotNull = !(to.isNullable && !to.isAutoincrement)
            if setsNotNull, onlineOptions != nil, from.isNullable {
                // Online: a validated check lets `set not null` skip its scan under the exclusive lock.
                notNullCheck = Self.notNullCheckName(table: name.name, column: to.name)
            }
            clauses.append("alter column \(column) " + (setsNotNull ? "set not null" : "drop not null"))
        }
        // One statement per clause, as MikroORM writes them: a failure names the exact step.
        var altered = clauses.map { statement("alter table \(table: name) \($0)", .alterColumn, table: name) }
        if let check = notNullCheck, let last = altered.popLast() {
            altered += notValidThenValidated(
                statement("alter table \(table: name) add constraint \(id: check) check (\(column) is not null)", .addCheck, table: name),
                name: check, table: name)
            altered += [last, statement("alter table \(table: name) drop constraint \(id: check)", .dropCheck, table: name)]
        }
        if changes.contains(.storage), let storage = setStorage(to, table: name, resetting: true) { altered.append(storage) }
        // In order: the old default, identity and type go; a serial's old sequence goes; a new
        // serial's sequence is made and set past the values, which have the new type by then
        // (`max` of a uuid would fail); then the new default, identity and nullability.
        let setval = trailingSetval.map { [$0] } ?? []
        return Array(altered.prefix(split)) + leading + statements + altered.dropFirst(split) + sequenceStatements + setval
    }

    /// `set start with 1 set increment by 10 …`: each option whose value changes, back to its
    /// default when the target leaves it out.
    static func identitySettings(from old: [String], to new: [String]) -> [String] {
        let keys = ["start with": "start with 1", "increment by": "increment by 1", "minvalue": "no minvalue",
                    "maxvalue": "no maxvalue", "cache": "cache 1", "cycle": "no cycle"]
        var settings: [String] = []
        for (prefix, reset) in keys.sorted(by: { $0.key < $1.key }) {
            let before = old.first { $0.hasPrefix(prefix) }, after = new.first { $0.hasPrefix(prefix) }
            guard before != after else { continue }
            settings.append("set \(after ?? reset)")
        }
        return settings
    }

    /// The sequence in `nextval('"author_id_seq"'::regclass)`, as written there: the string
    /// literal's text, a doubled quote in it one quote (`'"o''brien_seq"'` is `"o'brien_seq"`);
    /// `nil` without a `nextval('…')` or when the literal is not closed.
    ///
    /// Read byte by byte in one pass: it runs for every default of a schema, and the generic
    /// substring search and replace it used were a few percent of a 5,000-table diff.
    static func sequenceName(fromDefault value: String) -> String? {
        let bytes = value.utf8
        let pattern = "nextval('".utf8
        var start = bytes.startIndex
        var open: String.Index?
        while let candidate = bytes[start...].firstIndex(of: UInt8(ascii: "n")) {
            if bytes[candidate...].starts(with: pattern) {
                open = bytes.index(candidate, offsetBy: pattern.count)
                break
            }
            start = bytes.index(after: candidate)
        }
        guard let open else { return nil }
        // The literal's text so far ends at `segment`; what comes before it is in `name`.
        var name = "", segment = open, index = open
        while index < bytes.endIndex {
            guard bytes[index] == UInt8(ascii: "'") else {
                index = bytes.index(after: index)
                continue
            }
            let next = bytes.index(after: index)
            guard next < bytes.endIndex, bytes[next] == UInt8(ascii: "'") else {
                name += value[segment..<index]
                return name.isEmpty ? nil : name
            }
            // A doubled quote: one quote of the name.
            name += value[segment..<next]
            index = bytes.index(after: next)
            segment = index
        }
        return nil
    }

    /// The type a column is declared with, native enum types quoted and qualified.
    func columnType(_ column: ColumnSchema, schema: String?) -> SQLFragment {
        if let native = column.nativeEnumName { return "\(table: QualifiedName(native, schema: schema))" }
        return "\(raw: column.type)"
    }
}

// MARK: - Online

extension PostgreSQLDialect {
    /// `<table>_pkey`, the table's part cut (on a character boundary) so the whole fits in 63
    /// bytes, as PostgreSQL chooses it.
    public func defaultPrimaryKeyName(table: String) -> String? {
        var prefix = Substring(table)
        while prefix.utf8.count > 63 - "_pkey".utf8.count { prefix = prefix.dropLast() }
        return prefix + "_pkey"
    }

    public func online(_ options: OnlineOptions) throws -> any SQLDialect {
        var dialect = self
        dialect.onlineOptions = options
        return dialect
    }

    /// A script line; `… concurrently …` runs on its own, outside the transaction, which
    /// PostgreSQL demands of it.
    public func scriptStatement(_ sql: String) -> SQLStatement {
        var statement = standardScriptStatement(sql)
        let words = SQLLexer(rules: lexicalRules).tokens(in: sql).filter { $0.kind == .word }.prefix(4).map { $0.text.lowercased() }
        if words.contains("concurrently") { statement.requirements.placement = .standalone }
        return statement
    }

    /// Each statement on its own under `lock_timeout`, tried again when it times out; the
    /// timeout set before and reset after.
    public func onlineScript(_ script: SQLScript, _ options: OnlineOptions) -> SQLScript {
        guard !script.isEmpty else { return script }
        var result = SQLScript()
        result.append([statement("set lock_timeout = \(raw: String(options.lockTimeoutMilliseconds))", .session)])
        for group in script.groups { result.append(group.map { $0.online(options, note: Self.lockNote(for: $0)) }) }
        result.append([statement("reset lock_timeout", .session)])
        return result
    }

    /// `create index concurrently`, after dropping an invalid index an interrupted build may
    /// have left under the name (a valid one would have been read, and not planned again); a
    /// unique constraint is built as such an index, then attached.
    func createIndexConcurrently(_ index: IndexSchema, table: QualifiedName) -> [SQLStatement] {
        let qualified = QualifiedName(index.name, schema: table.schema)
        let leftover = statement("drop index concurrently if exists \(table: qualified)", .dropIndex, table: table)
        guard index.isConstraint else {
            return [leftover, createIndex(index, table: table, concurrently: true)]
        }
        var unique = index
        unique.isConstraint = false
        unique.deferral = nil
        let build = createIndexConcurrently(unique, table: table)
        var attach: SQLFragment = "alter table \(table: table) add constraint \(id: index.name) unique using index \(id: index.name)"
        if let deferral = index.deferral { attach += " deferrable initially \(raw: deferral.rawValue)" }
        return build + [statement(attach, .createIndex, table: table)]
    }

    /// Online, a key or check is added `not valid` (a brief lock, no scan), then validated
    /// (rows scanned under a lock that lets writes go on); otherwise as it is.
    func notValidThenValidated(_ addition: SQLStatement, name: String, table: QualifiedName) -> [SQLStatement] {
        guard onlineOptions != nil else { return [addition] }
        return [SQLStatement(addition.fragment + " not valid", quotedBy: self, kind: addition.kind, table: table),
                statement("alter table \(table: table) validate constraint \(id: name)", addition.kind, table: table)]
    }

    /// `<table>_<column>_not_null`, cut to 63 bytes with a hash of the whole when longer.
    static func notNullCheckName(table: String, column: String) -> String {
        let name = "\(table)_\(column)_not_null"
        guard name.utf8.count > 63 else { return name }
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        var prefix = Substring(name)
        while prefix.utf8.count > 54 { prefix = prefix.dropLast() }
        return prefix + "_" + String(hash, radix: 16)
    }

    /// What a statement locks, for the online plan.
    static func lockNote(for statement: SQLStatement) -> String {
        let sql = statement.sql.lowercased()
        if sql.contains(" concurrently ") { return "share update exclusive; reads and writes go on while it runs" }
        if sql.hasSuffix(" not valid") {
            // A check takes the table's strongest lock, a foreign key a weaker one; either only for a moment.
            let lock = statement.kind == .addCheck ? "access exclusive" : "share row exclusive"
            return "\(lock), brief; existing rows are checked by the next statement"
        }
        if sql.contains(" validate constraint ") { return "share update exclusive; reads and writes go on while rows are checked" }
        if sql.contains(" set not null") { return "access exclusive, brief; a validated check spares the scan" }
        if sql.contains("unique using index") { return "share update exclusive, brief; the index is already built" }
        switch statement.kind {
        case .createTable, .createNamespace, .createType: return "none on existing tables"
        case .comment: return "share update exclusive, brief"
        case .alterColumn where sql.contains(" type "):
            return "access exclusive; rewrites the table (reads and writes wait) unless the new type is binary-compatible"
        case .addColumn: return "access exclusive, brief; a volatile default rewrites the table"
        case .copyRows, .deleteRows: return "row exclusive; rows written while others go on"
        default: return "access exclusive, brief"
        }
    }
}
