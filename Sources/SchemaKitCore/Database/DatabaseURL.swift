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
    /// The URL's scheme, lower-cased, with `postgresql` read as `postgres` and `sqlite3` as
    /// `sqlite`. An open set: a third-party driver registers its own (``DatabaseConnectors``).
    public struct Scheme: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) {
            let lowered = rawValue.lowercased()
            self.rawValue = switch lowered {
            case "postgresql": "postgres"
            case "sqlite3": "sqlite"
            default: lowered
            }
        }
        /// A scheme by name, as ``init(rawValue:)`` reads it.
        public init(_ name: String) { self.init(rawValue: name) }
        public var description: String { rawValue }

        /// `postgres://` and `postgresql://`.
        public static let postgres = Scheme("postgres")
        /// `mysql://`.
        public static let mysql = Scheme("mysql")
        /// `mariadb://`: MySQL's driver with MariaDB's dialect.
        public static let mariadb = Scheme("mariadb")
        /// A file path rather than a server: `sqlite:relative.db`, `sqlite:///abs/path.db`.
        public static let sqlite = Scheme("sqlite")
    }

    /// Which engine, and so which driver, the URL is for.
    public var scheme: Scheme
    /// The server's host name or address (an IPv6 address without its brackets); empty for SQLite.
    public var host: String
    /// The server's port; `nil` for the engine's default (5432, 3306).
    public var port: Int?
    /// The user to log in as; `nil` for the driver's default (`postgres`, the client library's).
    public var user: String?
    /// The password, percent-decoded once; `nil` when the URL has none (see
    /// ``resolvingPassword(environment:logger:)`` for where it is found then). Never in ``description``.
    public var password: String?
    /// The database name, or the file path for SQLite.
    public var database: String
    /// Query parameters (`sslmode`, `tls`, …).
    public var parameters: [String: String]

    /// A URL from its parts.
    public init(scheme: Scheme, host: String, port: Int? = nil, user: String? = nil, password: String? = nil,
                database: String, parameters: [String: String] = [:]) {
        self.scheme = scheme
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.parameters = parameters
    }

    /// Parses a URL; ``SchemaError/Code/invalidURL`` names the part that is wrong, with the password
    /// hidden however the URL is malformed.
    public init(_ text: String) throws {
        let trimmed = text.trimmed()
        guard let colon = trimmed.firstIndex(of: ":") else {
            throw Self.invalid(text, "it has no scheme; expected postgres://, mysql://, mariadb:// or sqlite:")
        }
        let schemeText = trimmed[..<colon].lowercased()
        // RFC 3986: a letter, then letters, digits, `+`, `-` and `.`.
        guard let first = schemeText.first, first.isASCII, first.isLetter,
              schemeText.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else {
            throw Self.invalid(text, "'\(schemeText)' is not a scheme; expected postgres://, mysql://, mariadb:// or sqlite:")
        }
        let scheme = Scheme(schemeText)
        self.scheme = scheme
        let afterColon = trimmed[trimmed.index(after: colon)...]
        let isServerScheme = [Scheme.postgres, .mysql, .mariadb].contains(scheme)
        // `sqlite:app.db`, and a driver of one's own that names a file (`duckdb:app.db`): a path,
        // not an authority. A `user:password@…` without `//` is a URL whose scheme was left out.
        if scheme == .sqlite || (!isServerScheme && !afterColon.hasPrefix("//") && !afterColon.contains("@")) {
            var path = String(afterColon)
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
        let afterScheme = afterColon
        guard afterScheme.hasPrefix("//") else {
            guard isServerScheme else {
                // `app:secret@host/db`: the scheme was left out, and the user taken for one.
                throw Self.invalid(text, "it has no scheme; expected postgres://, mysql://, mariadb:// or sqlite:")
            }
            throw Self.invalid(text, "expected '//' after '\(schemeText):' (\(schemeText)://[user[:password]@]host[:port]/database)")
        }
        let rest = afterScheme.dropFirst(2)
        // Credentials end at the last `@` — a password may hold `@`, `/`, `?` or `:` unencoded — unless
        // that `@` is in the path or the query (`?application_name=a@b`).
        var at = rest.lastIndex(of: "@")
        while let index = at, !rest[index...].contains("/"), let slash = rest[..<index].lastIndex(of: "/"),
              rest[slash..<index].contains("?"), let earlier = rest[..<slash].lastIndex(of: "@") {
            at = earlier
        }
        let location = at.map { rest[rest.index(after: $0)...] } ?? rest
        if let at {
            let credentials = rest[..<at]
            if let separator = credentials.firstIndex(of: ":") {
                user = Self.decoded(credentials[..<separator])
                password = Self.decoded(credentials[credentials.index(after: separator)...])
            } else {
                user = Self.decoded(credentials)
                password = nil
            }
            if user?.isEmpty == true { user = nil }
        } else {
            user = nil
            password = nil
        }
        let pathStart = location.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? location.endIndex
        let authority = location[..<pathStart]
        var hostText = authority
        var portText: Substring?
        if authority.hasPrefix("[") {
            // An IPv6 address: `[::1]:5432`.
            guard let close = authority.firstIndex(of: "]") else { throw Self.invalid(text, "the IPv6 host '\(authority)' has no closing ']'") }
            hostText = authority[authority.index(after: authority.startIndex)..<close]
            let after = authority[authority.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw Self.invalid(text, "unexpected '\(after)' after the host '[\(hostText)]'") }
                portText = after.dropFirst()
            }
        } else if let separator = authority.lastIndex(of: ":") {
            hostText = authority[..<separator]
            portText = authority[authority.index(after: separator)...]
        }
        guard !hostText.isEmpty else {
            throw Self.invalid(text, "it has no host (expected \(schemeText)://[user[:password]@]host[:port]/database)")
        }
        host = String(hostText)
        if let portText {
            guard !portText.isEmpty else { throw Self.invalid(text, "the port after '\(host):' is empty") }
            guard portText.allSatisfy({ ("0"..."9").contains($0) }), let number = Int(portText.prefix(6)) else {
                throw Self.invalid(text, "the port '\(portText)' is not a number")
            }
            guard (1...65535).contains(number), portText.count <= 5 else {
                throw Self.invalid(text, "port \(portText) is out of range (1 to 65535)")
            }
            port = number
        } else {
            port = nil
        }
        var path = location[pathStart...]
        var query: Substring = ""
        if let mark = path.firstIndex(of: "?") {
            query = path[path.index(after: mark)...]
            path = path[..<mark]
        }
        if path.hasPrefix("/") { path = path.dropFirst() }
        guard !path.isEmpty else {
            throw Self.invalid(text, "it names no database (expected …/DATABASE)")
        }
        let database = Self.decoded(path)
        guard !path.contains("/") else {
            throw Self.invalid(text, "the database name '\(database)' holds a '/'")
        }
        self.database = database
        var parameters: [String: String] = [:]
        for item in query.split(separator: "&") where !item.isEmpty {
            let pair = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            parameters[Self.decoded(pair[0])] = pair.count > 1 ? Self.decoded(pair[1]) : ""
        }
        self.parameters = parameters
    }

    /// Percent-decoding, once: `p%2541` is `p%41`; text that is not valid encoding stays as typed.
    private static func decoded(_ text: Substring) -> String {
        String(text).removingPercentEncoding ?? String(text)
    }

    public var description: String {
        if host.isEmpty { return "\(scheme.rawValue):\(database)" }
        let userPart = user.map { "\($0)@" } ?? ""
        let portPart = port.map { ":\($0)" } ?? ""
        let hostPart = host.contains(":") ? "[\(host)]" : host
        return "\(scheme.rawValue)://\(userPart)\(hostPart)\(portPart)/\(database)"
    }

    /// The same URL with another database (to reach the management database).
    public func withDatabase(_ name: String) -> DatabaseURL {
        var copy = self
        copy.database = name
        return copy
    }

    private static func invalid(_ text: String, _ reason: String) -> SchemaError {
        let shown = redacted(text)
        // What redaction hid is the password as far as anyone can tell; a part of the URL the
        // reason quotes ('…') that shares any of it is hidden too, whatever the parser made of it.
        let hidden = hiddenText(text, shown)
        var safe = ""
        for (offset, part) in reason.split(separator: "'", omittingEmptySubsequences: false).enumerated() {
            if offset > 0 { safe += "'" }
            safe += offset % 2 == 1 && sharesText(part, hidden) ? "***" : String(part)
        }
        return SchemaError(.invalidURL, "Invalid database URL '\(shown)': \(safe)")
    }

    /// The characters `redacted` replaced by `***`.
    private static func hiddenText(_ text: String, _ shown: String) -> Substring {
        let original = Array(text), redacted = Array(shown)
        var prefix = 0
        while prefix < min(original.count, redacted.count), original[prefix] == redacted[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(original.count, redacted.count) - prefix,
              original[original.count - 1 - suffix] == redacted[redacted.count - 1 - suffix] { suffix += 1 }
        let start = text.index(text.startIndex, offsetBy: prefix)
        let end = text.index(text.endIndex, offsetBy: -suffix)
        return start < end ? text[start..<end] : ""
    }

    /// Whether `part` and `secret` share a run of three characters (a shorter `part`: whether it is `secret`).
    private static func sharesText(_ part: Substring, _ secret: Substring) -> Bool {
        guard !secret.isEmpty, !part.isEmpty else { return false }
        let characters = Array(part)
        guard characters.count >= 3 else { return part == secret }
        if secret.contains(part) { return true }
        for start in 0...(characters.count - 3) where secret.contains(String(characters[start..<start + 3])) { return true }
        return false
    }

    /// The URL text with any password replaced by `***`, however malformed the URL is:
    /// `mysql//app:secret@db/x` → `mysql//app:***@db/x`.
    /// `postgres://u:my secret@h/db` → `postgres://u:***@h/db`.
    static func redacted(_ text: String) -> String {
        if text.contains("://") { return redactingPasswords(in: text) }
        // One mistyped URL (`postgres:/app:my secret@h/db`): the password runs from the colon after
        // the user to the last `@`.
        guard let at = text.lastIndex(of: "@"), let first = text[..<at].firstIndex(of: ":") else { return text }
        let afterFirst = text[text.index(after: first)..<at]
        let colon = afterFirst.firstIndex(of: ":") ?? first
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
        // URLs with `://`: the password runs from the first `:` after the user to the `@` before the
        // host, spaces, quotes, `@` and `/` included.
        var result = ""
        var rest = Substring(text)
        while let scheme = rest.range(of: "://") {
            let region = rest[scheme.upperBound...]
            let end = region.range(of: "://")?.lowerBound ?? region.endIndex
            let url = region[..<end]
            result += rest[..<scheme.upperBound]
            if let (colon, at) = credentialBounds(in: url) {
                result += url[...colon] + "***" + url[at..<url.endIndex]
            } else {
                result += url
            }
            rest = region[end...]
        }
        return redactingBareCredentials(in: result + rest)
    }

    /// Where the password is in text that follows a `://`: after the user's `:`, before the `@`
    /// that starts the host. The `@` chosen is the last one followed by a host and a `/path`;
    /// failing that, the last one after a plausible user.
    private static func credentialBounds(in url: Substring) -> (colon: Substring.Index, at: Substring.Index)? {
        let delimiters: (Character) -> Bool = { $0.isWhitespace || $0 == "'" || $0 == "\"" }
        var fallback: (Substring.Index, Substring.Index)?
        var index = url.endIndex
        while let at = url[..<index].lastIndex(of: "@") {
            index = at
            let credentials = url[..<at]
            guard let colon = credentials.firstIndex(of: ":") else { continue }
            let user = credentials[..<colon]
            guard !user.contains(where: { delimiters($0) || $0 == "/" || $0 == "@" }) else { continue }
            let host = url[url.index(after: at)...].prefix { !delimiters($0) }
            if host.contains("/") { return (colon, at) }
            if fallback == nil { fallback = (colon, at) }
        }
        return fallback
    }

    /// `user:password@host` without a `://` before it (a mistyped URL): the password is what
    /// follows the last `:` of the word before each `@`.
    private static func redactingBareCredentials(in text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let at = rest.firstIndex(of: "@") {
            let word = rest[..<at]
            let start = word.lastIndex { $0.isWhitespace || $0 == "'" || $0 == "\"" }.map { word.index(after: $0) } ?? word.startIndex
            let credentials = word[start...]
            if let colon = credentials.lastIndex(of: ":"), !credentials[colon...].hasPrefix("://"),
               !credentials[colon...].hasPrefix(":***") {
                result += rest[..<credentials.index(after: colon)] + "***@"
            } else {
                result += rest[...at]
            }
            rest = rest[rest.index(after: at)...]
        }
        return result + rest
    }
}
