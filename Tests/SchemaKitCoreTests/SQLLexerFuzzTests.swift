import Foundation
@testable import SchemaKitCore
import SchemaKitTestFixtures
import Testing

/// Random and hostile SQL text: each input comes from its own seed, which every failure names.
/// `SCHEMAKIT_FUZZ_ITERATIONS` sets how many inputs each test reads (2000 by default) and
/// `SCHEMAKIT_FUZZ_SEED` the first seed.
@Suite("SQL lexer fuzzing")
struct SQLLexerFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let iterations = environment["SCHEMAKIT_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? 2000
    static let firstSeed = environment["SCHEMAKIT_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x5EED_0001

    static let presets: [(String, SQLLexicalRules)] = [
        ("ansi", .ansi), ("postgreSQL", .postgreSQL), ("mySQL", .mySQL), ("sqlite", .sqlite), ("sqlServer", .sqlServer),
    ]

    static let fragments = [
        "'", "\"", "`", "[", "]", ";", "--", "-- x\n", "#", "/*", "*/", "$$", "$a$", "$1", "\\", "\\'", "E'", "N'", "X'",
        "?", "??", "\r\n", "\n", " ", "\t", "ü", "e\u{301}", "\u{301}", "🚀", "👨‍👩‍👧", "名前", "\u{a0}", "select", "insert",
        "1", "-", "-1", "1.5e3", ".", "::", "@x", "@@", "(", ")", ",", "=", "!=", "''", "\"\"", "``", "]]", "_utf8mb4", "\u{0}",
    ]

    /// Random bytes, mostly SQL-ish ASCII, read as UTF-8 (invalid sequences become U+FFFD).
    static func randomBytes(_ random: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...40, using: &random)
        let bytes = (0..<length).map { _ -> UInt8 in
            random.next() % 4 == 0 ? UInt8.random(in: 0...255, using: &random)
                : Array("'\"`[];-#/*$\\?@ \n\r\tEaN1.(),:".utf8).randomElement(using: &random)!
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Hostile fragments: quotes, comments, dollar tags, semicolons, unicode, unterminated quotes.
    static func hostileText(_ random: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...16, using: &random)).map { _ in fragments.randomElement(using: &random)! }.joined()
    }

    static func inputs() -> [(seed: UInt64, sql: String)] {
        (0..<UInt64(iterations)).map { offset in
            let seed = firstSeed &+ offset
            var random = SeededGenerator(seed: seed)
            return (seed, offset % 2 == 0 ? randomBytes(&random) : hostileText(&random))
        }
    }

    @Test("tokens give back the input, range by range", arguments: SQLLexerFuzzTests.presets)
    func roundTrip(name: String, rules: SQLLexicalRules) {
        let lexer = SQLLexer(rules: rules)
        for (seed, sql) in Self.inputs() {
            let tokens = lexer.tokens(in: sql)
            var position = sql.startIndex
            var isContiguous = true
            for token in tokens {
                isContiguous = isContiguous && token.range.lowerBound == position && !token.text.isEmpty
                    && Substring(sql.unicodeScalars[token.range]) == token.text
                position = token.range.upperBound
            }
            #expect(isContiguous && position == sql.endIndex, "seed \(seed): \(sql.debugDescription)")
            #expect(tokens.map(\.text).joined() == sql, "seed \(seed): \(sql.debugDescription)")
            #expect(lexer.meaningfulTokens(in: sql) == tokens.filter { !$0.isTrivia }, "seed \(seed): \(sql.debugDescription)")
            if !(isContiguous && position == sql.endIndex) { return }
        }
    }

    @Test("script segments join back to the script; split keeps their code", arguments: SQLLexerFuzzTests.presets)
    func splitJoin(name: String, rules: SQLLexicalRules) {
        let lexer = SQLLexer(rules: rules)
        for (seed, sql) in Self.inputs() {
            let segments = SQLScriptSplitter.segments(sql, rules: rules)
            #expect(segments.joined() == sql, "seed \(seed): \(sql.debugDescription)")
            let expected = segments.compactMap { segment -> String? in
                var scalars = segment.unicodeScalars[...]
                let tokens = lexer.tokens(in: String(Substring(scalars)))
                if tokens.last?.kind == .semicolon { scalars = scalars.dropLast() }
                guard tokens.contains(where: { !$0.isTrivia && $0.kind != .semicolon }) else { return nil }
                let text = String(Substring(scalars)).trimmed()
                return text.isEmpty ? nil : text
            }
            #expect(SQLScriptSplitter.split(sql, rules: rules) == expected, "seed \(seed): \(sql.debugDescription)")
            if segments.joined() != sql { return }
        }
    }

    static let dialects: [any SQLDialect] = [PostgreSQLDialect(), MySQLDialect.mySQL, SQLiteDialect(), SQLServerDialect()]

    static let hostileValues: [String] = [
        "'", "''", "\\", "\\'", "?", "--", "/*", "*/", "$$", "$a$", ";", "\"", "`", "]", "ü🚀", "e\u{301}", "\r\n", "#", "\u{0}",
    ]

    static func randomValue(_ random: inout SeededGenerator) -> SQLValue {
        switch Int.random(in: 0...7, using: &random) {
        case 0: .null
        case 1: .integer(Int.random(in: -1000...1000, using: &random))
        case 2: .double(Double.random(in: -1e6...1e6, using: &random))
        case 3: .boolean(Bool.random(using: &random))
        case 4: .bytes(Data((0..<Int.random(in: 0...3, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }))
        case 5: .date(Date(timeIntervalSince1970: Double(Int.random(in: 0...2_000_000_000, using: &random))))
        default: .string((0..<Int.random(in: 0...4, using: &random)).map { _ in hostileValues.randomElement(using: &random)! }.joined())
        }
    }

    @Test("bound values land outside literals, comments and quoted names, and change no other token",
          arguments: 0..<SQLLexerFuzzTests.dialects.count)
    func binding(dialectIndex: Int) throws {
        let dialect = Self.dialects[dialectIndex]
        let lexer = SQLLexer(rules: dialect.lexicalRules)
        let database = SeedDatabase(database: SeedBindingTests.Offline(dialect: dialect))
        for (seed, sql) in Self.inputs() {
            var random = SeededGenerator(seed: seed ^ 0xB1D)
            let original = lexer.tokens(in: sql)
            let values = (0..<original.count { $0.kind == .placeholder }).map { _ in Self.randomValue(&random) }
            let context = "\(dialect.id) seed \(seed): \(sql.debugDescription) \(values)"
            guard let (bound, ranges) = try? database.bindWithRanges(sql, values) else {
                Issue.record("binding failed: \(context)")
                return
            }
            let tokens = lexer.tokens(in: bound)
            // Each value is exactly the tokens it reads as on its own, none of them a comment or name.
            for (range, value) in zip(ranges, values) {
                let inside = tokens.filter { range.contains($0.range.lowerBound) }
                let alone = lexer.tokens(in: dialect.literal(value))
                let isOwnTokens = inside.first?.range.lowerBound == range.lowerBound && inside.last?.range.upperBound == range.upperBound
                    && inside.map(\.text) == alone.map(\.text) && inside.map(\.kind) == alone.map(\.kind)
                    && inside.allSatisfy { $0.isTerminated && $0.kind != .comment && $0.kind != .quotedIdentifier }
                #expect(isOwnTokens, "value \(value) in \(bound.debugDescription): \(context)")
                if !isOwnTokens { return }
            }
            // The statement's own strings, names, comments and code are as they were.
            let outside = tokens.filter { token in
                token.kind != .whitespace && !ranges.contains { $0.contains(token.range.lowerBound) }
            }
            let kept = original.filter { $0.kind != .whitespace && $0.kind != .placeholder }
            let isUnchanged = outside.map(\.text) == kept.map(\.text) && outside.map(\.kind) == kept.map(\.kind)
            #expect(isUnchanged, "\(bound.debugDescription): \(context)")
            if !isUnchanged { return }
        }
    }
}
