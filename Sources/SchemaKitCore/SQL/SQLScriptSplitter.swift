/// Splits a SQL script into statements at `;`, ignoring semicolons inside string literals,
/// quoted identifiers (`"…"`, `` `…` ``, `[…]`), dollar-quoted bodies (`$$…$$`, `$tag$…$tag$`)
/// and comments (`-- …`, `/* … */`). Comments-only fragments are dropped.
///
/// ```swift
/// SQLScriptSplitter.split("insert into t values ('a;b'); -- done;\ncreate table \"x;y\" (id int);")
/// // ["insert into t values ('a;b')", "-- done;\ncreate table \"x;y\" (id int)"]
/// ```
public enum SQLScriptSplitter {
    /// - Parameter backslashEscapes: whether `\'` escapes a quote inside string literals
    ///   (MySQL's default); PostgreSQL and SQLite treat a backslash as an ordinary character.
    public static func split(_ script: String, backslashEscapes: Bool = false) -> [String] {
        var statements: [String] = []
        var current = ""
        var hasCode = false
        var characters = script.makeIterator()
        var pending: Character? = nil

        func next() -> Character? {
            if let character = pending {
                pending = nil
                return character
            }
            return characters.next()
        }

        func finish() {
            let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
            if hasCode, !trimmed.isEmpty { statements.append(trimmed) }
            current = ""
            hasCode = false
        }

        while let character = next() {
            switch character {
            case ";":
                finish()
            case "'", "\"", "`", "[":
                let closing: Character = character == "[" ? "]" : character
                current.append(character)
                hasCode = true
                while let inner = next() {
                    current.append(inner)
                    if inner == closing {
                        // A doubled quote is an escaped quote, not the end.
                        guard closing != "]", let following = next() else { break }
                        if following == closing {
                            current.append(following)
                            continue
                        }
                        pending = following
                        break
                    }
                    if backslashEscapes && inner == "\\" && closing == "'" {
                        // Backslash escapes (MySQL): keep the escaped character inside the literal.
                        if let escaped = next() { current.append(escaped) }
                    }
                }
            case "-":
                guard let following = next() else {
                    current.append(character)
                    hasCode = true
                    break
                }
                if following == "-" {
                    current += "--"
                    while let inner = next() {
                        current.append(inner)
                        if inner == "\n" { break }
                    }
                } else {
                    current.append(character)
                    hasCode = true
                    pending = following
                }
            case "/":
                guard let following = next() else {
                    current.append(character)
                    hasCode = true
                    break
                }
                if following == "*" {
                    current += "/*"
                    var previous: Character = " "
                    while let inner = next() {
                        current.append(inner)
                        if previous == "*" && inner == "/" { break }
                        previous = inner
                    }
                } else {
                    current.append(character)
                    hasCode = true
                    pending = following
                }
            case "$":
                // A PostgreSQL dollar quote: `$$` or `$tag$`, closed by the same tag.
                current.append(character)
                hasCode = true
                var tag = "$"
                var isTag = true
                while let inner = next() {
                    if inner == "$" {
                        tag.append(inner)
                        break
                    }
                    guard inner.isLetter || inner.isNumber || inner == "_" else {
                        isTag = false
                        pending = inner
                        break
                    }
                    tag.append(inner)
                }
                current += tag.dropFirst()
                guard isTag, tag.hasSuffix("$"), tag.count >= 2 else { break }
                var body = ""
                while let inner = next() {
                    body.append(inner)
                    current.append(inner)
                    if body.hasSuffix(tag) { break }
                }
            default:
                current.append(character)
                if !character.isWhitespace { hasCode = true }
            }
        }
        finish()
        return statements
    }
}
