import Foundation

extension PostgreSQLDialect {
    /// Type aliases PostgreSQL reports in its own spelling (`format_type`).
    static let typeAliases: [String: String] = [
        "integer": "int", "int4": "int", "int8": "bigint", "int2": "smallint", "bool": "boolean",
        "float8": "double precision", "float4": "real", "timestamp with time zone": "timestamptz",
        "timestamp without time zone": "timestamp", "time without time zone": "time", "time with time zone": "timetz",
        "character varying": "varchar", "character": "char", "bpchar": "char", "decimal": "numeric",
        "serial": "int", "bigserial": "bigint", "smallserial": "smallint",
    ]

    /// `character varying(255)` → `varchar(255)`, `timestamp(3) with time zone` → `timestamptz(3)`,
    /// `'x'::text` → `'x'`, `now()` → `current_timestamp`.
    public func canonicalColumn(_ column: ColumnSchema) -> ColumnSchema {
        var column = column
        column.type = Self.canonicalType(column.type)
        if let value = column.defaultValue {
            var normalized = canonicalExpression(value)
            if normalized == "now()" || normalized == "current_timestamp()" { normalized = "current_timestamp" }
            column.defaultValue = normalized == "null" ? nil : normalized
        }
        if column.generated != nil { column.isNullable = true }
        return column
    }

    static func canonicalType(_ type: String) -> String {
        // Lower-cased and trimmed only when needed: most types already are (this runs for every
        // column on both sides of a comparison).
        var text = type.utf8.contains(where: { ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) || $0 >= 0x80 }) ? type.lowercased() : type
        if text.first?.isWhitespace == true || text.last?.isWhitespace == true { text = text.trimmed() }
        var suffix = ""
        if text.hasSuffix("[]") {
            suffix = "[]"
            text.removeLast(2)
        }
        // Move a precision that sits inside a multi-word name to the end: `timestamp(3) with time zone`.
        var arguments = ""
        if let open = text.firstIndex(of: "("), let close = text.firstIndex(of: ")"), open < close {
            arguments = String(text[open...close].filter { $0 != " " })
            text = (String(text[..<open]) + String(text[text.index(after: close)...])).trimmed()
        }
        text = typeAliases[text] ?? text
        if text == "numeric" && arguments.isEmpty { arguments = "" }
        return text + arguments + suffix
    }

    /// Also spells PostgreSQL's `= ANY (ARRAY[…])` as the `in (…)` it was written as, and
    /// `x between a and b` as the `x >= a and x <= b` PostgreSQL stores.
    public func canonicalExpression(_ expression: String) -> String {
        var text = ExpressionNormalizer.normalize(expression)
        text = Self.expandBetween(text)
        // Most expressions have no array: no search for one (this runs for every default on both sides).
        guard text.utf8.contains(UInt8(ascii: "[")) else { return text }
        while let range = text.firstRange(of: "=any(array[") {
            guard let close = text[range.upperBound...].firstRange(of: "])") else { break }
            text.replaceSubrange(range.lowerBound..<close.upperBound,
                                 with: " in(" + text[range.upperBound..<close.lowerBound] + ")")
        }
        return text
    }

    /// `x between a and b` → `x>=a and x<=b`, for simple operands (names, numbers, literals).
    static func expandBetween(_ text: String) -> String {
        // Most expressions have no `between`: no regular expression for them (compiling one for
        // every default of 80,000 columns was a quarter of a large update's time).
        guard text.contains(" between "), let regex = betweenPattern else { return text }
        let range = NSRange(text.startIndex..., in: text)
        return regex.stringByReplacingMatches(in: text, range: range, withTemplate: "$1>=$2 and $1<=$3")
    }

    /// `operand between operand and operand`, compiled once.
    private static let betweenPattern: NSRegularExpression? = {
        let operand = #"([A-Za-z0-9_.]+|'(?:[^']|'')*')"#
        return try? NSRegularExpression(pattern: operand + " between " + operand + " and " + operand)
    }()
}
