import SchemaKitCore
@testable import SchemaKitMySQL
import Testing

/// What a `mysql://` URL's parameters turn into, without a server.
@Suite("MySQL connection options")
struct MySQLConnectionOptionsTests {
    func options(_ url: String) throws -> MySQLConnectionOptions {
        try MySQLConnectionOptions(url: DatabaseURL(url), database: "shop")
    }

    @Test("TLS modes from ssl, tls, sslmode and sslca", arguments: [
        ("", MySQLConnectionOptions.TLSMode.disabled),
        ("?ssl=true", .required),
        ("?tls=require", .required),
        ("?ssl=verify", .verified),
        ("?sslmode=verify-ca", .verified),
        ("?sslca=/etc/ca.pem", .verified),
        ("?ssl=true&sslca=/etc/ca.pem", .required),
        // An explicit "off" wins over a CA file: it never turns verification on.
        ("?ssl=false&sslca=/etc/ca.pem", .disabled),
        ("?ssl=0&ssl-ca=/etc/ca.pem", .disabled),
        ("?sslmode=disable&ssl_ca=/etc/ca.pem", .disabled),
        ("?tls=off&sslca=/etc/ca.pem", .disabled),
    ])
    func tlsModes(query: String, mode: MySQLConnectionOptions.TLSMode) throws {
        #expect(try options("mysql://app@db.example/shop" + query).tls == mode)
    }

    @Test("every mode sets Connector/C's TLS switches explicitly: disabled means both off, no CA")
    func tlsSettings() throws {
        // Connector/C 3.4 turns TLS and certificate verification on unless told otherwise.
        #expect(try options("mysql://app@db.example/shop").tlsSettings
                == .init(enforce: false, verifyServerCertificate: false, certificateAuthority: nil))
        #expect(try options("mysql://app@db.example/shop?ssl=false&sslca=/etc/ca.pem").tlsSettings
                == .init(enforce: false, verifyServerCertificate: false, certificateAuthority: nil))
        #expect(try options("mysql://app@db.example/shop?ssl=true").tlsSettings
                == .init(enforce: true, verifyServerCertificate: false, certificateAuthority: nil))
        #expect(try options("mysql://app@db.example/shop?ssl=verify&sslca=/etc/ca.pem").tlsSettings
                == .init(enforce: true, verifyServerCertificate: true, certificateAuthority: "/etc/ca.pem"))
    }

    @Test("an unknown ssl value is an invalid URL")
    func unknownTLS() throws {
        let error = try #require(throws: SchemaError.self) { try options("mysql://app@db.example/shop?ssl=sometimes") }
        #expect(error.code == .invalidURL)
        #expect(error.message.contains("ssl=sometimes"))
    }

    @Test("timeouts: bounded by default, whole seconds when given, 0 for no limit")
    func timeouts() throws {
        let plain = try options("mysql://app@db.example/shop")
        #expect(plain.readTimeout == 600)
        #expect(plain.writeTimeout == 600)
        #expect(plain.connectTimeout == 10)
        #expect(plain.statementTimeout == nil)
        let off = try options("mysql://app@db.example/shop?readTimeout=0&connect_timeout=0&statementTimeout=30")
        #expect(off.readTimeout == nil)
        #expect(off.connectTimeout == nil)
        #expect(off.statementTimeout == 30)
        let given = try options("mysql://app@db.example/shop?readTimeout=30&writeTimeout=5&connectTimeout=3")
        #expect(given.readTimeout == 30)
        #expect(given.writeTimeout == 5)
        #expect(given.connectTimeout == 3)
        let snake = try options("mysql://app@db.example/shop?read_timeout=7&write_timeout=8")
        #expect(snake.readTimeout == 7)
        #expect(snake.writeTimeout == 8)
    }

    @Test("a timeout that is not a whole number of seconds is an invalid URL", arguments: [
        ("readTimeout", "abc"), ("readTimeout", "1.5"), ("writeTimeout", "-1"), ("writeTimeout", ""),
        ("connectTimeout", "-3"), ("statement_timeout", "x"),
    ])
    func invalidTimeouts(parameter: String, value: String) throws {
        let error = try #require(throws: SchemaError.self) {
            try options("mysql://app@db.example/shop?\(parameter)=\(value)")
        }
        #expect(error.code == .invalidURL)
        #expect(error.message.contains("\(parameter)=\(value) is not a whole number of seconds"), "\(error.message)")
    }
}
