/// How a dialect writes the pieces of SQL text that hide other text: quoted names, string
/// literals, comments. ``SQLLexer`` reads SQL with these rules, so every caller that needs to
/// know what is code and what is quoted (the script splitter, the seeder's value binder, the
/// canonicalisers) agrees with the engine.
///
/// ```swift
/// let tokens = SQLLexer(rules: .mySQL).tokens(in: #"select 'it\'s' # done"#)
/// tokens.map(\.kind)   // [.word, .whitespace, .string, .whitespace, .comment]
/// ```
public struct SQLLexicalRules: Sendable, Hashable {
    /// A pair of characters around a quoted identifier: `"name"`, a name between backticks, `[name]`.
    public struct IdentifierQuote: Sendable, Hashable {
        /// The character that opens a quoted name: `"`, a backtick or `[`.
        public var opening: Unicode.Scalar
        /// The character that closes it: the opening one, or `]` after `[`.
        public var closing: Unicode.Scalar
        /// Whether a doubled closing character stands for itself (`"a""b"` is `a"b`, and on
        /// SQL Server `[a]]b]` is `a]b`). SQLite's brackets have no escape at all.
        public var escapesByDoubling: Bool

        /// A pair of quote characters; a doubled closing one stands for itself unless `escapesByDoubling` is `false`.
        public init(opening: Unicode.Scalar, closing: Unicode.Scalar, escapesByDoubling: Bool = true) {
            self.opening = opening
            self.closing = closing
            self.escapesByDoubling = escapesByDoubling
        }

        /// `"name"`, standard SQL.
        public static let doubleQuote = IdentifierQuote(opening: "\"", closing: "\"")
        /// A name between backticks: MySQL, MariaDB and SQLite.
        public static let backtick = IdentifierQuote(opening: "`", closing: "`")
        /// `[name]`, SQL Server, where `]]` stands for `]`.
        public static let brackets = IdentifierQuote(opening: "[", closing: "]")
    }

    /// The quotes of identifiers, in no particular order.
    public var identifierQuotes: [IdentifierQuote]
    /// The quotes of string literals: `'`, and on MySQL also `"`.
    public var stringQuotes: [Unicode.Scalar]
    /// A backslash escapes the next character in string literals (MySQL and MariaDB without
    /// `NO_BACKSLASH_ESCAPES`): `'it\'s'`.
    public var hasBackslashEscapes: Bool
    /// `E'…'` string literals read backslash escapes even where plain literals do not
    /// (PostgreSQL): `E'it\'s'`.
    public var supportsEscapeStrings: Bool
    /// `$$…$$` and `$tag$…$tag$` are string literals, and `$1` is a parameter (PostgreSQL).
    public var supportsDollarQuoting: Bool
    /// Letters that may stand right before a string literal's quote and belong to it, upper
    /// case (`N'…'`, `X'…'`, `B'…'`); matched without regard to case.
    public var stringPrefixes: Set<Unicode.Scalar>
    /// `# …` is a comment to the end of the line (MySQL, MariaDB).
    public var hasHashComments: Bool
    /// `--` starts a comment only when a space, a control character or the end of the text
    /// follows (MySQL, MariaDB): `1--1` is `1 - -1` there.
    /// See https://dev.mysql.com/doc/refman/8.0/en/ansi-diff-comments.html
    public var doubleDashCommentNeedsSpace: Bool
    /// `/* /* */ */` is one comment (PostgreSQL, SQL Server).
    public var hasNestedBlockComments: Bool
    /// `@name` and `@@name` are parameters or variables (SQL Server, MySQL).
    public var hasAtParameters: Bool

    /// Rules from their parts; every default is standard SQL's, so `SQLLexicalRules()` is `.ansi`.
    public init(
        identifierQuotes: [IdentifierQuote] = [.doubleQuote],
        stringQuotes: [Unicode.Scalar] = ["'"],
        hasBackslashEscapes: Bool = false,
        supportsEscapeStrings: Bool = false,
        supportsDollarQuoting: Bool = false,
        stringPrefixes: Set<Unicode.Scalar> = ["N", "X", "B"],
        hasHashComments: Bool = false,
        doubleDashCommentNeedsSpace: Bool = false,
        hasNestedBlockComments: Bool = false,
        hasAtParameters: Bool = false
    ) {
        self.identifierQuotes = identifierQuotes
        self.stringQuotes = stringQuotes
        self.hasBackslashEscapes = hasBackslashEscapes
        self.supportsEscapeStrings = supportsEscapeStrings
        self.supportsDollarQuoting = supportsDollarQuoting
        self.stringPrefixes = stringPrefixes
        self.hasHashComments = hasHashComments
        self.doubleDashCommentNeedsSpace = doubleDashCommentNeedsSpace
        self.hasNestedBlockComments = hasNestedBlockComments
        self.hasAtParameters = hasAtParameters
    }

    /// Standard SQL: `"name"`, `'it''s'`, `N'…'`, `X'…'`, `B'…'`, `-- …` and `/* … */`.
    public static let ansi = SQLLexicalRules()

    /// PostgreSQL: `"name"`, `'…'` without backslash escapes (`standard_conforming_strings`),
    /// `E'it\'s'`, `$$…$$` and `$tag$…$tag$`, `$1` parameters, nested `/* /* */ */`.
    /// See https://www.postgresql.org/docs/current/sql-syntax-lexical.html
    public static let postgreSQL = SQLLexicalRules(
        supportsEscapeStrings: true, supportsDollarQuoting: true, hasNestedBlockComments: true)

    /// MySQL and MariaDB in their default SQL mode: names between backticks, `'…'` and `"…"` strings with
    /// backslash escapes, `# …`, `-- …` (with a space) and `/* … */` comments, `@variables`.
    /// See https://dev.mysql.com/doc/refman/8.0/en/string-literals.html
    public static let mySQL = SQLLexicalRules(
        identifierQuotes: [.backtick], stringQuotes: ["'", "\""], hasBackslashEscapes: true,
        hasHashComments: true, doubleDashCommentNeedsSpace: true, hasAtParameters: true)

    /// SQLite: `"name"`, names between backticks and `[name]` (no escape inside brackets), `'…'`, `X'…'`.
    /// See https://www.sqlite.org/lang_keywords.html
    public static let sqlite = SQLLexicalRules(
        identifierQuotes: [.doubleQuote, .backtick, IdentifierQuote(opening: "[", closing: "]", escapesByDoubling: false)],
        stringPrefixes: ["X"])

    /// SQL Server: `[name]` (with `]]`) and `"name"`, `N'…'`, nested `/* /* */ */`, `@parameters`.
    /// See https://learn.microsoft.com/sql/relational-databases/databases/database-identifiers
    public static let sqlServer = SQLLexicalRules(
        identifierQuotes: [.brackets, .doubleQuote], stringPrefixes: ["N"], hasNestedBlockComments: true,
        hasAtParameters: true)
}
