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

@Suite("database URLs")
struct DatabaseURLTests {
    @Test func parsesEveryScheme() throws {
        let postgres = try DatabaseURL("postgres://app:s%40cret@db.local:6543/shop?sslmode=require")
        #expect(postgres.scheme == .postgres && postgres.host == "db.local" && postgres.port == 6543)
        #expect(postgres.user == "app" && postgres.password == "s@cret" && postgres.database == "shop")
        #expect(postgres.parameters == ["sslmode": "require"])
        #expect(postgres.description == "postgres://app@db.local:6543/shop")
        #expect(try DatabaseURL("mariadb://root@127.0.0.1/x").scheme == .mariadb)
        #expect(try DatabaseURL("sqlite:///tmp/a.db").database == "/tmp/a.db")
        #expect(try DatabaseURL("sqlite:relative.db").database == "relative.db")
    }

    @Test(arguments: [
        ("postgres://u:topsecret@/db", "Invalid database URL 'postgres://u:***@/db': it has no host"),
        ("oracle://u@h/db", "Invalid database URL 'oracle://u@h/db': unknown scheme 'oracle'; expected postgres, mysql, mariadb or sqlite"),
        ("mysql://u:topsecret@h:3306", "Invalid database URL 'mysql://u:***@h:3306': it names no database (expected …/DATABASE)"),
        ("just-a-name", "Invalid database URL 'just-a-name': it has no scheme; expected postgres://, mysql://, mariadb:// or sqlite:"),
        ("sqlite:", "Invalid database URL 'sqlite:': it names no database file"),
    ])
    func rejectsBadURLsWithoutLeakingPasswords(text: String, message: String) throws {
        let error = try #require(throws: SchemaError.self) { try DatabaseURL(text) }
        #expect(error.code == .invalidURL)
        #expect(error.message == message)
        #expect(!error.message.contains("topsecret"))
    }
}
