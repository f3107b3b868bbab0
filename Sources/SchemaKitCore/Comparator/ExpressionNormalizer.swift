/// Canonical spelling of SQL expressions for comparison. Engines rewrite what they store
/// (`age >= 0` comes back as `(age >= 0)`, `'x'` as `'x'::text`, `-1` as `'-1'::integer`), so
/// expressions are compared as token streams with those rewrites undone:
///
/// - keywords and unquoted identifiers are lower-cased; quoted identifiers keep their case and
///   lose their quotes; string literals are kept verbatim;
/// - `::type` casts are dropped, and a quoted number cast to a numeric type becomes the number;
/// - parentheses that only group are dropped where that cannot change the meaning: around one
///   token, around the whole expression, and around an operand of `and`/`or` that holds no
///   `and`/`or` itself. `(a or b) and c` keeps its parentheses.
///
/// ```swift
/// ExpressionNormalizer.normalize("((priority > 0) OR (state = 'closed'::text))")   // priority>0 or state='closed'
/// ```
public enum ExpressionNormalizer {
    /// The canonical spelling of `expression`, which two expressions meaning the same thing share.
    ///
    /// - Parameters:
    ///   - expression: SQL text as a database or an entity wrote it.
    ///   - caseInsensitiveNames: whether quoted names compare regardless of case too, as
    ///     column names do on MySQL (`priceColumn` between backticks is `pricecolumn`).
    public static func normalize(_ expression: String, caseInsensitiveNames: Bool = false) -> String {
        var tokens = tokenize(expression)
        if caseInsensitiveNames {
            for index in tokens.indices where tokens[index].kind == .identifier { tokens[index].text = tokens[index].text.lowercased() }
        }
        removeGroupingParentheses(&tokens)
        return render(tokens)
    }

    enum Kind: Equatable { case word, identifier, string, number, symbol, open, close, comma }

    struct Token: Equatable {
        var kind: Kind
        var text: String
    }

    private static let numericTypes: Set<String> = [
        "int", "integer", "int2", "int4", "int8", "smallint", "bigint", "numeric", "decimal", "real",
        "float", "float4", "float8", "double",
    ]
    private static let multiWordTypeParts: Set<String> = ["varying", "precision", "with", "without", "time", "zone"]
    private static let booleanWords: Set<String> = ["and", "or"]

    /// How expressions are read: `"name"` and backtick-quoted names are names, `'…'` strings (the
    /// spellings every engine writes back), whichever engine wrote them.
    static let rules: SQLLexicalRules = {
        var rules = SQLLexicalRules.ansi
        rules.identifierQuotes.append(.backtick)
        return rules
    }()

    static func tokenize(_ text: String) -> [Token] {
        let lexed = SQLLexer(rules: rules).tokens(in: text)
        var tokens: [Token] = []
        var index = 0
        while index < lexed.count {
            let token = lexed[index]
            index += 1
            switch token.kind {
            case .whitespace, .comment:
                break
            case .string:
                tokens.append(Token(kind: .string, text: canonicalString(token)))
            case .quotedIdentifier:
                tokens.append(Token(kind: .identifier, text: token.identifierValue))
            case .operator where token.text == "::":
                skipCast(lexed, &index, after: &tokens)
            case .punctuation where token.text == "(":
                tokens.append(Token(kind: .open, text: "("))
            case .punctuation where token.text == ")":
                tokens.append(Token(kind: .close, text: ")"))
            case .punctuation where token.text == ",":
                tokens.append(Token(kind: .comma, text: ","))
            case .punctuation where token.text == ".":
                fallthrough
            case .word, .number:
                // A dotted name (`app.mood`) or a number (`1.50`) is one token, as it is written.
                var word = String(token.text)
                while index < lexed.count, lexed[index].kind == .word || lexed[index].kind == .number || lexed[index].text == "." {
                    word += lexed[index].text
                    index += 1
                }
                let isNumber = Double(word) != nil
                tokens.append(Token(kind: isNumber ? .number : .word, text: isNumber ? canonicalNumber(word) : word.lowercased()))
            case .operator:
                tokens.append(Token(kind: .symbol, text: token.text == "!=" ? "<>" : String(token.text)))
            default:
                tokens.append(Token(kind: .symbol, text: String(token.text)))
            }
        }
        return tokens
    }

    /// A string literal as written, its prefix (`N`, `X`) in lower case and an unterminated one closed.
    private static func canonicalString(_ token: SQLToken) -> String {
        let text = String(token.text)
        let quote = text.firstIndex(of: "'") ?? text.startIndex
        return text[..<quote].lowercased() + text[quote...] + (token.isTerminated ? "" : "'")
    }

    /// Skips a cast's type (`text`, `character varying(255)`, `"Mood"`, `app.mood[]`); a quoted
    /// number cast to a numeric type becomes the number.
    private static func skipCast(_ lexed: [SQLToken], _ index: inout Int, after tokens: inout [Token]) {
        func skipSpaces() { while index < lexed.count, lexed[index].kind == .whitespace { index += 1 } }
        func text(at position: Int) -> Substring? { position < lexed.count ? lexed[position].text : nil }
        func word() -> String? {
            skipSpaces()
            guard index < lexed.count else { return nil }
            let token = lexed[index]
            guard token.kind == .word || token.kind == .quotedIdentifier else { return nil }
            var value = token.identifierValue
            index += 1
            // A qualified type: `tenant.book_status`.
            while text(at: index) == ".", index + 1 < lexed.count,
                  lexed[index + 1].kind == .word || lexed[index + 1].kind == .quotedIdentifier {
                value += "." + lexed[index + 1].identifierValue
                index += 2
            }
            return value
        }
        guard let type = word()?.lowercased() else { return }
        while true {
            let mark = index
            guard let next = word()?.lowercased(), multiWordTypeParts.contains(next) else {
                index = mark
                break
            }
        }
        skipSpaces()
        if text(at: index) == "(" {
            while index < lexed.count, lexed[index].text != ")" { index += 1 }
            index += 1
        }
        while text(at: index) == "[", text(at: index + 1) == "]" { index += 2 }
        let base = type.split(separator: ".").last.map(String.init) ?? type
        if numericTypes.contains(base), let last = tokens.last, last.kind == .string {
            let inner = String(last.text.dropFirst().dropLast())
            if Double(inner) != nil {
                tokens[tokens.count - 1] = Token(kind: .number, text: canonicalNumber(inner))
            }
        }
    }

    /// `1.50` → `1.5`, `007` → `7`, `-0` → `0`; other spellings are kept.
    static func canonicalNumber(_ text: String) -> String {
        guard let value = Double(text), value.isFinite else { return text }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Removes grouping parentheses that cannot change the meaning, until none is left.
    static func removeGroupingParentheses(_ tokens: inout [Token]) {
        var changed = true
        while changed {
            changed = false
            var stack: [Int] = []
            var index = 0
            while index < tokens.count {
                let token = tokens[index]
                if token.kind == .open {
                    stack.append(index)
                } else if token.kind == .close, let open = stack.popLast() {
                    if isGrouping(tokens, open: open), isRemovable(tokens, open: open, close: index) {
                        tokens.remove(at: index)
                        tokens.remove(at: open)
                        changed = true
                        break
                    }
                }
                index += 1
            }
        }
    }

    /// A parenthesis that follows a name (`lower(`, `in (`, `any(`) belongs to a call or list.
    private static func isGrouping(_ tokens: [Token], open: Int) -> Bool {
        guard open > 0 else { return true }
        let previous = tokens[open - 1]
        switch previous.kind {
        case .word: return booleanWords.contains(previous.text) || previous.text == "not"
        case .identifier: return false
        default: return true
        }
    }

    private static func isRemovable(_ tokens: [Token], open: Int, close: Int) -> Bool {
        if close - open == 2 { return true }                        // around one token
        if open == 0 && close == tokens.count - 1 { return true }   // around everything
        var depth = 0
        for token in tokens[(open + 1)..<close] {
            if token.kind == .open { depth += 1 }
            if token.kind == .close { depth -= 1 }
            if depth == 0, token.kind == .word, booleanWords.contains(token.text) { return false }
        }
        let before = open > 0 ? tokens[open - 1] : nil
        let after = close + 1 < tokens.count ? tokens[close + 1] : nil
        func isBoundary(_ token: Token?) -> Bool {
            guard let token else { return true }
            if token.kind == .open || token.kind == .close { return true }
            return token.kind == .word && (booleanWords.contains(token.text) || token.text == "not")
        }
        return isBoundary(before) && isBoundary(after)
    }

    /// Tokens joined without spaces, except where two names or values would run together.
    static func render(_ tokens: [Token]) -> String {
        var text = ""
        var previous: Token?
        for token in tokens {
            let isValue = { (kind: Kind) in kind == .word || kind == .identifier || kind == .number || kind == .string }
            if let previous, isValue(previous.kind), isValue(token.kind) { text += " " }
            text += token.text
            previous = token
        }
        return text
    }
}
