/// Which driver opens a URL, by its scheme: what every executable uses to turn `DATABASE_URL`
/// into a ``DatabaseConfiguration``, open to drivers outside this package.
///
/// ```swift
/// let connectors = DatabaseConnectors([.sqlite, .postgreSQL, .mySQL])   // from the driver modules
/// let database = try connectors.configuration(for: "postgres://app@127.0.0.1/shop")
///
/// // A driver of your own:
/// extension DatabaseConnectors.Registration {
///     static let cockroach = Self(schemes: ["cockroachdb"]) { url in try .cockroach(url: url) }
/// }
/// ```
public struct DatabaseConnectors: Sendable {
    /// One driver's schemes and how it opens their URLs.
    public struct Registration: Sendable {
        /// The schemes this driver opens (`postgres`; `mysql` and `mariadb`).
        public var schemes: [DatabaseURL.Scheme]
        /// Turns a parsed URL of one of ``schemes`` into the driver's configuration.
        public var configuration: @Sendable (DatabaseURL) throws -> DatabaseConfiguration

        /// A driver's schemes and how it opens their URLs.
        public init(schemes: [DatabaseURL.Scheme], configuration: @escaping @Sendable (DatabaseURL) throws -> DatabaseConfiguration) {
            self.schemes = schemes
            self.configuration = configuration
        }
    }

    private var registrations: [DatabaseURL.Scheme: Registration] = [:]
    private var order: [DatabaseURL.Scheme] = []

    /// The drivers given, in order; a scheme registered twice goes to the later one.
    public init(_ registrations: [Registration] = []) {
        for registration in registrations { register(registration) }
    }

    /// Adds a driver; a scheme registered again goes to the newer driver.
    public mutating func register(_ registration: Registration) {
        for scheme in registration.schemes {
            if registrations[scheme] == nil { order.append(scheme) }
            registrations[scheme] = registration
        }
    }

    /// The schemes known, in the order they were registered.
    public var schemes: [DatabaseURL.Scheme] { order }

    /// The configuration for a URL; ``SchemaError/Code/invalidURL`` when it does not parse or no
    /// driver takes its scheme (the message names the known ones, never the password).
    public func configuration(for text: String) throws -> DatabaseConfiguration {
        try configuration(for: try DatabaseURL(text))
    }

    /// The configuration for a parsed URL; ``SchemaError/Code/invalidURL`` when no driver takes its scheme.
    public func configuration(for url: DatabaseURL) throws -> DatabaseConfiguration {
        guard let registration = registrations[url.scheme] else {
            let known = order.map { $0 == .sqlite ? "sqlite:" : "\($0)://" }.joined(separator: ", ")
            throw SchemaError(.invalidURL, "No driver for \(url.scheme):// URLs (\(url)); this program opens \(known.isEmpty ? "none" : known)")
        }
        return try registration.configuration(url)
    }
}
