import SchemaKitCore
import Testing

@Suite("SQL script splitting")
struct SQLScriptSplitterTests {
    @Test func respectsStringsIdentifiersAndComments() {
        let script = """
            insert into t values ('a;b', 'it''s; fine', 'back\\slash;');
            -- a comment; with a semicolon
            create table "x;y" ("a""b;" int, `c;d` int, [e;f] int);
            /* block; comment */ select 1;
            create function f() returns int as $body$ begin return 1; end; $body$ language plpgsql;
            select $$a;b$$;
            ;;  -- only a comment
            select 2 - 1
            """
        #expect(SQLScriptSplitter.split(script) == [
            "insert into t values ('a;b', 'it''s; fine', 'back\\slash;')",
            "-- a comment; with a semicolon\ncreate table \"x;y\" (\"a\"\"b;\" int, `c;d` int, [e;f] int)",
            "/* block; comment */ select 1",
            "create function f() returns int as $body$ begin return 1; end; $body$ language plpgsql",
            "select $$a;b$$",
            "-- only a comment\nselect 2 - 1",
        ])
    }

    @Test("a backslash escapes a quote only where the dialect says so")
    func backslashes() {
        let script = #"insert into t values ('C:\'); create table u (id int);"#
        #expect(SQLScriptSplitter.split(script) == [#"insert into t values ('C:\')"#, "create table u (id int)"])
        #expect(SQLScriptSplitter.split(#"select 'it\'s;'; select 2"#, backslashEscapes: true) == [#"select 'it\'s;'"#, "select 2"])
    }

    @Test func emptyAndCommentOnlyScripts() {
        #expect(SQLScriptSplitter.split("").isEmpty)
        #expect(SQLScriptSplitter.split("  ;\n -- nothing\n /* here */ ;").isEmpty)
    }
}
