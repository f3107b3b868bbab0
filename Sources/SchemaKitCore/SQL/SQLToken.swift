/// One piece of SQL text as ``SQLLexer`` reads it, with its exact text and where it is.
/// The texts of all tokens of an input, joined, give back the input exactly.
///
/// ```swift
/// SQLLexer(rules: .postgreSQL).tokens(in: "a = $1").map(\.text)   // ["a", " ", "=", " ", "$1"]
/// ```
public struct SQLToken: Sendable, Hashable {
    /// What a token is, as far as quotes, comments and statement boundaries go.
    public enum Kind: Sendable, Hashable {
        /// Spaces, tabs and line breaks.
        case whitespace
        /// `-- …` or `# …` up to (not including) the line break, or `/* … */`.
        case comment
        /// A keyword or an unquoted identifier: `select`, `_utf8mb4`, `t$1`, `ünï`.
        case word
        /// A quoted identifier, quotes included: `"a""b"`, a name between backticks, `[d]]e]`.
        case quotedIdentifier
        /// A string literal, quotes and prefix included: `'it''s'`, `E'\n'`, `N'x'`, `$tag$…$tag$`.
        case string
        /// A numeric literal: `42`, `1.5`, `.5`, `1e-3`, `0x1f`.
        case number
        /// An operator: `=`, `<>`, `::`, `||`.
        case `operator`
        /// One of `(`, `)`, `,`, `.`, `[`, `]`, `{`, `}`.
        case punctuation
        /// A `?` to bind a value to.
        case placeholder
        /// A named or numbered parameter or variable: `$1` (PostgreSQL), `@name` (SQL Server, MySQL).
        case parameter
        /// `;`
        case semicolon
        /// Anything else, one character at a time: a stray `\`, a control character.
        case other
    }

    /// What the token is: a word, a literal, a comment, a `;`, …
    public var kind: Kind
    /// The token's text, exactly as in the input.
    public var text: Substring
    /// Where the token is in the input.
    public var range: Range<String.Index>
    /// `false` for a string, quoted identifier or block comment the input ends inside of.
    public var isTerminated: Bool

    /// A token of `kind` whose `text` is the input's slice at `range`; `isTerminated` is `true` by default.
    public init(kind: Kind, text: Substring, range: Range<String.Index>, isTerminated: Bool = true) {
        self.kind = kind
        self.text = text
        self.range = range
        self.isTerminated = isTerminated
    }

    /// Whether the token is whitespace or a comment: text the engine skips.
    public var isTrivia: Bool { kind == .whitespace || kind == .comment }

    /// The name a word or quoted identifier stands for: quotes removed and doubled closing quotes
    /// undone (`"a""b"` is `a"b`, `[a]]b]` is `a]b`); other tokens' text as it is.
    public var identifierValue: String {
        guard kind == .quotedIdentifier, let opening = text.unicodeScalars.first else { return String(text) }
        return unquoted(closing: opening == "[" ? "]" : opening)
    }

    /// The text between the token's quotes (the closing one only when the token is terminated),
    /// a doubled `closing` quote inside taken as one: `"a""b"` is `a"b`, `'it''s'` is `it's`.
    package func unquoted(closing: Unicode.Scalar) -> String {
        var inner = text.unicodeScalars.dropFirst()
        if isTerminated { inner = inner.dropLast() }
        // Most names hold no quote character: the text between the quotes is the name.
        if closing.isASCII, !Substring(inner).utf8.contains(UInt8(closing.value)) { return String(Substring(inner)) }
        var value = String.UnicodeScalarView()
        var previousWasClosing = false
        for scalar in inner {
            // Inside a terminated name a closing quote only appears doubled: keep every other one.
            if scalar == closing, previousWasClosing {
                previousWasClosing = false
                continue
            }
            previousWasClosing = scalar == closing
            value.append(scalar)
        }
        return String(value)
    }
}
