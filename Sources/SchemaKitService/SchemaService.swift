import Logging
import SchemaKitCore
import ServiceLifecycle

/// Checks — or brings up to date — the database schema when the application starts, as a
/// service of its `ServiceGroup` (a Hummingbird or Vapor application's, say).
///
/// ```swift
/// let schema = SchemaService(configuration: config, action: .check(failOnDrift: true), logger: logger)
/// let app = Application(router: router, services: [schema])   // Hummingbird
/// try await app.runService()
/// ```
///
/// - ``Action/check(failOnDrift:)`` compares the database with the entities and logs each
///   difference (`warning`); with `failOnDrift` a difference stops the start-up with
///   `SchemaError/Code/schemaDrift`, so a deploy whose migrations did not run never serves.
/// - ``Action/update(_:)`` applies the update — preflighted, under the database's schema lock,
///   so of several replicas starting together one applies and the others find it done — and
///   stops the start-up when it cannot.
///
/// ``run()`` does that once, then stays up until the group shuts down. An application that
/// must not accept a request before the schema is ready calls ``prepare()`` itself before its
/// server starts (Hummingbird's `beforeServerStarts`), and leaves the service out of the group.
///
/// The database is the configuration's (a connection opened and closed around the check), or
/// the application's own, through `database`:
///
/// ```swift
/// SchemaService(configuration: config, logger: logger) { work in
///     try await PostgresSchemaDatabase.withConnection(from: client, logger: logger) { try await work($0) }
/// }
/// ```
public struct SchemaService: Service {
    /// What the service does at start-up.
    public enum Action: Sendable {
        /// Compare and log; with `failOnDrift`, a difference stops the start-up.
        case check(failOnDrift: Bool)
        /// Apply the update.
        case update(UpdateSchemaOptions)
    }

    /// Runs its argument with a database: the application's connection, lent for the work.
    public typealias DatabaseScope = @Sendable (_ work: @Sendable (any SchemaDatabase) async throws -> Void) async throws -> Void

    /// The entities, and the database when no `database` scope is given.
    public let configuration: SchemaConfiguration
    /// What the service does at start-up.
    public let action: Action
    let logger: Logger
    let database: DatabaseScope?

    /// A service that does `action` at start-up, on `database` (the application's connection) or
    /// on a connection of `configuration`'s own.
    public init(configuration: SchemaConfiguration, action: Action = .check(failOnDrift: false), logger: Logger,
                database: DatabaseScope? = nil) {
        self.configuration = configuration
        self.action = action
        self.logger = logger
        self.database = database
    }

    /// Checks or updates once; throws what stops the start-up.
    public func prepare() async throws {
        let work: @Sendable (any SchemaDatabase) async throws -> Void = { database in
            try await perform(SchemaGenerator(configuration, database: database, logger: logger))
        }
        if let database {
            try await database(work)
        } else {
            try await SchemaGenerator.withDatabase(configuration, logger: logger) { generator in
                try await perform(generator)
            }
        }
    }

    private func perform(_ generator: SchemaGenerator) async throws {
        switch action {
        case .check(let failOnDrift):
            let difference = try await generator.schemaDifference()
            guard !difference.isEmpty else {
                logger.info("schema is up to date")
                return
            }
            for line in difference.lines { logger.warning("schema differs from the entities", metadata: ["difference": "\(line)"]) }
            guard failOnDrift else { return }
            throw SchemaError(.schemaDrift, """
                The database differs from the entities in \(difference.lines.count) way\(difference.lines.count == 1 ? "" : "s") \
                (\(difference.lines.prefix(3).joined(separator: "; "))\(difference.lines.count > 3 ? "; …" : "")); \
                start-up stopped. Apply the update (schema update --run), or start with the update action.
                """)
        case .update(let options):
            switch try await generator.updateSchema(options) {
            case .upToDate: logger.info("schema is up to date")
            case .applied(let statements): logger.notice("schema updated", metadata: ["statements": "\(statements)"])
            }
        }
    }

    /// ``prepare()``, then up until the group shuts down.
    public func run() async throws {
        try await prepare()
        try? await gracefulShutdown()
    }
}
