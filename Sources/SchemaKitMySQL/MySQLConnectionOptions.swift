import SchemaKitCore

/// Where and how to connect, read from a `mysql://` or `mariadb://` URL.
///
/// ```text
/// mysql://app:secret@127.0.0.1:3306/shop?ssl=true&connectTimeout=5&readTimeout=60
/// mariadb://app@localhost/shop?socket=/run/mysqld/mysqld.sock
/// ```
///
/// URL parameters: `ssl` (or `tls`, `sslmode`): `true`/`require` demands TLS, `verify` also checks
/// the server's certificate, `false`/`disable` leaves TLS off; `sslca` names a CA file and, without
/// an `ssl` value, means `verify` (an explicit `ssl=false` still wins); no parameter at all leaves
/// TLS off. `socket` is a Unix socket path (used when the host is `localhost`). Timeouts are
/// `ConnectionTimeouts` (`connectTimeout`, default 10 s; `readTimeout`, default 600 s;
/// `statementTimeout`, none by default, MariaDB's `max_statement_time`), plus `writeTimeout`
/// (default: the read timeout); whole seconds, `0` for no limit. Without a password in the URL:
/// `password_file=PATH`, then `MYSQL_PWD`, then the `[client]` password of `~/.my.cnf` (or of
/// `option_file=PATH`), resolved before connecting (``DatabaseURL/resolvingPassword(environment:logger:)``).
struct MySQLConnectionOptions: Sendable {
    enum TLSMode: Sendable, Equatable { case disabled, required, verified }

    var host: String
    var port: Int
    var user: String?
    var password: String?
    /// `nil` connects without a default database (to create or drop one).
    var database: String?
    var unixSocket: String?
    var tls: TLSMode
    var tlsCertificateAuthority: String?

    /// Seconds to connect (`MYSQL_OPT_CONNECT_TIMEOUT`); `nil` leaves the client library's default.
    var connectTimeout: UInt32?
    /// Seconds a read from the server may take (`MYSQL_OPT_READ_TIMEOUT`); `nil` leaves the
    /// client library's default (wait as long as it takes).
    var readTimeout: UInt32?
    /// Seconds a write to the server may take (`MYSQL_OPT_WRITE_TIMEOUT`); `nil` leaves the
    /// client library's default.
    var writeTimeout: UInt32?
    /// Seconds one statement may run on the server (`max_statement_time`); `nil` for no limit.
    var statementTimeout: Int?

    init(url: DatabaseURL, database: String?) throws {
        host = url.host
        port = url.port ?? 3306
        user = url.user
        password = url.password
        self.database = database
        let parameters = Dictionary(url.parameters.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        unixSocket = parameters["socket"].flatMap { $0.isEmpty ? nil : $0 }
        tlsCertificateAuthority = (parameters["sslca"] ?? parameters["ssl-ca"] ?? parameters["ssl_ca"]).flatMap { $0.isEmpty ? nil : $0 }
        let tlsValue = parameters["ssl"] ?? parameters["tls"] ?? parameters["sslmode"] ?? parameters["ssl-mode"]
        switch tlsValue?.lowercased() {
        case nil:
            tls = tlsCertificateAuthority == nil ? .disabled : .verified
        case "false", "0", "off", "no", "disable", "disabled":
            // Said explicitly, "off" wins over a CA file.
            tls = .disabled
        case "", "true", "1", "on", "yes", "require", "required":
            tls = .required
        case "verify", "verify-ca", "verify_ca", "verify-full", "verify_identity", "verify-identity":
            tls = .verified
        case let other?:
            throw SchemaError(.invalidURL, "Invalid database URL '\(url)': ssl=\(other) is not one of true, false, require, verify")
        }
        let timeouts = try ConnectionTimeouts(url: url)
        connectTimeout = ConnectionTimeouts.wholeSeconds(timeouts.connect).map { UInt32(clamping: $0) }
        readTimeout = ConnectionTimeouts.wholeSeconds(timeouts.read).map { UInt32(clamping: $0) }
        statementTimeout = ConnectionTimeouts.wholeSeconds(timeouts.statement)
        writeTimeout = try Self.seconds("writeTimeout", in: parameters, url: url).flatMap { $0 == 0 ? nil : $0 } ?? readTimeout
    }

    /// A whole number of seconds from `name` (`writeTimeout`) or its snake-case spelling
    /// (`write_timeout`); `nil` when neither is given.
    private static func seconds(_ name: String, in parameters: [String: String], url: DatabaseURL) throws -> UInt32? {
        let snakeCase = name.replacing("Timeout", with: "_timeout").lowercased()
        guard let text = parameters[name.lowercased()] ?? parameters[snakeCase] else { return nil }
        guard let seconds = UInt32(text) else {
            throw SchemaError(.invalidURL, "Invalid database URL '\(url)': \(name)=\(text) is not a whole number of seconds")
        }
        return seconds
    }

    /// The TLS switches handed to Connector/C, every one set explicitly: Connector/C 3.4 and later
    /// turn TLS and certificate verification on by default
    /// (https://mariadb.com/docs/release-notes/connectors/c/3.4/3.4.0), so "disabled" must say so.
    struct TLSSettings: Sendable, Equatable {
        /// `MYSQL_OPT_SSL_ENFORCE`.
        var enforce: Bool
        /// `MYSQL_OPT_SSL_VERIFY_SERVER_CERT`.
        var verifyServerCertificate: Bool
        /// `MYSQL_OPT_SSL_CA`; never set when TLS is disabled.
        var certificateAuthority: String?
    }

    /// ``tls`` as Connector/C options: disabled is enforce 0, verify 0 and no CA.
    var tlsSettings: TLSSettings {
        switch tls {
        case .disabled: TLSSettings(enforce: false, verifyServerCertificate: false, certificateAuthority: nil)
        case .required: TLSSettings(enforce: true, verifyServerCertificate: false, certificateAuthority: tlsCertificateAuthority)
        case .verified: TLSSettings(enforce: true, verifyServerCertificate: true, certificateAuthority: tlsCertificateAuthority)
        }
    }

    /// Where the connection goes, for messages; never the password.
    /// `127.0.0.1:3306, database 'shop', user 'app'`.
    var location: String {
        var text = unixSocket.map { "\(host) (socket \($0))" } ?? "\(host):\(port)"
        text += ", database " + (database.map { "'\($0)'" } ?? "(none)")
        if let user { text += ", user '\(user)'" }
        return text
    }
}
