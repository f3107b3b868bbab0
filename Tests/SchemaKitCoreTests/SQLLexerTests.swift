import Foundation
@testable import SchemaKitCore
import Testing

/// A token as `kind text`, so a whole reading compares as one array.
func describeTokens(_ sql: String, _ rules: SQLLexicalRules) -> [String] {
    SQLLexer(rules: rules).tokens(in: sql).map { token in
        "\(token.kind) \(token.text)" + (token.isTerminated ? "" : " (unterminated)")
    }
}

@Suite("SQL lexer")
struct SQLLexerTests {
    static let presets: [(String, SQLLexicalRules)] = [
        ("ansi", .ansi), ("postgreSQL", .postgreSQL), ("mySQL", .mySQL), ("sqlite", .sqlite), ("sqlServer", .sqlServer),
    ]

    @Test("doubled quotes stay inside on every dialect", arguments: SQLLexerTests.presets)
    func doubledQuotes(name: String, rules: SQLLexicalRules) {
        #expect(describeTokens("'it''s'", rules) == ["string 'it''s'"])
        #expect(describeTokens("'';", rules) == ["string ''", "semicolon ;"])
    }

    @Test("each dialect quotes names its own way", arguments: [
        ("postgreSQL", SQLLexicalRules.postgreSQL, #""a""b" `c`"#, [#"quotedIdentifier "a""b""#, "whitespace  ", "other `", "word c", "other `"]),
        ("mySQL", .mySQL, #"`a``b` "c""#, ["quotedIdentifier `a``b`", "whitespace  ", #"string "c""#]),
        ("sqlite", .sqlite, #"[a]]b] "c" `d`"#, ["quotedIdentifier [a]", "punctuation ]", "word b", "punctuation ]", "whitespace  ",
                                                 #"quotedIdentifier "c""#, "whitespace  ", "quotedIdentifier `d`"]),
        ("sqlServer", .sqlServer, #"[a]]b] "c""#, ["quotedIdentifier [a]]b]", "whitespace  ", #"quotedIdentifier "c""#]),
        ("ansi", .ansi, "[a]", ["punctuation [", "word a", "punctuation ]"]),
    ])
    func identifiers(name: String, rules: SQLLexicalRules, sql: String, expected: [String]) {
        #expect(describeTokens(sql, rules) == expected)
    }

    @Test("names lose their quotes and doubled closing quotes")
    func identifierValues() {
        let names = { (sql: String, rules: SQLLexicalRules) in
            SQLLexer(rules: rules).tokens(in: sql).filter { $0.kind == .quotedIdentifier }.map(\.identifierValue)
        }
        #expect(names(#"[a]]b] "c""d""#, .sqlServer) == ["a]b", #"c"d"#])
        #expect(names("`x``y` `open", .mySQL) == ["x`y", "open"])
        #expect(names(#""plain" "ünï ""x""" [a b] "名前""#, .sqlServer) == ["plain", #"ünï "x""#, "a b", "名前"])
    }

    @Test("a backslash escapes a quote on MySQL only", arguments: SQLLexerTests.presets)
    func backslashes(name: String, rules: SQLLexicalRules) {
        let tokens = describeTokens(#"'a\'z' x"#, rules)
        if rules.hasBackslashEscapes {
            #expect(tokens == [#"string 'a\'z'"#, "whitespace  ", "word x"])
        } else {
            #expect(tokens == [#"string 'a\'"#, "word z", "string ' x (unterminated)"])
        }
    }

    @Test("MySQL: double-quoted strings, # comments, -- needs a space, @variables")
    func mySQL() {
        #expect(describeTokens(#""a\"b" # c;"#, .mySQL) == [#"string "a\"b""#, "whitespace  ", "comment # c;"])
        #expect(describeTokens("1--1 -- x\n2", .mySQL)
            == ["number 1", "operator -", "operator -", "number 1", "whitespace  ", "comment -- x", "whitespace \n", "number 2"])
        #expect(describeTokens("--", .mySQL) == ["comment --"])
        #expect(describeTokens("@a := @@b", .mySQL) == ["parameter @a", "whitespace  ", "operator :=", "whitespace  ", "parameter @@b"])
        #expect(describeTokens("/* a /* b */ c */", .mySQL)
            == ["comment /* a /* b */", "whitespace  ", "word c", "whitespace  ", "operator */"])
    }

    @Test("PostgreSQL: dollar quotes, escape strings, nested comments, parameters, casts")
    func postgreSQL() {
        #expect(describeTokens("$$a;'b$$;", .postgreSQL) == ["string $$a;'b$$", "semicolon ;"])
        #expect(describeTokens("$body$ $b$ $bodyx$ $body$", .postgreSQL) == ["string $body$ $b$ $bodyx$ $body$"])
        #expect(describeTokens("$ü$x$ü$ $1 a$$b", .postgreSQL)
            == ["string $ü$x$ü$", "whitespace  ", "parameter $1", "whitespace  ", "word a$$b"])
        #expect(describeTokens("$tag$ never closed", .postgreSQL) == ["string $tag$ never closed (unterminated)"])
        #expect(describeTokens(#"E'\'' e'\\' '\'"#, .postgreSQL)
            == [#"string E'\''"#, "whitespace  ", #"string e'\\'"#, "whitespace  ", #"string '\'"#])
        #expect(describeTokens("/* a /* b */ c */x", .postgreSQL) == ["comment /* a /* b */ c */", "word x"])
        #expect(describeTokens("/* a /* b */", .postgreSQL) == ["comment /* a /* b */ (unterminated)"])
        #expect(describeTokens("'1'::int[]", .postgreSQL)
            == ["string '1'", "operator ::", "word int", "punctuation [", "punctuation ]"])
        #expect(describeTokens("a=-1 b!=-1 c--d", .postgreSQL)
            == ["word a", "operator =", "operator -", "number 1", "whitespace  ", "word b", "operator !=-", "number 1",
                "whitespace  ", "word c", "comment --d"])
        #expect(describeTokens("#", .postgreSQL) == ["operator #"])
    }

    @Test("string prefixes belong to the literal where the dialect has them")
    func prefixes() {
        #expect(describeTokens("N'x' X'0f' B'1'", .sqlServer) == ["string N'x'", "whitespace  ", "word X", "string '0f'", "whitespace  ", "word B", "string '1'"])
        #expect(describeTokens("n'x' x'0f'", .mySQL) == ["string n'x'", "whitespace  ", "string x'0f'"])
        #expect(describeTokens("_utf8mb4'x'", .mySQL) == ["word _utf8mb4", "string 'x'"])
    }

    @Test("numbers, operators, placeholders, punctuation")
    func numbersAndOperators() {
        #expect(describeTokens("1.5e-3 .5 0x1F 7.", .ansi)
            == ["number 1.5e-3", "whitespace  ", "number .5", "whitespace  ", "number 0x1F", "whitespace  ", "number 7."])
        #expect(describeTokens("f(a, b.c) <> ?;", .ansi)
            == ["word f", "punctuation (", "word a", "punctuation ,", "whitespace  ", "word b", "punctuation .", "word c",
                "punctuation )", "whitespace  ", "operator <>", "whitespace  ", "placeholder ?", "semicolon ;"])
        #expect(describeTokens("a\\b\u{0}", .ansi) == ["word a", "other \\", "word b", "other \u{0}"])
    }

    @Test("unicode and emoji names, combining marks and CRLF keep their text", arguments: SQLLexerTests.presets)
    func unicode(name: String, rules: SQLLexicalRules) {
        #expect(describeTokens("ünï_名前 = 🚀\r\n", rules) == ["word ünï_名前", "whitespace  ", "operator =", "whitespace  ", "word 🚀", "whitespace \r\n"])
        // A combining mark right after a quote is a `Character` with it, not a token with it.
        let sql = "'x'\u{301} e\u{301}\u{a0}👨‍👩‍👧"
        let tokens = SQLLexer(rules: rules).tokens(in: sql)
        #expect(tokens.map(\.text).joined() == sql)
        #expect(tokens.map(\.kind) == [.string, .word, .whitespace, .word, .whitespace, .word])
    }

    @Test("unterminated strings, names and comments run to the end", arguments: SQLLexerTests.presets)
    func unterminated(name: String, rules: SQLLexicalRules) {
        #expect(describeTokens("select 'a", rules).last == "string 'a (unterminated)")
        #expect(describeTokens("/* a", rules) == ["comment /* a (unterminated)"])
        let quote = rules.identifierQuotes[0]
        let name = String(quote.opening) + "a"
        #expect(describeTokens(name, rules) == ["quotedIdentifier \(name) (unterminated)"])
    }

    @Test("token ranges are the input's, in order, with nothing left out", arguments: SQLLexerTests.presets)
    func ranges(name: String, rules: SQLLexicalRules) {
        let sql = "insert into \"t\" values ('a;b', $$x$$, `y`, [z]) -- end\r\n/* c */ # d\n;"
        let tokens = SQLLexer(rules: rules).tokens(in: sql)
        var position = sql.startIndex
        for token in tokens {
            #expect(token.range.lowerBound == position)
            #expect(Substring(sql.unicodeScalars[token.range]) == token.text)
            position = token.range.upperBound
        }
        #expect(position == sql.endIndex)
    }

    @Test("each dialect gives its rules to the lexer")
    func dialectRules() {
        #expect(PostgreSQLDialect().lexicalRules == .postgreSQL)
        #expect(MySQLDialect.mariaDB.lexicalRules == .mySQL)
        #expect(SQLiteDialect().lexicalRules == .sqlite)
        #expect(SQLServerDialect().lexicalRules == .sqlServer)
    }

    @Test("the splitter reads the dialect's quotes and comments")
    func splitterRules() {
        #expect(SQLScriptSplitter.split("select 1 # a;b\n; select \"x;y\"; select `;`", rules: .mySQL)
            == ["select 1 # a;b", "select \"x;y\"", "select `;`"])
        #expect(SQLScriptSplitter.split(#"select E'\';'; select $f$;$f$; /* /* ; */ ; */"#, rules: .postgreSQL)
            == [#"select E'\';'"#, "select $f$;$f$"])
        #expect(SQLScriptSplitter.split("select [a;]]b]; go", rules: .sqlServer) == ["select [a;]]b]", "go"])
        #expect(SQLScriptSplitter.segments("select ';'; select 2", rules: .sqlite) == ["select ';';", " select 2"])
    }
}
