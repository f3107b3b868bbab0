/// Moving a plan from one namespace to another, so that tenants whose schemas are the same but
/// for their namespace share one comparison and one plan (``SchemaFleet``).
///
/// Only names move: a qualified table name, a quoted identifier equal to the namespace. When the
/// namespace also appears in text SchemaKit does not quote as a name (a default, a check, a
/// literal, a comment), nothing is moved and the caller plans that tenant on its own: a plan is
/// shared only when moving it is exact.

extension DatabaseSchema {
    /// The objects of namespace `from` as objects of `to`: its tables, the foreign keys that
    /// reference them, its enum types, and the namespace itself. Expressions stay as they are.
    func movingNamespace(_ from: String, to: String) -> DatabaseSchema {
        var result = self
        let sequencePrefix = (from: Self.serialDefaultPrefix(from), to: Self.serialDefaultPrefix(to))
        for index in result.tables.indices {
            if result.tables[index].schema == from {
                result.tables[index].schema = to
                // PostgreSQL names a serial column's sequence with its schema:
                // `nextval('tenant_1.author_id_seq'::regclass)`.
                for column in result.tables[index].columns.indices where result.tables[index].columns[column].isAutoincrement {
                    guard let value = result.tables[index].columns[column].defaultValue, value.hasPrefix(sequencePrefix.from) else { continue }
                    result.tables[index].columns[column].defaultValue = sequencePrefix.to + value.dropFirst(sequencePrefix.from.count)
                }
            }
            for key in result.tables[index].foreignKeys.indices where result.tables[index].foreignKeys[key].referencedTable.schema == from {
                result.tables[index].foreignKeys[key].referencedTable.schema = to
            }
        }
        for index in result.nativeEnums.indices where result.nativeEnums[index].schema == from {
            result.nativeEnums[index].schema = to
        }
        result.namespaces = result.namespaces.map { $0 == from ? to : $0 }
        return result
    }

    /// `nextval('<namespace>.` as PostgreSQL prints a sequence of `namespace` in a default: the
    /// name bare when it is a plain lower-case word, double-quoted otherwise, inside a literal.
    static func serialDefaultPrefix(_ namespace: String) -> String {
        let isPlain = namespace.first.map { $0 == "_" || ("a"..."z").contains($0) } == true
            && namespace.allSatisfy { $0 == "_" || $0 == "$" || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        let spelled = isPlain ? namespace : "\"" + namespace.replacing("\"", with: "\"\"") + "\""
        return "nextval('" + spelled.replacing("'", with: "''") + "."
    }
}

extension SQLFragment {
    /// The fragment with the names in namespace `from` in `to`; `nil` when `from` appears
    /// anywhere but in a name.
    func movingNamespace(_ from: String, to: String) -> SQLFragment? {
        var moved: [Segment] = []
        moved.reserveCapacity(segments.count)
        for segment in segments {
            switch segment {
            case .qualified(var name):
                if name.schema == from { name.schema = to } else if name.name.contains(from) { return nil }
                moved.append(.qualified(name))
            case .identifier(let name):
                if name == from {
                    moved.append(.identifier(to))
                } else {
                    guard !name.contains(from) else { return nil }
                    moved.append(segment)
                }
            case .raw(let text), .literal(let text):
                guard !text.contains(from) else { return nil }
                moved.append(segment)
            }
        }
        return SQLFragment(segments: moved)
    }
}

extension SQLStatement {
    /// The statement with its names in namespace `from` in `to`, quoted by `quoting`; `nil`
    /// when `from` appears anywhere but in a name.
    func movingNamespace(_ from: String, to: String, quotedBy quoting: some SQLQuoting) -> SQLStatement? {
        guard let moved = fragment.movingNamespace(from, to: to) else { return nil }
        let texts = [requirements.failsWhenRowsReturned, requirements.lockNote].compactMap { $0 } + requirements.alternatives
        guard !texts.contains(where: { $0.contains(from) }) else { return nil }
        var table = table
        if table?.schema == from { table?.schema = to }
        return SQLStatement(moved, quotedBy: quoting, kind: kind, table: table, isDestructive: isDestructive, requirements: requirements)
    }
}

extension SQLScript {
    /// The script with its names in namespace `from` in `to`; `nil` when a statement cannot move.
    func movingNamespace(_ from: String, to: String, quotedBy quoting: some SQLQuoting) -> SQLScript? {
        var moved = SQLScript()
        for group in groups {
            var statements: [SQLStatement] = []
            for statement in group {
                guard let statement = statement.movingNamespace(from, to: to, quotedBy: quoting) else { return nil }
                statements.append(statement)
            }
            moved.append(statements)
        }
        return moved
    }
}

/// Moves names inside SQL text that was built as text (preflight queries, difference lines):
/// the lexer finds the names, and only a quoted identifier or a bare word equal to the
/// namespace is replaced.
struct NamespaceTextMove {
    var from: String
    var to: String
    var dialect: any SQLDialect

    /// `text` with every name `from` as `to` (quoted); `nil` when `from` appears in anything else.
    func callAsFunction(_ text: String) -> String? {
        guard text.contains(from) else { return text }
        var result = ""
        for token in SQLLexer(rules: dialect.lexicalRules).tokens(in: text) {
            switch token.kind {
            case .quotedIdentifier where token.isTerminated && token.identifierValue == from:
                result += dialect.quoteIdentifier(to)
            case .word where token.text == from:
                // A bare name is text for people (a difference line); SQL built here quotes every name.
                result += to
            default:
                guard !token.text.contains(from) else { return nil }
                result += token.text
            }
        }
        return result
    }

    /// The checks with their queries and descriptions moved; `nil` when one cannot move.
    func callAsFunction(_ checks: [PreflightCheck]) -> [PreflightCheck]? {
        var moved: [PreflightCheck] = []
        for var check in checks {
            guard let count = self(check.countSQL), let change = self(check.change) else { return nil }
            check.countSQL = count
            check.change = change
            if let sample = check.sampleSQL {
                guard let sample = self(sample) else { return nil }
                check.sampleSQL = sample
            }
            if let subject = check.subject {
                guard subject == from || !subject.contains(from) else { return nil }
                if subject == from { check.subject = to }
            }
            if check.table.schema == from { check.table.schema = to }
            moved.append(check)
        }
        return moved
    }
}
