import SchemaKitCore

/// Where and how to connect, read from a `mysql://` or `mariadb://` URL.
///
/// ```text
/// mysql://app:secret@127.0.0.1:3306/shop?ssl=true&connectTimeout=5
/// mariadb://app@localhost/shop?socket=/run/mysqld/mysqld.sock
/// ```
///
/// URL parameters: `ssl` (or `tls`, `sslmode`): `true`/`require` demands TLS, `verify` also checks
/// the server's certificate, `false`/`disable` (the default) leaves TLS off; `sslca` names a CA
/// file; `socket` a Unix socket path (used when the host is `localhost`); `connectTimeout` seconds.
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
    var connectTimeout: UInt32

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
        case nil, "false", "0", "off", "no", "disable", "disabled":
            tls = tlsCertificateAuthority == nil ? .disabled : .verified
        case "", "true", "1", "on", "yes", "require", "required":
            tls = .required
        case "verify", "verify-ca", "verify_ca", "verify-full", "verify_identity", "verify-identity":
            tls = .verified
        case let other?:
            throw SchemaError(.invalidURL, "Invalid database URL '\(url)': ssl=\(other) is not one of true, false, require, verify")
        }
        let timeoutText = parameters["connecttimeout"] ?? parameters["connect_timeout"]
        if let timeoutText {
            guard let seconds = UInt32(timeoutText), seconds > 0 else {
                throw SchemaError(.invalidURL, "Invalid database URL '\(url)': connectTimeout=\(timeoutText) is not a whole number of seconds")
            }
            connectTimeout = seconds
        } else {
            connectTimeout = 10
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
