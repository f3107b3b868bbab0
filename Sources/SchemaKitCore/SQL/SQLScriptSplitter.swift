import Foundation

/// Splits a SQL script into statements at `;`, ignoring semicolons inside string literals,
/// quoted identifiers, dollar-quoted bodies and comments, as ``SQLLexer`` reads them with the
/// dialect's ``SQLLexicalRules``. Comments-only fragments are dropped.
///
/// ```swift
/// SQLScriptSplitter.split("insert into t values ('a;b'); -- done;\ncreate table \"x;y\" (id int);", rules: .postgreSQL)
/// // ["insert into t values ('a;b')", "-- done;\ncreate table \"x;y\" (id int)"]
/// ```
public enum SQLScriptSplitter {
    /// The statements of `script`, trimmed and without their `;`.
    public static func split(_ script: String, rules: SQLLexicalRules) -> [String] {
        var statements: [String] = []
        var start = script.startIndex
        var hasCode = false
        func finish(at end: String.Index) {
            let text = String(Substring(script.unicodeScalars[start..<end])).trimmed()
            if hasCode, !text.isEmpty { statements.append(text) }
            hasCode = false
        }
        for token in SQLLexer(rules: rules).tokens(in: script) {
            switch token.kind {
            case .semicolon:
                finish(at: token.range.lowerBound)
                start = token.range.upperBound
            case .whitespace, .comment:
                break
            default:
                hasCode = true
            }
        }
        finish(at: script.endIndex)
        return statements
    }

    /// The statements of a script whose dialect is not known, reading every quoting style
    /// SchemaKit's dialects use: `"…"`, backtick-quoted and `[…]` names, `'…'` strings, `$tag$…$tag$`
    /// bodies, `-- …` and `/* … */` comments.
    ///
    /// - Parameters:
    ///   - script: SQL statements separated by `;`.
    ///   - backslashEscapes: whether `\'` escapes a quote inside string literals
    ///     (MySQL's default); PostgreSQL and SQLite treat a backslash as an ordinary character.
    public static func split(_ script: String, backslashEscapes: Bool = false) -> [String] {
        var rules = SQLLexicalRules.ansi
        rules.identifierQuotes = [.doubleQuote, .backtick, .init(opening: "[", closing: "]", escapesByDoubling: false)]
        rules.supportsDollarQuoting = true
        rules.hasBackslashEscapes = backslashEscapes
        return split(script, rules: rules)
    }

    /// The script cut after each `;` that ends a statement, nothing trimmed or dropped: the
    /// segments joined give back the script exactly.
    ///
    /// ```swift
    /// SQLScriptSplitter.segments("select ';'; select 2", rules: .sqlite)   // ["select ';';", " select 2"]
    /// ```
    public static func segments(_ script: String, rules: SQLLexicalRules) -> [Substring] {
        var segments: [Substring] = []
        var start = script.startIndex
        for token in SQLLexer(rules: rules).tokens(in: script) where token.kind == .semicolon {
            segments.append(Substring(script.unicodeScalars[start..<token.range.upperBound]))
            start = token.range.upperBound
        }
        if start < script.endIndex { segments.append(Substring(script.unicodeScalars[start...])) }
        return segments
    }
}
