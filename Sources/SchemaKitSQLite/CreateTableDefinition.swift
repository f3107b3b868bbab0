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

    init(_ sql: String) {
        let tokens = SQLTokenizer.tokenize(sql)
        guard let open = tokens.firstIndex(where: { $0.kind == .open }) else { return }
        for item in SQLTokenizer.splitTopLevel(tokens, from: open) {
            parse(item, sql: sql)
        }
    }

    private mutating func parse(_ item: [SQLTokenizer.Token], sql: String) {
        guard let first = item.first else { return }
        var rest = item[...]
        var constraintName: String?
        if first.lowered == "constraint", item.count > 1 {
            constraintName = item[1].unquoted
            rest = item.dropFirst(2)
        }
        guard let head = rest.first else { return }
        switch head.lowered {
        case "foreign":
            let columns = SQLTokenizer.group(after: rest.startIndex, in: item).map(SQLTokenizer.identifiers) ?? []
            let lowered = item.map(\.lowered)
            var deferral: ForeignKeySchema.Deferral?
            if let position = lowered.firstIndex(of: "deferrable"), lowered.count > position + 2, lowered[position + 1] == "initially" {
                deferral = lowered[position + 2] == "deferred" ? .deferred : .immediate
            }
            foreignKeys.append(ForeignKeyDetails(name: constraintName, columns: columns, deferral: deferral))
        case "check":
            if let range = SQLTokenizer.groupRange(after: rest.startIndex, in: item), let name = constraintName {
                checks.append(CheckSchema(name: name, expression: String(sql[range])))
            }
        case "primary", "unique":
            break
        default:
            let name = head.unquoted
            var details = ColumnDetails()
            let lowered = item.map(\.lowered)
            if let position = lowered.firstIndex(of: "as"), position > 0, lowered[position - 1] == "always" || lowered[position - 1] == "generated" {
                details.generated = SQLTokenizer.groupRange(after: position, in: item).map { String(sql[$0]) }
            } else if let position = lowered.firstIndex(of: "as"), position + 1 < item.count, item[position + 1].kind == .open {
                details.generated = SQLTokenizer.groupRange(after: position, in: item).map { String(sql[$0]) }
            }
            if let position = lowered.firstIndex(of: "collate"), position + 1 < item.count {
                details.collation = item[position + 1].unquoted
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
        let tokens = SQLTokenizer.tokenize(sql)
        guard let open = tokens.firstIndex(where: { $0.kind == .open }),
              let range = SQLTokenizer.groupRange(after: open - 1, in: tokens) else { return }
        body = String(sql[range])
        if let close = SQLTokenizer.matchingClose(tokens, open: open),
           let position = tokens[(close + 1)...].firstIndex(where: { $0.lowered == "where" }), position + 1 < tokens.count {
            predicate = String(sql[tokens[position + 1].range.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }
}

/// A small SQL tokenizer: quoted identifiers, strings, words, parentheses, commas.
enum SQLTokenizer {
    struct Token {
        enum Kind { case word, quoted, string, open, close, comma, symbol }
        var kind: Kind
        var text: Substring
        var range: Range<String.Index>

        var lowered: String { kind == .word ? text.lowercased() : "" }

        /// An identifier without its quotes (embedded doubled quotes undone).
        var unquoted: String {
            guard kind == .quoted, let first = text.first else { return String(text) }
            let closing: Character = first == "[" ? "]" : first
            let inner = text.dropFirst().dropLast()
            return inner.replacingOccurrences(of: String([closing, closing]), with: String(closing))
        }
    }

    static func tokenize(_ sql: String) -> [Token] {
        var tokens: [Token] = []
        var index = sql.startIndex
        func token(_ kind: Token.Kind, to end: String.Index) {
            tokens.append(Token(kind: kind, text: sql[index..<end], range: index..<end))
            index = end
        }
        while index < sql.endIndex {
            let character = sql[index]
            if character.isWhitespace {
                index = sql.index(after: index)
            } else if character == "-", sql[index...].hasPrefix("--") {
                index = sql[index...].firstIndex(of: "\n") ?? sql.endIndex
            } else if character == "'" || character == "\"" || character == "`" || character == "[" {
                let closing: Character = character == "[" ? "]" : character
                var end = sql.index(after: index)
                while end < sql.endIndex {
                    if sql[end] == closing {
                        let next = sql.index(after: end)
                        if closing != "]", next < sql.endIndex, sql[next] == closing { end = sql.index(after: next); continue }
                        end = next
                        break
                    }
                    end = sql.index(after: end)
                }
                token(character == "'" ? .string : .quoted, to: end)
            } else if character == "(" {
                token(.open, to: sql.index(after: index))
            } else if character == ")" {
                token(.close, to: sql.index(after: index))
            } else if character == "," {
                token(.comma, to: sql.index(after: index))
            } else if character.isLetter || character.isNumber || character == "_" {
                var end = index
                while end < sql.endIndex, sql[end].isLetter || sql[end].isNumber || sql[end] == "_" || sql[end] == "$" {
                    end = sql.index(after: end)
                }
                token(.word, to: end)
            } else {
                token(.symbol, to: sql.index(after: index))
            }
        }
        return tokens
    }

    static func matchingClose(_ tokens: [Token], open: Int) -> Int? {
        var depth = 0
        for index in open..<tokens.count {
            switch tokens[index].kind {
            case .open: depth += 1
            case .close:
                depth -= 1
                if depth == 0 { return index }
            default: break
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
            if token.kind == .open { depth += 1 }
            if token.kind == .close { depth -= 1 }
            if token.kind == .comma && depth == 0 {
                items.append([])
            } else {
                items[items.count - 1].append(token)
            }
        }
        return items.filter { !$0.isEmpty }
    }

    /// The tokens inside the first parenthesis group after `position`.
    static func group(after position: Int, in tokens: [Token]) -> [Token]? {
        guard let open = tokens[(position + 1)...].firstIndex(where: { $0.kind == .open }),
              let close = matchingClose(tokens, open: open) else { return nil }
        return Array(tokens[(open + 1)..<close])
    }

    /// The source range inside the first parenthesis group after `position`.
    static func groupRange(after position: Int, in tokens: [Token]) -> Range<String.Index>? {
        guard let open = tokens[(position + 1)...].firstIndex(where: { $0.kind == .open }),
              let close = matchingClose(tokens, open: open) else { return nil }
        return tokens[open].range.upperBound..<tokens[close].range.lowerBound
    }

    static func identifiers(_ tokens: [Token]) -> [String] {
        tokens.filter { $0.kind == .word || $0.kind == .quoted }.map(\.unquoted)
    }
}
