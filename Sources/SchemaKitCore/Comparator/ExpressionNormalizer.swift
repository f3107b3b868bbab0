/// Canonical spelling of SQL expressions for comparison: the database rewrites what it stores
/// (`age >= 0` comes back as `(age >= 0)` or `((age >= 0))`), so compare tokens, not text.
///
/// Lower-cases everything outside string literals, drops whitespace and redundant outer
/// parentheses, removes identifier quotes and `::type` casts. Dialects add their own rewrites.
public enum ExpressionNormalizer {
    public static func normalize(_ expression: String) -> String {
        var output = ""
        var index = expression.startIndex
        while index < expression.endIndex {
            let character = expression[index]
            if character == "'" {
                // Copy a string literal verbatim, including doubled quotes.
                var end = expression.index(after: index)
                while end < expression.endIndex {
                    if expression[end] == "'" {
                        let next = expression.index(after: end)
                        if next < expression.endIndex, expression[next] == "'" { end = expression.index(after: next); continue }
                        break
                    }
                    end = expression.index(after: end)
                }
                let stop = end < expression.endIndex ? expression.index(after: end) : end
                output += expression[index..<stop]
                index = stop
                continue
            }
            if character == "\"" || character == "`" {
                index = expression.index(after: index)
                continue
            }
            if character == ":" , expression[index...].hasPrefix("::") {
                // Skip a cast: `::type`, `::character varying`, `::text[]`.
                index = expression.index(index, offsetBy: 2)
                while index < expression.endIndex,
                      expression[index].isLetter || expression[index].isNumber || "_ ".contains(expression[index])
                        || expression[index...].hasPrefix("[]") {
                    if expression[index...].hasPrefix("[]") {
                        index = expression.index(index, offsetBy: 2)
                        continue
                    }
                    if expression[index] == " " {
                        let rest = expression[expression.index(after: index)...]
                        guard rest.hasPrefix("varying") || rest.hasPrefix("precision") || rest.hasPrefix("with")
                            || rest.hasPrefix("without") || rest.hasPrefix("time") || rest.hasPrefix("zone") else { break }
                    }
                    index = expression.index(after: index)
                }
                continue
            }
            if !character.isWhitespace { output += character.lowercased() }
            index = expression.index(after: index)
        }
        return removeGroupingParentheses(output)
    }

    /// Drops parentheses that only group (`(a>0)or(b<1)` → `a>0orb<1`), keeping the ones
    /// that belong to a call or a list (`lower(x)`, `in('a','b')`), since engines add and remove
    /// grouping parentheses freely when they store an expression.
    static func removeGroupingParentheses(_ text: String) -> String {
        var characters = Array(text)
        var stack: [(index: Int, isGrouping: Bool)] = []
        var removed = Set<Int>()
        var inString = false
        for (index, character) in characters.enumerated() {
            if character == "'" { inString.toggle() }
            if inString { continue }
            if character == "(" {
                let previous = index > 0 ? characters[index - 1] : " "
                let isCall = previous.isLetter || previous.isNumber || previous == "_"
                stack.append((index, !isCall))
            } else if character == ")", let open = stack.popLast(), open.isGrouping {
                removed.insert(open.index)
                removed.insert(index)
            }
        }
        characters = characters.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
        return String(characters)
    }

    static func stripOuterParentheses(_ text: String) -> String {
        var text = text
        while text.hasPrefix("("), text.hasSuffix(")"), encloses(text) {
            text = String(text.dropFirst().dropLast())
        }
        return text
    }

    /// Whether the first parenthesis closes at the very end.
    private static func encloses(_ text: String) -> Bool {
        var depth = 0
        var inString = false
        for (offset, character) in text.enumerated() {
            if character == "'" { inString.toggle() }
            if inString { continue }
            if character == "(" { depth += 1 }
            if character == ")" {
                depth -= 1
                if depth == 0 && offset != text.count - 1 { return false }
            }
        }
        return depth == 0
    }
}
