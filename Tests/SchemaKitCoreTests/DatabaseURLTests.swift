import SchemaKitCore
import Testing

@Suite("database URLs")
struct DatabaseURLTests {
    @Test func parsesEveryScheme() throws {
        let postgres = try DatabaseURL("postgres://app:s%40cret@db.local:6543/shop?sslmode=require")
        #expect(postgres.scheme == .postgres && postgres.host == "db.local" && postgres.port == 6543)
        #expect(postgres.user == "app" && postgres.password == "s@cret" && postgres.database == "shop")
        #expect(postgres.parameters == ["sslmode": "require"])
        #expect(postgres.description == "postgres://app@db.local:6543/shop")
        #expect(try DatabaseURL("mariadb://root@127.0.0.1/x").scheme == .mariadb)
        // Percent-encoding is undone once: `%25` is a literal `%`.
        let encoded = try DatabaseURL("postgres://a%40b:p%2541@h/db%2D1")
        #expect(encoded.user == "a@b" && encoded.password == "p%41" && encoded.database == "db-1")
        #expect(try DatabaseURL("sqlite:///tmp/a.db").database == "/tmp/a.db")
        #expect(try DatabaseURL("sqlite:relative.db").database == "relative.db")
    }

    @Test(arguments: [
        ("postgres://u:topsecret@/db", "Invalid database URL 'postgres://u:***@/db': it has no host"),
        ("oracle://u@h/db", "Invalid database URL 'oracle://u@h/db': unknown scheme 'oracle'; expected postgres, mysql, mariadb or sqlite"),
        ("mysql://u:topsecret@h:3306", "Invalid database URL 'mysql://u:***@h:3306': it names no database (expected …/DATABASE)"),
        ("just-a-name", "Invalid database URL 'just-a-name': it has no scheme; expected postgres://, mysql://, mariadb:// or sqlite:"),
        ("sqlite:", "Invalid database URL 'sqlite:': it names no database file"),
        ("mysql//app:s3cret@db/blog", "Invalid database URL 'mysql//app:***@db/blog': unknown scheme 'mysql//app'; expected postgres, mysql, mariadb or sqlite"),
        ("app:s3cret@h/db", "Invalid database URL 'app:***@h/db': unknown scheme 'app'; expected postgres, mysql, mariadb or sqlite"),
    ])
    func rejectsBadURLsWithoutLeakingPasswords(text: String, message: String) throws {
        let error = try #require(throws: SchemaError.self) { try DatabaseURL(text) }
        #expect(error.code == .invalidURL)
        #expect(error.message == message)
        #expect(!error.message.contains("topsecret"))
    }

    @Test("passwords are redacted from any text, however the URL is written")
    func redactsPasswordsInText() {
        #expect(DatabaseURL.redactingPasswords(in: "Unexpected argument 'postgres://app:pw2@db:5432/x'")
            == "Unexpected argument 'postgres://app:***@db:5432/x'")
        #expect(DatabaseURL.redactingPasswords(in: "a postgres:/app:pw@h/db b") == "a postgres:/app:***@h/db b")
        #expect(DatabaseURL.redactingPasswords(in: "postgres://app@h/db and mail@example.com") == "postgres://app@h/db and mail@example.com")
    }
}
