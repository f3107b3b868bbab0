import Foundation
import SchemaKitCore
import SchemaKitMySQL
import SchemaKitPostgres
import Testing

/// Passwords that never appear in a URL, and TLS against a private CA, on the live servers
/// (both speak TLS with a certificate for 127.0.0.1 from the CA in `SCHEMAKIT_TLS_CA`).
@Suite("credentials and TLS")
struct CredentialTests {
    static let tlsCA = ProcessInfo.processInfo.environment["SCHEMAKIT_TLS_CA"]

    /// A scratch file, deleted after `body`.
    static func withFile<T>(_ text: String, mode: Int, _ body: (String) async throws -> T) async throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sk-cred-\(UUID().uuidString)").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try await body(path)
    }

    static func withoutPassword(_ text: String) throws -> (url: DatabaseURL, password: String) {
        var url = try DatabaseURL(text)
        let password = try #require(url.password)
        url.password = nil
        return (url, password)
    }

    // MARK: - PostgreSQL

    @Test("PostgreSQL: PGPASSWORD, ~/.pgpass (PGPASSFILE) and password_file; a readable pgpass is ignored, as libpq does",
          .enabled(if: postgresURL != nil))
    func postgresPasswords() async throws {
        let (url, password) = try Self.withoutPassword(try #require(postgresURL))
        func connects(_ url: DatabaseURL, _ environment: [String: String]) async throws -> Bool {
            let database = try await PostgresSchemaDatabase.connect(url, environment: environment)
            let rows = try await database.rows("select current_user")
            try await database.close()
            return rows == [[url.user]]
        }
        #expect(try await connects(url, ["PGPASSWORD": password]))
        let line = "# host:port:database:user:password\nother:*:*:*:wrong\n\(url.host):\(url.port ?? 5432):*:\(url.user ?? ""):\(password)\n"
        try await Self.withFile(line, mode: 0o600) { (file: String) async throws in
            #expect(try await connects(url, ["PGPASSFILE": file]))
        }
        try await Self.withFile(line, mode: 0o644) { (file: String) async throws in
            let error = try await #require(throws: SchemaError.self) { try await connects(url, ["PGPASSFILE": file]) }
            #expect(error.code == .connectionFailed)
            #expect(error.message.contains("the server asks for a password and none was found"), "\(error.message)")
        }
        try await Self.withFile(password + "\n", mode: 0o600) { (file: String) async throws in
            var withFile = url
            withFile.parameters["password_file"] = file
            #expect(try await connects(withFile, [:]))
        }
        var missing = url
        missing.parameters["password_file"] = "/nonexistent/secret"
        let unreadable = try await #require(throws: SchemaError.self) { try await connects(missing, [:]) }
        #expect(unreadable.message.hasPrefix("Cannot read the password file '/nonexistent/secret' (password_file)"), "\(unreadable.message)")

        // A wrong password: the server's SQLSTATE is kept, the password is not shown.
        var wrong = url
        wrong.password = "not-the-password"
        let refused = try await #require(throws: SchemaError.self) { try await connects(wrong, [:]) }
        #expect(refused.serverCode == "28P01")
        #expect(!refused.message.contains("not-the-password"))
    }

    @Test("PostgreSQL TLS: require, verify-ca and verify-full against the private CA; verify-full without it is refused",
          .enabled(if: postgresURL != nil && tlsCA != nil))
    func postgresTLS() async throws {
        let base = try DatabaseURL(try #require(postgresURL))
        let authority = try #require(Self.tlsCA)
        func encrypted(_ parameters: [String: String]) async throws -> Bool {
            var url = base
            url.parameters.merge(parameters) { _, new in new }
            let database = try await PostgresSchemaDatabase.connect(url)
            let rows = try await database.rows("select ssl from pg_stat_ssl where pid = pg_backend_pid()")
            try await database.close()
            return rows == [["true"]] || rows == [["t"]]
        }
        #expect(try await encrypted(["sslmode": "require"]))
        #expect(try await encrypted(["sslmode": "verify-ca", "sslrootcert": authority]))
        #expect(try await encrypted(["sslmode": "verify-full", "sslrootcert": authority]))
        // The certificate names 127.0.0.1 only: reached as localhost, verify-ca (the chain, not the
        // host name) connects.
        var localhost = base
        localhost.host = "localhost"
        func encryptedAt(_ url: DatabaseURL, _ mode: String) async throws -> Bool {
            var url = url
            url.parameters["sslmode"] = mode
            url.parameters["sslrootcert"] = authority
            let database = try await PostgresSchemaDatabase.connect(url)
            let rows = try await database.rows("select ssl from pg_stat_ssl where pid = pg_backend_pid()")
            try await database.close()
            return rows == [["t"]] || rows == [["true"]]
        }
        #expect(try await encryptedAt(localhost, "verify-ca"))
        let unknown = try await #require(throws: SchemaError.self) { try await encrypted(["sslmode": "verify-full"]) }
        #expect(unknown.code == .connectionFailed, "\(unknown.message)")
        #expect(unknown.message.localizedCaseInsensitiveContains("certificate"), "\(unknown.message)")
        let missingFile = try await #require(throws: SchemaError.self) {
            try await encrypted(["sslmode": "verify-full", "sslrootcert": "/nonexistent/ca.pem"])
        }
        #expect(missingFile.code == .invalidURL)
        #expect(missingFile.message.contains("sslrootcert '/nonexistent/ca.pem'"), "\(missingFile.message)")
    }

    // MARK: - MySQL / MariaDB

    @Test("MariaDB: password_file and an option file's [client] password; a missing password is named",
          .enabled(if: mysqlURL != nil))
    func mysqlPasswords() async throws {
        let (url, password) = try Self.withoutPassword(try #require(mysqlURL))
        func connects(_ url: DatabaseURL) async throws -> Bool {
            let database = try await MySQLSchemaDatabase.connect(url: url)
            let rows = try await database.rows("select current_user()")
            try await database.close()
            return rows.first?.first??.hasPrefix(url.user ?? "") == true
        }
        try await Self.withFile(password + "\n", mode: 0o600) { (file: String) async throws in
            var withFile = url
            withFile.parameters["password_file"] = file
            #expect(try await connects(withFile))
        }
        try await Self.withFile("[client]\npassword=\(password)\n", mode: 0o600) { (file: String) async throws in
            var withOptions = url
            withOptions.parameters["option_file"] = file
            #expect(try await connects(withOptions))
        }
        try await Self.withFile("[client]\n", mode: 0o600) { (file: String) async throws in
            var none = url
            none.parameters["option_file"] = file
            let error = try await #require(throws: SchemaError.self) { try await connects(none) }
            #expect(error.serverCode == "1045", "\(error.message)")
            #expect(error.message.contains("no password was found"), "\(error.message)")
        }
    }

    @Test("MariaDB TLS: ssl=verify with sslca of the private CA is encrypted and verified",
          .enabled(if: mysqlURL != nil && tlsCA != nil))
    func mysqlTLS() async throws {
        var url = try DatabaseURL(try #require(mysqlURL))
        url.parameters["ssl"] = "verify"
        url.parameters["sslca"] = Self.tlsCA
        let database = try await MySQLSchemaDatabase.connect(url: url)
        let cipher = try await database.rows("show session status like 'Ssl_cipher'")
        try await database.close()
        #expect(cipher.first?.last??.isEmpty == false, "\(cipher)")
        url.parameters["sslca"] = nil
        let unknown = await #expect(throws: SchemaError.self) { _ = try await MySQLSchemaDatabase.connect(url: url) }
        #expect(unknown?.code == .connectionFailed)
    }
}
