import Foundation
import SchemaKitCore
import SchemaKitTestFixtures
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
        ("postgres://u:topsecret@/db", "Invalid database URL 'postgres://u:***@/db': it has no host (expected postgres://[user[:password]@]host[:port]/database)"),
        ("mysql://u:topsecret@h:3306", "Invalid database URL 'mysql://u:***@h:3306': it names no database (expected …/DATABASE)"),
        ("just-a-name", "Invalid database URL 'just-a-name': it has no scheme; expected postgres://, mysql://, mariadb:// or sqlite:"),
        ("sqlite:", "Invalid database URL 'sqlite:': it names no database file"),
        ("mysql//app:s3cret@db/blog", "Invalid database URL 'mysql//app:***@db/blog': 'mysql//app' is not a scheme; expected postgres://, mysql://, mariadb:// or sqlite:"),
        ("app:s3cret@h/db", "Invalid database URL 'app:***@h/db': it has no scheme; expected postgres://, mysql://, mariadb:// or sqlite:"),
    ])
    func rejectsBadURLsWithoutLeakingPasswords(text: String, message: String) throws {
        let error = try #require(throws: SchemaError.self) { try DatabaseURL(text) }
        #expect(error.code == .invalidURL)
        #expect(error.message == message)
        #expect(!error.message.contains("topsecret"))
    }

    @Test("connectors by scheme: known ones open, an unknown one is named with the known ones, a driver of one's own is added")
    func connectors() throws {
        var connectors = DatabaseConnectors([DatabaseConnectors.Registration(schemes: [.sqlite]) { _ in .dialect(SQLiteDialect()) }])
        #expect(try connectors.configuration(for: "sqlite3:app.db").dialect.id == .sqlite)
        let unknown = try #require(throws: SchemaError.self) { try connectors.configuration(for: "oracle://u:topsecret@h/db") }
        #expect(unknown.code == .invalidURL)
        #expect(unknown.message == "No driver for oracle:// URLs (oracle://u@h/db); this program opens sqlite:")
        connectors.register(.init(schemes: [DatabaseURL.Scheme("oracle")]) { _ in .dialect(SQLServerDialect()) })
        #expect(try connectors.configuration(for: "ORACLE://u@h/db").dialect.id == .sqlServer)
        #expect(connectors.schemes.map(\.rawValue) == ["sqlite", "oracle"])
    }

    @Test("passwords are redacted from any text, however the URL is written")
    func redactsPasswordsInText() {
        #expect(DatabaseURL.redactingPasswords(in: "Unexpected argument 'postgres://app:pw2@db:5432/x'")
            == "Unexpected argument 'postgres://app:***@db:5432/x'")
        #expect(DatabaseURL.redactingPasswords(in: "a postgres:/app:pw@h/db b") == "a postgres:/app:***@h/db b")
        #expect(DatabaseURL.redactingPasswords(in: "postgres://app@h/db and mail@example.com") == "postgres://app@h/db and mail@example.com")
    }
}

@Suite("database URLs: precise messages, passwords never shown")
struct DatabaseURLMessageTests {
    @Test(arguments: [
        ("postgres://u:pw1234@h:abc/db", "Invalid database URL 'postgres://u:***@h:abc/db': the port 'abc' is not a number"),
        ("postgres://u:pw1234@h:-5/db", "Invalid database URL 'postgres://u:***@h:-5/db': the port '-5' is not a number"),
        ("postgres://u:pw1234@h:99999/db", "Invalid database URL 'postgres://u:***@h:99999/db': port 99999 is out of range (1 to 65535)"),
        ("postgres://u:pw1234@h:/db", "Invalid database URL 'postgres://u:***@h:/db': the port after 'h:' is empty"),
        ("postgres:/u:pw1234@h/db", "Invalid database URL 'postgres:/u:***@h/db': expected '//' after 'postgres:' (postgres://[user[:password]@]host[:port]/database)"),
        ("mysql://u:pw1234@h/a/b", "Invalid database URL 'mysql://u:***@h/a/b': the database name 'a/b' holds a '/'"),
        ("postgres://u:pw1234@[::1/db", "Invalid database URL 'postgres://u:***@[::1/db': the IPv6 host '[::1' has no closing ']'"),
        ("postgres://u:my secret@127.0.0.1:99999/db", "Invalid database URL 'postgres://u:***@127.0.0.1:99999/db': port 99999 is out of range (1 to 65535)"),
        ("postgres://u:it's@me/x@h:1/db/more", "Invalid database URL 'postgres://u:***@h:1/db/more': the database name 'db/more' holds a '/'"),
    ])
    func preciseMessages(text: String, message: String) throws {
        let error = try #require(throws: SchemaError.self) { try DatabaseURL(text) }
        #expect(error.message == message)
    }

    @Test("a driver of one's own that names a file; CRLF password files and tenant lists; ~/.my.cnf; an empty password is none")
    func filesAndPasswords() throws {
        let duck = try DatabaseURL("duckdb:data/app.db")
        #expect(duck.scheme.rawValue == "duckdb" && duck.database == "data/app.db" && duck.description == "duckdb:data/app.db")
        let noScheme = try #require(throws: SchemaError.self) { try DatabaseURL("app:pw1234@h/db") }
        #expect(noScheme.message.contains("it has no scheme"))

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sk-pw-\(UUID().uuidString)").path
        try "s3cret\r\nsecond line\r\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try DatabaseURL("postgres://u@h/db?password_file=\(path)").resolvingPassword(environment: [:]).password == "s3cret")
        #expect(try Tenant.list("acme\r\nglobex\r\n").map(\.description) == ["acme", "globex"])

        #expect(MySQLOptionFile.clientPassword(inText: """
            [mysqld]
            password = server-side
            [client]
            user = app
            password = "with spaces"
            [mysql]
            password = other
            """) == "with spaces")
        #expect(MySQLOptionFile.clientPassword(inText: "[client]\nuser=app\n") == nil)
        #expect(try DatabaseURL("mysql://u@h/db").resolvingPassword(environment: ["MYSQL_PWD": "pwd", "HOME": "/nonexistent"]).password == "pwd")
        // libpq reads an empty password as none.
        #expect(try DatabaseURL("postgres://u:@h/db").resolvingPassword(environment: ["PGPASSWORD": "from-env"]).password == "from-env")
    }

    @Test("passwords with @, /, :, ?, spaces and quotes; IPv6 hosts; @ in the query")
    func unusualButValid() throws {
        let url = try DatabaseURL("postgres://app:p@ss/w:rd? x@db.local:6543/shop?application_name=a@b&sslmode=require")
        #expect(url.user == "app" && url.password == "p@ss/w:rd? x" && url.host == "db.local" && url.port == 6543)
        #expect(url.database == "shop" && url.parameters == ["application_name": "a@b", "sslmode": "require"])
        let v6 = try DatabaseURL("mysql://root@[::1]:3307/x")
        #expect(v6.host == "::1" && v6.port == 3307 && v6.description == "mysql://root@[::1]:3307/x")
        #expect(try DatabaseURL("postgres://h/db").user == nil)
    }

    @Test("fuzz: 3,000 URL shapes and passwords; the password is in no message and no description")
    func fuzzRedaction() throws {
        var random = SeededGenerator(seed: 20261201)
        let specials: [Character] = [" ", "'", "\"", "@", "/", ":", "?", "#", "&", "=", ";", "`", "\\", "ü", "€", "+", "!", "$"]
        let letters = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        let shapes: [(String, String) -> String] = [
            { "\($0)://app:\($1)@127.0.0.1:5432/db" },
            { "\($0)://app:\($1)@127.0.0.1:5432/db?sslmode=require&application_name=a@b" },
            { "\($0)://app:\($1)@127.0.0.1:99999/db" },
            { "\($0)://app:\($1)@127.0.0.1:abc/db" },
            { "\($0)://app:\($1)@/db" },
            { "\($0)://app:\($1)@127.0.0.1:5432" },
            { "\($0)://app:\($1)@127.0.0.1/a/b" },
            { "\($0)://app:\($1)@[::1/db" },
            { "\($0):/app:\($1)@127.0.0.1/db" },
            { "  \($0)://app:\($1)@127.0.0.1:5432/db  " },
        ]
        for iteration in 0..<3000 {
            // A marker no other part of a URL holds, then letters and special characters.
            var password = "Zq" + String((0..<3).map { _ in letters.randomElement(using: &random)! })
            for _ in 0..<Int.random(in: 1...10, using: &random) {
                password.append(Bool.random(using: &random) ? specials.randomElement(using: &random)! : letters.randomElement(using: &random)!)
            }
            let scheme = ["postgres", "mysql", "mariadb", "postgresql"].randomElement(using: &random)!
            let shape = Int.random(in: 0..<shapes.count, using: &random)
            let text = shapes[shape](scheme, password)
            let context = "case \(iteration), shape \(shape): \(text)"
            do {
                let url = try DatabaseURL(text)
                #expect(shape <= 1 || shape == 9, "only well-formed shapes parse: \(context)")
                #expect(!url.description.contains(password), "\(context)")
                if !password.contains("%") { #expect(url.password == password, "\(context)") }
                #expect(url.host == "127.0.0.1" && url.database == "db", "\(context)")
            } catch let error as SchemaError {
                #expect(shape >= 2 && shape <= 8, "\(context): \(error.message)")
                #expect(!error.message.contains(password), "\(context): \(error.message)")
                #expect(!error.message.contains(String(password.prefix(5))), "\(context): \(error.message)")
            }
            if text.contains("://") {
                let echoed = DatabaseURL.redactingPasswords(in: "error: unexpected argument '\(text)' (\(text))")
                #expect(!echoed.contains(String(password.prefix(5))), "\(context): \(echoed)")
            }
        }
    }
}
