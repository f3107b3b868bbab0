/// One member of a fleet: a schema of the configured database (schema-per-tenant), or another
/// database with the same entities (database-per-tenant).
///
/// ```swift
/// Tenant.schema("tenant_acme")                       // "tenant_acme"."author", … in the configured database
/// Tenant.database("acme")                            // database acme on the configured server
/// try Tenant.url("mysql://app@10.0.0.7/acme")        // a database elsewhere, same engine
/// ```
public struct Tenant: Sendable, Hashable, CustomStringConvertible {
    /// Where a tenant's tables are.
    public enum Location: Sendable, Hashable {
        /// A namespace of the configured database; the entities that name no schema go there.
        case schema(String)
        /// A database of the configured server, reached with the configured credentials (for
        /// SQLite, a file).
        case database(String)
        /// A database of the same engine anywhere.
        case url(DatabaseURL)
    }

    /// Where the tenant's tables are.
    public var location: Location

    /// A tenant at `location`.
    public init(_ location: Location) {
        self.location = location
    }

    /// A schema of the configured database.
    public static func schema(_ name: String) -> Tenant { Tenant(.schema(name)) }
    /// A database of the configured server (a file for SQLite).
    public static func database(_ name: String) -> Tenant { Tenant(.database(name)) }
    /// A database of the same engine anywhere; throws ``SchemaError/Code/invalidURL`` for a URL that does not parse.
    public static func url(_ text: String) throws -> Tenant { Tenant(.url(try DatabaseURL(text))) }

    /// The schema or database name, or the URL without its password.
    public var description: String {
        switch location {
        case .schema(let name), .database(let name): name
        case .url(let url): url.description
        }
    }

    /// A tenant list: one tenant a line, a URL (`postgres://…`, `mysql://…`, `sqlite:…`) or a
    /// database name on the configured server; blank lines and `#` comments are skipped.
    ///
    /// ```
    /// # tenants.txt
    /// acme
    /// globex
    /// mysql://app@10.0.0.7:3306/initech
    /// ```
    ///
    /// Throws ``SchemaError/Code/invalidConfiguration`` naming the line of a URL that does not
    /// parse (its password left out) or of a tenant listed twice.
    public static func list(_ text: String, source: String = "tenant list") throws -> [Tenant] {
        var tenants: [Tenant] = []
        var seen: [Tenant: Int] = [:]
        // `\.isNewline`, not `"\n"`: in Swift `"\r\n"` is one character, which `"\n"` does not match.
        for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = String(rawLine).trimmed()
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let number = offset + 1
            let tenant: Tenant
            if line.contains("://") || line.hasPrefix("sqlite:") {
                do {
                    tenant = Tenant(.url(try DatabaseURL(line)))
                } catch let error as SchemaError {
                    throw SchemaError(.invalidConfiguration, "\(source), line \(number): \(error.message)")
                }
            } else {
                guard !line.contains(where: { $0.isWhitespace }) else {
                    throw SchemaError(.invalidConfiguration,
                                      "\(source), line \(number): '\(line)' is neither a URL nor a database name (names hold no spaces)")
                }
                tenant = .database(line)
            }
            if let first = seen[tenant] {
                throw SchemaError(.invalidConfiguration, "\(source), line \(number): \(tenant) is already listed on line \(first)")
            }
            seen[tenant] = number
            tenants.append(tenant)
        }
        return tenants
    }
}

/// A shell-style pattern over names: `*` any run of characters, `?` one character, anything
/// else itself (case-sensitive, as schema names are).
///
/// ```swift
/// NamePattern("tenant_*").matches("tenant_acme")   // true
/// NamePattern("t_??").matches("t_123")             // false
/// ```
public struct NamePattern: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The pattern as written.
    public let pattern: String

    /// A pattern: `*` matches any run of characters, `?` one character.
    public init(_ pattern: String) { self.pattern = pattern }
    public init(stringLiteral value: String) { self.init(value) }

    public var description: String { pattern }

    /// Whether the whole of `name` matches.
    public func matches(_ name: String) -> Bool {
        let pattern = Array(pattern), name = Array(name)
        // Iterative matching with one backtrack point: the last `*` seen.
        var p = 0, n = 0
        var star: (p: Int, n: Int)?
        while n < name.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == name[n] && pattern[p] != "*" {
                p += 1
                n += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = (p, n)
                p += 1
            } else if let last = star {
                p = last.p + 1
                n = last.n + 1
                star = (last.p, last.n + 1)
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
