import Foundation

/// A parsed connection URL: `postgres://user:pass@host:5432/db?sslmode=require`,
/// `mysql://…` or `mariadb://…`, `sqlite:///abs/path.db` or `sqlite:relative.db`.
///
/// Its ``description`` never contains the password.
///
/// ```swift
/// let url = try DatabaseURL("postgres://app:secret@localhost:5432/shop")
/// url.description   // postgres://app@localhost:5432/shop
/// ```
public struct DatabaseURL: Sendable, Hashable, CustomStringConvertible {
    public enum Scheme: String, Sendable, Hashable {
        case postgres, mysql, mariadb, sqlite
    }

    public var scheme: Scheme
    public var host: String
    public var port: Int?
    public var user: String?
    public var password: String?
    /// The database name, or the file path for SQLite.
    public var database: String
    /// Query parameters (`sslmode`, `tls`, …).
    public var parameters: [String: String]

    public init(_ text: String) throws {
        let trimmed = text.trimmed()
        guard let colon = trimmed.firstIndex(of: ":") else {
            throw Self.invalid(text, "it has no scheme; expected postgres://, mysql://, mariadb:// or sqlite:")
        }
        let schemeText = trimmed[..<colon].lowercased()
        let scheme: Scheme
        switch schemeText {
        case "postgres", "postgresql": scheme = .postgres
        case "mysql": scheme = .mysql
        case "mariadb": scheme = .mariadb
        case "sqlite", "sqlite3": scheme = .sqlite
        default:
            throw Self.invalid(text, "unknown scheme '\(schemeText)'; expected postgres, mysql, mariadb or sqlite")
        }
        self.scheme = scheme
        if scheme == .sqlite {
            var path = String(trimmed[trimmed.index(after: colon)...])
            if path.hasPrefix("//") { path.removeFirst(2) }
            if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
            guard !path.isEmpty else { throw Self.invalid(text, "it names no database file") }
            host = ""
            port = nil
            user = nil
            password = nil
            database = path.removingPercentEncoding ?? path
            parameters = [:]
            return
        }
        guard let components = URLComponents(string: trimmed), let host = components.host, !host.isEmpty else {
            throw Self.invalid(text, "it has no host")
        }
        self.host = host
        if let port = components.port {
            guard (1...65535).contains(port) else { throw Self.invalid(text, "port \(port) is out of range") }
        }
        self.port = components.port
        // Decode each part exactly once: `p%2541` is the password `p%41`, not `pA`.
        self.user = components.percentEncodedUser.map { $0.removingPercentEncoding ?? $0 }
        self.password = components.percentEncodedPassword.map { $0.removingPercentEncoding ?? $0 }
        let encodedPath = components.percentEncodedPath
        let path = encodedPath.hasPrefix("/") ? String(encodedPath.dropFirst()) : encodedPath
        guard !path.isEmpty, !path.contains("/") else {
            throw Self.invalid(text, "it names no database (expected …/DATABASE)")
        }
        self.database = path.removingPercentEncoding ?? path
        var parameters: [String: String] = [:]
        for item in components.queryItems ?? [] { parameters[item.name] = item.value ?? "" }
        self.parameters = parameters
    }

    public var description: String {
        if scheme == .sqlite { return "sqlite:\(database)" }
        let userPart = user.map { "\($0)@" } ?? ""
        let portPart = port.map { ":\($0)" } ?? ""
        return "\(scheme.rawValue)://\(userPart)\(host)\(portPart)/\(database)"
    }

    /// The same URL with another database (to reach the management database).
    public func withDatabase(_ name: String) -> DatabaseURL {
        var copy = self
        copy.database = name
        return copy
    }

    private static func invalid(_ text: String, _ reason: String) -> SchemaError {
        SchemaError(.invalidURL, "Invalid database URL '\(redacted(text))': \(reason)")
    }

    /// The URL text with any password replaced by `***`, however malformed the URL is:
    /// `mysql//app:secret@db/x` → `mysql//app:***@db/x`.
    ///
    /// Text that is one URL is read as one: everything between the first `:` after the user and
    /// the last `@` is the password, spaces, quotes, `@` and `/` included
    /// (`postgres://u:my secret@h/db` → `postgres://u:***@h/db`).
    static func redacted(_ text: String) -> String {
        guard let scheme = text.range(of: "://"), let at = text.lastIndex(of: "@"), at > scheme.upperBound else {
            return redactingPasswords(in: text)
        }
        let credentials = text[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[...colon]) + "***" + String(text[at...])
    }

    /// Any text with the password of every URL-like `user:password@host` in it replaced by
    /// `***` — for messages that repeat what a user typed (an argument parser's, say).
    ///
    /// ```swift
    /// DatabaseURL.redactingPasswords(in: "Unexpected argument 'postgres://app:pw@db/x'")
    /// // Unexpected argument 'postgres://app:***@db/x'
    /// ```
    public static func redactingPasswords(in text: String) -> String {
        var result = ""
        var rest = Substring(text)
        // Each `@` may end credentials: the password is what follows the last `:` of the word
        // before it (a `://` is the scheme's, not a password's).
        while let at = rest.firstIndex(of: "@") {
            let word = rest[..<at]
            let start = word.lastIndex { $0.isWhitespace || $0 == "'" || $0 == "\"" }.map { word.index(after: $0) } ?? word.startIndex
            let credentials = word[start...]
            if let colon = credentials.lastIndex(of: ":"), !credentials[colon...].hasPrefix("://") {
                result += rest[..<credentials.index(after: colon)] + "***@"
            } else {
                result += rest[...at]
            }
            rest = rest[rest.index(after: at)...]
        }
        return result + rest
    }
}
