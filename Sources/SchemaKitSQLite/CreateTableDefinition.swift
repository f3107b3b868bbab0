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

    /// The columns with something to say (a generated expression or a collation), by name.
    var columns: [String: ColumnDetails] = [:]
    /// How many columns the definition declares.
    var columnCount = 0
    var foreignKeys: [ForeignKeyDetails] = []
    var checks: [CheckSchema] = []
    var hasAutoincrement = false
    /// `strict` and `without rowid`, after the closing parenthesis.
    var options = TableOptions()

    init(_ sql: String) {
        let tokens = SQLTokenGroups.tokenize(sql)
        guard let open = tokens.firstIndex(where: { $0.isOpen }) else { return }
        for item in SQLTokenGroups.splitTopLevel(tokens[...], from: open) {
            parse(tokens[item], sql: sql)
        }
        if let close = SQLTokenGroups.matchingClose(tokens[...], open: open) {
            let trailing = tokens[(close + 1)...]
            options.isStrict = trailing.contains { $0.isKeyword("strict") }
            options.isWithoutRowid = trailing.contains { $0.isKeyword("rowid") }
        }
    }

    /// Reads one item of the definition (a column or a table constraint): a slice of the
    /// statement's tokens, indexed as the statement is. Keywords are matched in place, never
    /// lower-cased copies: this runs for every column of every table a SQLite read lists.
    private mutating func parse(_ item: ArraySlice<SQLTokenGroups.Token>, sql: String) {
        guard let first = item.first else { return }
        var rest = item
        var constraintName: String?
        if first.isKeyword("constraint"), item.count > 1 {
            constraintName = item[item.startIndex + 1].sqliteName
            rest = item.dropFirst(2)
        }
        guard let head = rest.first else { return }
        if head.isKeyword("foreign") {
            let columns = SQLTokenGroups.group(after: rest.startIndex, in: item).map(SQLTokenGroups.identifiers) ?? []
            var deferral: ForeignKeySchema.Deferral?
            if let position = item.firstIndex(where: { $0.isKeyword("deferrable") }), item.endIndex > position + 2,
               item[position + 1].isKeyword("initially") {
                deferral = item[position + 2].isKeyword("deferred") ? .deferred : .immediate
            }
            foreignKeys.append(ForeignKeyDetails(name: constraintName, columns: columns, deferral: deferral))
        } else if head.isKeyword("check") {
            if let range = SQLTokenGroups.groupRange(after: rest.startIndex, in: item), let name = constraintName {
                checks.append(CheckSchema(name: name, expression: SQLTokenGroups.text(sql, range)))
            }
        } else if head.isKeyword("primary") {
            // `primary key (id autoincrement)`: the table-constraint form SQLite accepts too.
            if item.contains(where: { $0.isKeyword("autoincrement") }) { hasAutoincrement = true }
        } else if !head.isKeyword("unique") {
            parseColumn(item, sql: sql)
        }
    }

    /// Reads a column definition in one pass over the words outside its parentheses, after its
    /// name: `as (…)` after `generated always` (or directly before a parenthesis), `collate` (the
    /// last one, as SQLite takes it) and `autoincrement`. A word inside a parenthesis
    /// (`cast(x as int)` in a default, `collate` in a check) is part of an expression, not of
    /// the column.
    private mutating func parseColumn(_ item: ArraySlice<SQLTokenGroups.Token>, sql: String) {
        columnCount += 1
        var details = ColumnDetails()
        var depth = 0
        for position in item.indices.dropFirst() {
            let token = item[position]
            if token.isOpen { depth += 1 }
            if token.isClose { depth -= 1 }
            guard depth == 0, token.kind == .word else { continue }
            switch token.text.utf8.count {
            case 2 where details.generated == nil && token.isKeyword("as"):
                let previous = item[position - 1]
                if previous.isKeyword("always") || previous.isKeyword("generated")
                    || (position + 1 < item.endIndex && item[position + 1].isOpen) {
                    details.generated = SQLTokenGroups.groupRange(after: position, in: item).map { SQLTokenGroups.text(sql, $0) }
                }
            case 7 where token.isKeyword("collate"):
                if position + 1 < item.endIndex { details.collation = item[position + 1].sqliteName }
            case 13 where token.isKeyword("autoincrement"):
                hasAutoincrement = true
            default:
                break
            }
        }
        if details.generated != nil || details.collation != nil {
            columns[item[item.startIndex].sqliteName] = details
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
              let range = SQLTokenGroups.groupRange(after: open - 1, in: tokens[...]) else { return }
        body = SQLTokenGroups.text(sql, range)
        if let close = SQLTokenGroups.matchingClose(tokens[...], open: open),
           let position = tokens[(close + 1)...].firstIndex(where: { $0.isKeyword("where") }), position + 1 < tokens.count {
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

    static func matchingClose(_ tokens: ArraySlice<Token>, open: Int) -> Int? {
        var depth = 0
        for index in open..<tokens.endIndex {
            if tokens[index].isOpen { depth += 1 }
            if tokens[index].isClose {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    /// Where the comma-separated items directly inside the parenthesis at `open` are: ranges of
    /// `tokens`, none empty (the tokens are not copied).
    static func splitTopLevel(_ tokens: ArraySlice<Token>, from open: Int) -> [Range<Int>] {
        guard let close = matchingClose(tokens, open: open) else { return [] }
        var items: [Range<Int>] = []
        var depth = 0, start = open + 1
        for index in (open + 1)..<close {
            let token = tokens[index]
            if token.isOpen { depth += 1 }
            if token.isClose { depth -= 1 }
            if token.isComma && depth == 0 {
                if start < index { items.append(start..<index) }
                start = index + 1
            }
        }
        if start < close { items.append(start..<close) }
        return items
    }

    /// The tokens inside the first parenthesis group after `position`.
    static func group(after position: Int, in tokens: ArraySlice<Token>) -> [Token]? {
        guard let open = tokens[(position + 1)...].firstIndex(where: { $0.isOpen }),
              let close = matchingClose(tokens, open: open) else { return nil }
        return Array(tokens[(open + 1)..<close])
    }

    /// The source range inside the first parenthesis group after `position`.
    static func groupRange(after position: Int, in tokens: ArraySlice<Token>) -> Range<String.Index>? {
        guard let open = tokens[(position + 1)...].firstIndex(where: { $0.isOpen }),
              let close = matchingClose(tokens, open: open) else { return nil }
        return tokens[open].range.upperBound..<tokens[close].range.lowerBound
    }

    static func identifiers(_ tokens: [Token]) -> [String] {
        tokens.filter { $0.kind == .word || $0.kind == .quotedIdentifier || $0.kind == .string }.map(\.sqliteName)
    }
}

extension SQLToken {
    // A punctuation token is one character: its first byte says which.
    var isOpen: Bool { kind == .punctuation && text.utf8.first == UInt8(ascii: "(") }
    var isClose: Bool { kind == .punctuation && text.utf8.first == UInt8(ascii: ")") }
    var isComma: Bool { kind == .punctuation && text.utf8.first == UInt8(ascii: ",") }
    /// The name the token stands for where SQLite expects a name: as ``identifierValue``, and a
    /// string literal there is a name too (`'my col' text`, `collate 'nocase'`: SQLite reads
    /// them as `my col` and `nocase`).
    var sqliteName: String {
        guard kind == .string, text.utf8.first == UInt8(ascii: "'") else { return identifierValue }
        return unquoted(closing: "'")
    }

    /// Whether this is the word `keyword` (lower-case ASCII) in any case, compared byte by byte.
    func isKeyword(_ keyword: String) -> Bool {
        guard kind == .word, text.utf8.count == keyword.utf8.count else { return false }
        return zip(text.utf8, keyword.utf8).allSatisfy { byte, expected in
            byte == expected || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") && byte | 0x20 == expected)
        }
    }
}
