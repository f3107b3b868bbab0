import SchemaKitCore

/// What SQLite keeps only in a table's `create table` text: constraint names, check
/// expressions, generated-column expressions, collations and `autoincrement`.
struct CreateTableDefinition {
    struct ColumnDetails {
        var generated: String?
        var collation: String?
    }

    struct ForeignKeyDetails {
        var name: String?
        var columns: [String]
        var deferral: ForeignKeySchema.Deferral?
    }

    var columns: [String: ColumnDetails] = [:]
    var foreignKeys: [ForeignKeyDetails] = []
    var checks: [CheckSchema] = []
    var hasAutoincrement = false
    /// `strict` and `without rowid`, after the closing parenthesis.
    var options = TableOptions()

    init(_ sql: String) {
        let tokens = SQLTokenGroups.tokenize(sql)
        guard let open = tokens.firstIndex(where: { $0.isOpen }) else { return }
        for item in SQLTokenGroups.splitTopLevel(tokens, from: open) {
            parse(item, sql: sql)
        }
        if let close = SQLTokenGroups.matchingClose(tokens, open: open) {
            let words = tokens[(close + 1)...].map(\.lowered)
            options.isStrict = words.contains("strict")
            options.isWithoutRowid = words.contains("rowid")
        }
    }

    private mutating func parse(_ item: [SQLTokenGroups.Token], sql: String) {
        guard let first = item.first else { return }
        var rest = item[...]
        var constraintName: String?
        if first.lowered == "constraint", item.count > 1 {
            constraintName = item[1].identifierValue
            rest = item.dropFirst(2)
        }
        guard let head = rest.first else { return }
        switch head.lowered {
        case "foreign":
            let columns = SQLTokenGroups.group(after: rest.startIndex, in: item).map(SQLTokenGroups.identifiers) ?? []
            let lowered = item.map(\.lowered)
            var deferral: ForeignKeySchema.Deferral?
            if let position = lowered.firstIndex(of: "deferrable"), lowered.count > position + 2, lowered[position + 1] == "initially" {
                deferral = lowered[position + 2] == "deferred" ? .deferred : .immediate
            }
            foreignKeys.append(ForeignKeyDetails(name: constraintName, columns: columns, deferral: deferral))
        case "check":
            if let range = SQLTokenGroups.groupRange(after: rest.startIndex, in: item), let name = constraintName {
                checks.append(CheckSchema(name: name, expression: SQLTokenGroups.text(sql, range)))
            }
        case "primary", "unique":
            break
        default:
            let name = head.identifierValue
            var details = ColumnDetails()
            let lowered = item.map(\.lowered)
            if let position = lowered.firstIndex(of: "as"), position > 0, lowered[position - 1] == "always" || lowered[position - 1] == "generated" {
                details.generated = SQLTokenGroups.groupRange(after: position, in: item).map { SQLTokenGroups.text(sql, $0) }
            } else if let position = lowered.firstIndex(of: "as"), position + 1 < item.count, item[position + 1].isOpen {
                details.generated = SQLTokenGroups.groupRange(after: position, in: item).map { SQLTokenGroups.text(sql, $0) }
            }
            if let position = lowered.firstIndex(of: "collate"), position + 1 < item.count {
                details.collation = item[position + 1].identifierValue
            }
            if lowered.contains("autoincrement") { hasAutoincrement = true }
            columns[name] = details
        }
    }
}

/// The parts of a `create index` statement pragmas do not report.
struct CreateIndexDefinition {
    /// The text between the parentheses: columns or an expression.
    var body: String?
    /// The partial-index predicate after `where`.
    var predicate: String?

    init(_ sql: String) {
        let tokens = SQLTokenGroups.tokenize(sql)
        guard let open = tokens.firstIndex(where: { $0.isOpen }),
              let range = SQLTokenGroups.groupRange(after: open - 1, in: tokens) else { return }
        body = SQLTokenGroups.text(sql, range)
        if let close = SQLTokenGroups.matchingClose(tokens, open: open),
           let position = tokens[(close + 1)...].firstIndex(where: { $0.lowered == "where" }), position + 1 < tokens.count {
            predicate = SQLTokenGroups.text(sql, tokens[position + 1].range.lowerBound..<sql.endIndex)
                .trimmed()
        }
    }
}

/// The tokens of SQLite's `create` text, as `SQLLexer` reads SQLite, grouped by parentheses.
enum SQLTokenGroups {
    typealias Token = SQLToken

    /// The tokens of `sql` without whitespace and comments.
    static func tokenize(_ sql: String) -> [Token] {
        SQLLexer(rules: .sqlite).meaningfulTokens(in: sql)
    }

    /// The text of `sql` in `range`, cut by scalar so a combining mark after a token stays put.
    static func text(_ sql: String, _ range: Range<String.Index>) -> String {
        String(Substring(sql.unicodeScalars[range]))
    }

    static func matchingClose(_ tokens: [Token], open: Int) -> Int? {
        var depth = 0
        for index in open..<tokens.count {
            if tokens[index].isOpen { depth += 1 }
            if tokens[index].isClose {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    /// The comma-separated items directly inside the parenthesis at `open`.
    static func splitTopLevel(_ tokens: [Token], from open: Int) -> [[Token]] {
        guard let close = matchingClose(tokens, open: open) else { return [] }
        var items: [[Token]] = [[]]
        var depth = 0
        for token in tokens[(open + 1)..<close] {
            if token.isOpen { depth += 1 }
            if token.isClose { depth -= 1 }
            if token.isComma && depth == 0 {
                items.append([])
            } else {
                items[items.count - 1].append(token)
            }
        }
        return items.filter { !$0.isEmpty }
    }

    /// The tokens inside the first parenthesis group after `position`.
    static func group(after position: Int, in tokens: [Token]) -> [Token]? {
        guard let open = tokens[(position + 1)...].firstIndex(where: { $0.isOpen }),
              let close = matchingClose(tokens, open: open) else { return nil }
        return Array(tokens[(open + 1)..<close])
    }

    /// The source range inside the first parenthesis group after `position`.
    static func groupRange(after position: Int, in tokens: [Token]) -> Range<String.Index>? {
        guard let open = tokens[(position + 1)...].firstIndex(where: { $0.isOpen }),
              let close = matchingClose(tokens, open: open) else { return nil }
        return tokens[open].range.upperBound..<tokens[close].range.lowerBound
    }

    static func identifiers(_ tokens: [Token]) -> [String] {
        tokens.filter { $0.kind == .word || $0.kind == .quotedIdentifier }.map(\.identifierValue)
    }
}

extension SQLToken {
    var isOpen: Bool { kind == .punctuation && text == "(" }
    var isClose: Bool { kind == .punctuation && text == ")" }
    var isComma: Bool { kind == .punctuation && text == "," }
    /// A word in lower case, for matching keywords; empty for other tokens.
    var lowered: String { kind == .word ? text.lowercased() : "" }
}
