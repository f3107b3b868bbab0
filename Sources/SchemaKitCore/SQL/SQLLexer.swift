/// Reads SQL text into ``SQLToken``s by a dialect's ``SQLLexicalRules``: the one place that
/// knows where a string literal, a quoted name or a comment starts and ends.
///
/// Any text can be read, however broken: an unterminated literal or comment runs to the end
/// and is marked ``SQLToken/isTerminated`` `false`, a character that fits nothing is a token of
/// kind ``SQLToken/Kind/other``, and the tokens' texts joined always give back the input. The
/// text is read by Unicode scalar, so `"\r\n"` and combining characters split where SQL does,
/// not where a `Character` would; reading is linear in the length of the input.
///
/// ```swift
/// let lexer = SQLLexer(rules: .postgreSQL)
/// lexer.tokens(in: "select $$a;b$$; -- done").map(\.kind)
/// // [.word, .whitespace, .string, .semicolon, .whitespace, .comment]
/// ```
public struct SQLLexer: Sendable, Hashable {
    /// How the dialect writes quoted names, string literals and comments.
    public var rules: SQLLexicalRules

    /// A lexer that reads by `rules`: `.postgreSQL`, `.mySQL`, `.sqlite`, `.sqlServer` or `.ansi`.
    public init(rules: SQLLexicalRules) {
        self.rules = rules
    }

    /// All tokens of `sql`, whitespace and comments included.
    public func tokens(in sql: String) -> [SQLToken] {
        tokens(in: sql, keepingTrivia: true)
    }

    /// The tokens of `sql` without whitespace and comments.
    package func meaningfulTokens(in sql: String) -> [SQLToken] {
        tokens(in: sql, keepingTrivia: false)
    }

    private func tokens(in sql: String, keepingTrivia: Bool) -> [SQLToken] {
        // Nearly all SQL is ASCII: then scalar `i` is byte `i`, read where the text keeps it.
        let ascii = sql.utf8.withContiguousStorageIfAvailable { bytes -> [SQLToken]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return Self.collect(Scanner(sql, ASCIIBytes(bytes: bytes), unitOffsets: nil, rules: rules), keepingTrivia)
        }
        if case let tokens?? = ascii { return tokens }
        var scalars: [Unicode.Scalar] = [], offsets: [Int] = []
        scalars.reserveCapacity(sql.utf8.count)
        offsets.reserveCapacity(sql.utf8.count + 1)
        var offset = 0
        for scalar in sql.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        return Self.collect(Scanner(sql, scalars, unitOffsets: offsets, rules: rules), keepingTrivia)
    }

    private static func collect<Storage>(_ scanner: Scanner<Storage>, _ keepingTrivia: Bool) -> [SQLToken] {
        var scanner = scanner
        var tokens: [SQLToken] = []
        while let token = scanner.next(keepingTrivia: keepingTrivia) { tokens.append(token) }
        return tokens
    }

    /// The statement's meaningful tokens, one space apart, keywords and bare names in lower
    /// case, without comments or a closing `;`: two spellings of one statement
    /// (`PRAGMA foreign_keys=OFF;` and `pragma foreign_keys = off`) give the same key.
    func comparisonKey(_ sql: String) -> String {
        meaningfulTokens(in: sql).filter { $0.kind != .semicolon }
            .map { $0.kind == .word ? $0.text.lowercased() : String($0.text) }
            .joined(separator: " ")
    }
}

/// The scalars a ``Scanner`` reads: the text's own bytes when they are all ASCII, else an array
/// of its scalars.
private protocol ScalarStorage {
    var count: Int { get }
    subscript(offset: Int) -> Unicode.Scalar { get }
}

extension Array: ScalarStorage where Element == Unicode.Scalar {}

/// ASCII text's UTF-8 bytes, each one scalar, read in place (valid while the text's storage is lent).
private struct ASCIIBytes: ScalarStorage {
    let bytes: UnsafeBufferPointer<UInt8>
    var count: Int { bytes.count }
    subscript(offset: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[offset]) }
}

/// The reading position in one text; each `scan…` method moves past one token.
///
/// Looking ahead and moving on are O(1) accesses to `scalars`: ASCII text (nearly all SQL) is
/// read in its own UTF-8 storage, where scalar `i` is unit `i`; other text is read into an array
/// of scalars once, with a table of where each scalar starts.
private struct Scanner<Storage: ScalarStorage> {
    let string: String
    let utf8: String.UTF8View
    let scalars: Storage
    /// `unitOffsets[i]` is where scalar `i` starts, in UTF-8 units, with one more entry for the
    /// end; `nil` when every scalar is one unit.
    let unitOffsets: [Int]?
    let rules: SQLLexicalRules
    /// An offset into `scalars`.
    var position = 0

    init(_ sql: String, _ scalars: Storage, unitOffsets: [Int]?, rules: SQLLexicalRules) {
        string = sql
        utf8 = sql.utf8
        self.scalars = scalars
        self.unitOffsets = unitOffsets
        self.rules = rules
    }

    /// Where scalar `offset` starts in the text (`scalars.count`: the end).
    private func index(_ offset: Int) -> String.Index {
        // O(1): native strings index their UTF-8 units directly.
        utf8.index(utf8.startIndex, offsetBy: unitOffsets?[offset] ?? offset)
    }

    /// The next token; with `keepingTrivia` false, the next one that is not whitespace or a
    /// comment (trivia is scanned over, never made a token: it is most of a statement's tokens).
    mutating func next(keepingTrivia: Bool) -> SQLToken? {
        while let first = peek() {
            let start = position
            var isTerminated = true
            let kind = scan(first, isTerminated: &isTerminated)
            if !keepingTrivia, kind == .whitespace || kind == .comment { continue }
            let range = index(start)..<index(position)
            return SQLToken(kind: kind, text: string[range], range: range, isTerminated: isTerminated)
        }
        return nil
    }

    private mutating func scan(_ first: Unicode.Scalar, isTerminated: inout Bool) -> SQLToken.Kind {
        let second = peek(1)
        // Most of a statement: a bare word (an ASCII letter or `_` not opening a prefixed
        // string such as `E'…'`), read without asking the dialect's rules.
        if second != "'", SQLScalar.isASCIILetter(first) || first == "_" {
            advanceOverWord()
            return .word
        }
        if SQLScalar.isWhitespace(first) {
            advance(while: SQLScalar.isWhitespace)
            return .whitespace
        }
        if startsComment(first, second, peek(2)) {
            if first == "/" {
                isTerminated = skipBlockComment()
            } else {
                advance(while: { $0 != "\n" && $0 != "\r" })
            }
            return .comment
        }
        if rules.stringQuotes.contains(first) {
            advance()
            isTerminated = skipQuoted(closing: first, doubling: true, backslashes: rules.hasBackslashEscapes)
            return .string
        }
        if second == "'", rules.stringQuotes.contains("'"), let prefix = SQLScalar.asciiUppercase(first) {
            let isEscapeString = rules.supportsEscapeStrings && prefix == "E"
            if isEscapeString || rules.stringPrefixes.contains(prefix) {
                advance(2)
                isTerminated = skipQuoted(closing: "'", doubling: true, backslashes: isEscapeString || rules.hasBackslashEscapes)
                return .string
            }
        }
        if let quote = rules.identifierQuotes.first(where: { $0.opening == first }) {
            advance()
            isTerminated = skipQuoted(closing: quote.closing, doubling: quote.escapesByDoubling, backslashes: false)
            return .quotedIdentifier
        }
        if first == "$", rules.supportsDollarQuoting {
            if let second, SQLScalar.isDigit(second) {
                advance()
                advance(while: SQLScalar.isDigit)
                return .parameter
            }
            if let tag = dollarTag() {
                isTerminated = skipDollarBody(tag: tag)
                return .string
            }
            advance()
            return .other
        }
        if first == "?" {
            advance()
            return .placeholder
        }
        if first == "@", rules.hasAtParameters {
            let sigils = second == "@" ? 2 : 1
            if let following = peek(sigils), isWordContinuation(following) {
                advance(sigils)
                advance(while: isWordContinuation)
                return .parameter
            }
        }
        if SQLScalar.isDigit(first) || (first == "." && second.map(SQLScalar.isDigit) == true) {
            scanNumber()
            return .number
        }
        if isWordStart(first) {
            advanceOverWord()
            return .word
        }
        if first == ";" {
            advance()
            return .semicolon
        }
        if first == ":", second == ":" {
            advance(2)
            return .operator
        }
        if "(),.[]{}".unicodeScalars.contains(first) {
            advance()
            return .punctuation
        }
        if SQLScalar.isOperatorCharacter(first) {
            scanOperator()
            return .operator
        }
        advance()
        return .other
    }

    // MARK: - Comments

    private func startsComment(_ first: Unicode.Scalar, _ second: Unicode.Scalar?, _ third: Unicode.Scalar?) -> Bool {
        switch first {
        case "-":
            guard second == "-" else { return false }
            guard rules.doubleDashCommentNeedsSpace else { return true }
            guard let third else { return true }
            return SQLScalar.isWhitespace(third) || third.value < 0x20
        case "#": return rules.hasHashComments
        case "/": return second == "*"
        default: return false
        }
    }

    /// Skips `/* … */`, nested ones too where the dialect nests them; `false` when unterminated.
    private mutating func skipBlockComment() -> Bool {
        advance(2)
        var depth = 1
        while let scalar = peek() {
            if scalar == "*", peek(1) == "/" {
                advance(2)
                depth -= 1
                if depth == 0 { return true }
            } else if scalar == "/", peek(1) == "*", rules.hasNestedBlockComments {
                advance(2)
                depth += 1
            } else {
                advance()
            }
        }
        return false
    }

    // MARK: - Quoted text

    /// Skips to past the closing quote; a doubled closing quote (where `doubling`) and a
    /// backslash with the character after it (where `backslashes`) stay inside. `false` when
    /// the text ends first.
    private mutating func skipQuoted(closing: Unicode.Scalar, doubling: Bool, backslashes: Bool) -> Bool {
        while let scalar = peek() {
            if backslashes, scalar == "\\" {
                guard peek(1) != nil else {
                    advance()
                    return false
                }
                advance(2)
                continue
            }
            advance()
            if scalar == closing {
                guard doubling, peek() == closing else { return true }
                advance()
            }
        }
        return false
    }

    /// Reads `$$` or `$tag$` at the position and moves past it; `nil` (not moving) otherwise.
    /// A tag is spelled like an unquoted name without `$`.
    private mutating func dollarTag() -> [Unicode.Scalar]? {
        var tag: [Unicode.Scalar] = []
        var offset = 1
        while let scalar = peek(offset), scalar != "$" {
            guard tag.isEmpty ? SQLScalar.isTagStart(scalar) : SQLScalar.isTagContinuation(scalar) else { return nil }
            tag.append(scalar)
            offset += 1
        }
        guard peek(offset) == "$" else { return nil }
        advance(offset + 1)
        return tag
    }

    /// Skips a dollar-quoted body and its closing `$tag$`; `false` when the text ends first.
    /// Each run of tag characters after a `$` is read once, so this stays linear.
    private mutating func skipDollarBody(tag: [Unicode.Scalar]) -> Bool {
        while let scalar = peek() {
            advance()
            guard scalar == "$" else { continue }
            var candidate: [Unicode.Scalar] = []
            while let next = peek(), next != "$", SQLScalar.isTagContinuation(next), candidate.count <= tag.count {
                candidate.append(next)
                advance()
            }
            if candidate == tag, peek() == "$" {
                advance()
                return true
            }
        }
        return false
    }

    // MARK: - Numbers, words, operators

    private mutating func scanNumber() {
        advance(while: SQLScalar.isDigit)
        if peek() == "." {
            advance()
            advance(while: SQLScalar.isDigit)
        }
        if let marker = peek(), marker == "e" || marker == "E" {
            let sign = peek(1) == "+" || peek(1) == "-" ? 1 : 0
            if let digit = peek(1 + sign), SQLScalar.isDigit(digit) {
                advance(1 + sign)
                advance(while: SQLScalar.isDigit)
            }
        }
        // `0x1f`, `0b101`, and digits run into letters, stay one token.
        advance(while: { $0.isASCII && ($0.properties.isAlphabetic || SQLScalar.isDigit($0) || $0 == "_") })
    }

    private func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return SQLScalar.isASCIILetter(scalar) || scalar == "_" || (scalar == "$" && !rules.supportsDollarQuoting)
        }
        return !SQLScalar.isWhitespace(scalar)
    }

    /// Moves past the word that starts at the position.
    private mutating func advanceOverWord() {
        var end = position + 1
        while end < scalars.count {
            let scalar = scalars[end]
            guard scalar.isASCII ? Self.isASCIIWordContinuation(scalar) : !SQLScalar.isWhitespace(scalar) else { break }
            end += 1
        }
        position = end
    }

    private static func isASCIIWordContinuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x61...0x7A, 0x41...0x5A, 0x30...0x39, 0x5F, 0x24: true   // a-z A-Z 0-9 _ $
        default: false
        }
    }

    private func isWordContinuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? SQLScalar.isASCIILetter(scalar) || SQLScalar.isDigit(scalar) || scalar == "_" || scalar == "$" : !SQLScalar.isWhitespace(scalar)
    }

    /// A run of operator characters, ending before a comment or `::`; like PostgreSQL, a run
    /// of two or more does not end in `+` or `-` unless it holds one of `~!@#%^&|`, so `=-1`
    /// is `=` and `-1`. See https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-SYNTAX-OPERATORS
    private mutating func scanOperator() {
        var ends: [Int] = []
        var run: [Unicode.Scalar] = []
        while let scalar = peek(), SQLScalar.isOperatorCharacter(scalar) {
            if !run.isEmpty, startsComment(scalar, peek(1), peek(2)) || (scalar == ":" && peek(1) == ":") { break }
            run.append(scalar)
            advance()
            ends.append(position)
        }
        let keepsTrailingSign = run.contains { "~!@#%^&|".unicodeScalars.contains($0) }
        while run.count > 1, let last = run.last, last == "+" || last == "-", !keepsTrailingSign {
            run.removeLast()
            ends.removeLast()
        }
        position = ends[run.count - 1]
    }

    // MARK: - Characters

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let index = position + offset
        return index < scalars.count ? scalars[index] : nil
    }

    private mutating func advance(_ count: Int = 1) {
        position = min(position + count, scalars.count)
    }

    private mutating func advance(while predicate: (Unicode.Scalar) -> Bool) {
        while let scalar = peek(), predicate(scalar) { advance() }
    }
}

/// The lexer's character classes, apart from its generic scanner so that a predicate passed
/// along is a plain function rather than a member of the scanner's type.
private enum SQLScalar {
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}": true
        default: !scalar.isASCII && scalar.properties.isWhitespace
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }

    static func asciiUppercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard isASCIILetter(scalar) else { return nil }
        return ("a"..."z").contains(scalar) ? Unicode.Scalar(scalar.value - 32) : scalar
    }

    static func isOperatorCharacter(_ scalar: Unicode.Scalar) -> Bool {
        "+-*/<>=~!@#%^&|:".unicodeScalars.contains(scalar)
    }

    static func isTagStart(_ scalar: Unicode.Scalar) -> Bool { isASCIILetter(scalar) || scalar == "_" || !scalar.isASCII }

    static func isTagContinuation(_ scalar: Unicode.Scalar) -> Bool { isTagStart(scalar) || isDigit(scalar) }
}
