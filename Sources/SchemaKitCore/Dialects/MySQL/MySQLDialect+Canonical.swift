import Foundation

/// Canonical spelling for MySQL and MariaDB, so a schema read back from the server compares equal
/// to the schema built from metadata.
///
/// The server rewrites what it stores: `int` comes back as `int(11)`, `numeric(10,2)` as
/// `decimal(10,2)`, `default false` as `0`, `default 0` on a decimal as `0.00`,
/// `default current_timestamp` as `current_timestamp()` (MariaDB), `length(title)` as
/// ``octet_length(`title`)``, and `'a''b'` in a check as `'a\'b'`.
///
/// ```swift
/// let dialect = MySQLDialect.mariaDB
/// dialect.canonicalType("int(10) unsigned")                          // ("int", true)
/// dialect.canonicalExpression("`price` >= 0")                        // price>=0
/// dialect.canonicalExpression("octet_length(`title`)")               // length(title)
/// ```
extension MySQLDialect {
    /// The column with its type through ``canonicalType(_:)`` (`unsigned` moved into
    /// ``ColumnSchema/isUnsigned``), its default in canonical spelling and an empty comment as none.
    ///
    /// ```swift
    /// // `decimal(10,2)` default `0.00`, as MariaDB reports it, and `numeric(10,2)` default `0`, as declared:
    /// MySQLDialect.mariaDB.canonicalColumn(live) == MySQLDialect.mariaDB.canonicalColumn(declared)   // true
    /// ```
    public func canonicalColumn(_ column: ColumnSchema) -> ColumnSchema {
        var column = column
        let (type, isUnsigned) = canonicalType(column.type)
        column.type = type
        column.isUnsigned = column.isUnsigned || isUnsigned
        column.defaultValue = column.defaultValue.flatMap { canonicalDefault($0, type: type, isNullable: column.isNullable) }
        column.collation = column.collation?.lowercased()
        if column.comment?.isEmpty == true { column.comment = nil }
        return column
    }

    /// A check, generated-column or index expression in canonical spelling: string literals
    /// requoted, charset introducers dropped, `octet_length` as `length`, `!=` as `<>`, then
    /// ``ExpressionNormalizer/normalize(_:caseInsensitiveNames:)``.
    ///
    /// ```swift
    /// MySQLDialect.mariaDB.canonicalExpression("`s` in ('a\\'b')")   // s in('a''b')
    /// ```
    public func canonicalExpression(_ expression: String) -> String {
        // Column names are case-insensitive on MySQL: the server writes `` `priceColumn` `` for a
        // check declared as `priceColumn >= 0`, which compares equal.
        ExpressionNormalizer.normalize(rewritingTokens(expression), caseInsensitiveNames: true)
    }

    /// A column type in canonical spelling, with `unsigned` split off as a flag.
    ///
    /// Integer display widths go (`int(11)` is `int`) except `tinyint(1)`, the boolean type, and
    /// widths that matter because of `zerofill`; synonyms become the name the server reports
    /// (`integer` is `int`, `numeric(10,2)` is `decimal(10,2)`, `boolean` is `tinyint(1)`); enum
    /// and set items are requoted with ``quoteLiteral(_:)``.
    ///
    /// ```swift
    /// MySQLDialect.mySQL.canonicalType("INT(10) UNSIGNED")     // ("int", true)
    /// MySQLDialect.mySQL.canonicalType("numeric(10,2)")       // ("decimal(10,2)", false)
    /// MySQLDialect.mySQL.canonicalType("enum('a','b')")       // ("enum('a','b')", false)
    /// ```
    public func canonicalType(_ type: String) -> (type: String, isUnsigned: Bool) {
        let trimmed = type.trimmed()
        if let items = enumItems(inType: trimmed), let open = trimmed.firstIndex(of: "(") {
            let keyword = trimmed[..<open].trimmed().lowercased()
            return (keyword + "(" + items.map(quoteLiteral).joined(separator: ",") + ")", false)
        }
        var words = trimmed.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        let isUnsigned = words.contains("unsigned")
        let isZerofill = words.contains("zerofill")
        words.removeAll { $0 == "unsigned" || $0 == "signed" }
        var text = words.joined(separator: " ")
        // `decimal (10, 2)` and `decimal(10,2)` are one type.
        text = text.replacing(" (", with: "(").replacing(", ", with: ",")

        let base = text.prefix { $0 != "(" && $0 != " " }
        let rest = String(text.dropFirst(base.count))
        let arguments: String? = rest.hasPrefix("(") ? rest.firstIndex(of: ")").map { String(rest[rest.index(after: rest.startIndex)..<$0]) } : nil
        let suffix = arguments.map { rest.dropFirst($0.count + 2) }.map(String.init) ?? rest

        switch base {
        case "bool", "boolean":
            return ("tinyint(1)", isUnsigned)
        case "integer", "int", "tinyint", "smallint", "mediumint", "bigint", "int1", "int2", "int3", "int4", "int8", "middleint":
            let name = Self.integerSynonyms[String(base)] ?? String(base)
            if name == "tinyint", arguments == "1", !isZerofill { return ("tinyint(1)", isUnsigned) }
            if isZerofill, let arguments { return (name + "(" + arguments + ")" + suffix, isUnsigned) }
            return (name + suffix, isUnsigned)
        case "numeric", "decimal", "dec", "fixed":
            let parts = (arguments ?? "").split(separator: ",").map { $0.trimmed() }
            let precision = parts.first.flatMap { $0.isEmpty ? nil : $0 } ?? "10"
            let scale = parts.count > 1 ? parts[1] : "0"
            return ("decimal(\(precision),\(scale))" + suffix, isUnsigned)
        case "real":
            return ("double" + rest, isUnsigned)
        case "double":
            // `double precision` is `double`.
            return ("double" + (rest.hasPrefix(" precision") ? String(rest.dropFirst(" precision".count)) : rest), isUnsigned)
        case "character":
            if rest.hasPrefix(" varying") { return ("varchar" + rest.dropFirst(" varying".count), false) }
            return ("char" + (arguments == nil ? "(1)" : rest), false)
        case "char", "binary":
            return (String(base) + (arguments == nil ? "(1)" : rest), false)
        case "datetime", "timestamp", "time":
            // A fractional-seconds precision of 0 is the default.
            return (arguments == "0" ? String(base) + suffix : text, false)
        default:
            return (text, isUnsigned)
        }
    }

    /// The items of an `enum(…)` or `set(…)` type, unquoted; `nil` for other types.
    ///
    /// ```swift
    /// MySQLDialect.mariaDB.enumItems(inType: "enum('a''b','c')")   // ["a'b", "c"]
    /// ```
    public func enumItems(inType type: String) -> [String]? {
        let text = type.trimmed()
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")"),
              ["enum", "set"].contains(text[..<open].trimmed().lowercased()) else {
            return nil
        }
        var items: [String] = []
        let body = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        for token in SQLLexer(rules: lexicalRules).tokens(in: body) {
            switch token.kind {
            case .whitespace:
                continue
            case .punctuation where token.text == ",":
                continue
            case .string:
                guard let value = Self.unprefixedStringValue(of: token) else { return nil }
                items.append(value)
            default:
                return nil
            }
        }
        return items
    }

    /// The value of `text` when it is exactly one string literal, with or without a charset
    /// introducer (the way MySQL 8 writes the expression default `('x')` back); `nil` otherwise.
    ///
    /// ```swift
    /// MySQLDialect.mySQL.stringLiteralValue(of: "'it''s'")          // "it's"
    /// MySQLDialect.mySQL.stringLiteralValue(of: "_utf8mb4'x\\'y'")  // "x'y"
    /// MySQLDialect.mySQL.stringLiteralValue(of: "_binary'ab'")      // "ab"
    /// MySQLDialect.mySQL.stringLiteralValue(of: "concat('a', 'b')") // nil
    /// ```
    public func stringLiteralValue(of text: String) -> String? {
        var tokens = SQLLexer(rules: lexicalRules).tokens(in: text)[...]
        if tokens.count == 2, let introducer = tokens.first, Self.isCharsetIntroducer(introducer) {
            tokens = tokens.dropFirst()
        }
        guard tokens.count == 1, let literal = tokens.first else { return nil }
        return Self.unprefixedStringValue(of: literal)
    }

    // MARK: - Defaults

    private static let integerSynonyms = [
        "integer": "int", "int4": "int", "int1": "tinyint", "int2": "smallint", "int3": "mediumint",
        "middleint": "mediumint", "int8": "bigint",
    ]

    private static let numericTypes: Set<String> = [
        "tinyint", "smallint", "mediumint", "int", "bigint", "decimal", "float", "double", "bit", "year",
    ]
    private static let stringTypes: Set<String> = [
        "char", "varchar", "tinytext", "text", "mediumtext", "longtext", "enum", "set",
    ]

    /// A default in canonical spelling: string literals requoted, numbers without trailing
    /// zeros, `true`/`false` as `1`/`0` on numeric columns, `now()` and `current_timestamp()` as
    /// `current_timestamp`, other expressions through ``canonicalExpression(_:)``. A `null`
    /// default is no default.
    private func canonicalDefault(_ value: String, type: String, isNullable: Bool) -> String? {
        var text = value.trimmed()
        // Expression defaults are written in parentheses (`default ('x')`) and read back without them.
        text = strippingOuterParentheses(text)
        if text.lowercased() == "null" { return nil }
        let base = String(type.prefix { $0.isLetter })
        let isNumeric = Self.numericTypes.contains(base)
        if let literal = wholeStringLiteral(text) {
            if isNumeric, let number = Self.canonicalNumber(literal) { return number }
            return quoteLiteral(literal)
        }
        if isNumeric {
            switch text.lowercased() {
            case "true": return "1"
            case "false": return "0"
            default: break
            }
        }
        if let number = Self.canonicalNumber(text) {
            return Self.stringTypes.contains(base) ? quoteLiteral(number) : number
        }
        return Self.canonicalTimestamp(canonicalExpression(text))
    }

    /// `now()`, `current_timestamp()`, `localtimestamp` are the same default;
    /// `now(3)` and `current_timestamp(3)` keep their precision.
    private static func canonicalTimestamp(_ expression: String) -> String {
        for name in ["current_timestamp", "now", "localtimestamp", "localtime"] where expression.hasPrefix(name) {
            let rest = expression.dropFirst(name.count)
            if rest.isEmpty || rest == "()" { return "current_timestamp" }
            if rest.hasPrefix("("), rest.hasSuffix(")"), rest.dropFirst().dropLast().allSatisfy(\.isNumber) {
                return rest == "(0)" ? "current_timestamp" : "current_timestamp" + rest
            }
        }
        return expression
    }

    /// A numeric literal without a plus sign, leading zeros or trailing fractional zeros:
    /// `0.00` is `0`, `-0.500` is `-0.5`; `nil` when the text is not a plain number.
    /// Whether the text is `[+-]digits[.digits][e[+-]digits]` (digits on at least one side of
    /// the point), scanned by hand: it runs for every default of every column read.
    private static func isPlainNumber(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        func digits() -> Int {
            let count = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        var mantissa = digits()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    private static func canonicalNumber(_ text: String) -> String? {
        guard isPlainNumber(text),
              let number = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        return number.isZero ? "0" : "\(number)"
    }

    private func strippingOuterParentheses(_ text: String) -> String {
        var text = text
        while text.hasPrefix("("), text.hasSuffix(")"), closesAtEnd(text) {
            text = String(text.dropFirst().dropLast()).trimmed()
        }
        return text
    }

    /// Whether the parenthesis that opens `text` closes at its last character.
    private func closesAtEnd(_ text: String) -> Bool {
        var depth = 0
        for token in SQLLexer(rules: lexicalRules).tokens(in: text) {
            guard token.isTerminated else { return false }
            guard token.kind == .punctuation else { continue }
            if token.text == "(" { depth += 1 }
            if token.text == ")" {
                depth -= 1
                if depth == 0 { return token.range.upperBound == text.endIndex }
            }
        }
        return false
    }

    /// The value of `text` when it is exactly one string literal (`'O''Reilly'`, `'x\'y'`).
    private func wholeStringLiteral(_ text: String) -> String? {
        let tokens = SQLLexer(rules: lexicalRules).tokens(in: text)
        guard tokens.count == 1, let literal = tokens.first else { return nil }
        return Self.unprefixedStringValue(of: literal)
    }

    // MARK: - Expressions

    /// Rewrites the tokens the server spells differently from what was written: string literals
    /// are requoted (MariaDB writes `'a\'b'` for `'a''b'`), MySQL's charset introducers
    /// (`_utf8mb4'x'`) go, `octet_length` is `length` (MariaDB's name for it) and `!=` is `<>`.
    /// Backquoted identifiers are copied as they are.
    private func rewritingTokens(_ expression: String) -> String {
        var output = ""
        let tokens = SQLLexer(rules: lexicalRules).tokens(in: expression)
        for (position, token) in tokens.enumerated() {
            switch token.kind {
            case .string:
                guard let value = Self.stringValue(of: token) else {
                    output += token.text
                    continue
                }
                let prefix = token.text.prefix { $0 != "'" && $0 != "\"" }
                output += prefix + quoteLiteral(value)
            case .word:
                let next = position + 1 < tokens.count ? tokens[position + 1] : nil
                if let next, next.kind == .string, Self.isCharsetIntroducer(token) { continue }
                output += token.text.lowercased() == "octet_length" ? "length" : token.text
            case .operator:
                output += token.text.replacing("!=", with: "<>")
            default:
                output += token.text
            }
        }
        return output
    }

    /// `_utf8mb4`, `_binary`: a character set written before a string literal.
    /// See https://dev.mysql.com/doc/refman/8.0/en/charset-introducer.html
    private static func isCharsetIntroducer(_ token: SQLToken) -> Bool {
        token.kind == .word && token.text.hasPrefix("_") && token.text.count > 1
    }

    /// The value of a string literal token with MySQL's escapes undone: a doubled quote, and
    /// backslash sequences (`\'`, `\\`, `\n`, …); `nil` when the literal is not closed.
    static func stringValue(of token: SQLToken) -> String? {
        guard token.kind == .string, token.isTerminated else { return nil }
        let literal = token.text.unicodeScalars.drop { $0 != "'" && $0 != "\"" }
        guard let quote = literal.first else { return nil }
        var value = ""
        var body = literal.dropFirst().dropLast().makeIterator()
        while let scalar = body.next() {
            if scalar == "\\", let escaped = body.next() {
                switch escaped {
                // `\%` and `\_` keep their backslash (they are LIKE escapes).
                case "%", "_": value.unicodeScalars.append(contentsOf: ["\\", escaped])
                default: value.append(Self.backslashEscapes[Character(escaped)] ?? Character(escaped))
                }
                continue
            }
            // In a closed literal a quote only appears doubled: keep one of the two.
            if scalar == quote { _ = body.next() }
            value.unicodeScalars.append(scalar)
        }
        return value
    }

    /// ``stringValue(of:)`` for a literal written without prefix (`'x'`, not `N'x'`).
    private static func unprefixedStringValue(of token: SQLToken) -> String? {
        guard let first = token.text.first, first == "'" || first == "\"" else { return nil }
        return stringValue(of: token)
    }
}

extension MySQLDialect {
    /// What a backslash sequence in a MySQL string stands for (`\n` a newline); any other
    /// escaped character stands for itself.
    package static let backslashEscapes: [Character: Character] = [
        "n": "\n", "t": "\t", "r": "\r", "0": "\0", "b": "\u{8}", "Z": "\u{1A}",
    ]
}
