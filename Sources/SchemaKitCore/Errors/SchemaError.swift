/// The one error SchemaKit throws.
///
/// A `SchemaError` names what it is about (entity, property, table, column, connection) in its
/// ``message`` and carries a ``code`` callers can switch on. Validation collects every problem
/// it finds, so one error may carry several ``issues``:
///
/// ```swift
/// do {
///     _ = try SchemaGenerator(config).getCreateSchemaSQL()
/// } catch let error as SchemaError where error.code == .invalidMetadata {
///     for issue in error.issues { print(issue) }   // Book.author: relation target 'Writer' is not registered
/// }
/// ```
public struct SchemaError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure; an open set, like NIO's error codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The code's name, as messages and logs show it (`preflightFailed`).
        public let name: String
        /// A code by name: drivers and applications may add their own.
        public init(_ name: String) { self.name = name }
        public var description: String { name }

        /// Entity metadata failed validation; ``SchemaError/issues`` lists every problem.
        public static let invalidMetadata = Code("invalidMetadata")
        /// The dialect cannot express the requested operation.
        public static let unsupportedByDialect = Code("unsupportedByDialect")
        /// A connection URL could not be parsed.
        public static let invalidURL = Code("invalidURL")
        /// The database could not be reached or refused the credentials.
        public static let connectionFailed = Code("connectionFailed")
        /// A statement failed on the database.
        public static let statementFailed = Code("statementFailed")
        /// Reading the live schema failed.
        public static let introspectionFailed = Code("introspectionFailed")
        /// A configuration value is invalid.
        public static let invalidConfiguration = Code("invalidConfiguration")
        /// A `renamedFrom:` hint names a table or column the database does not have (or still
        /// has beside the new one).
        public static let invalidRenameHint = Code("invalidRenameHint")
        /// The database still differs from the target after an update (a drift check).
        public static let schemaDrift = Code("schemaDrift")
        /// The database did not answer within a ``ConnectionTimeouts`` limit.
        public static let timedOut = Code("timedOut")
        /// Rows already in the database would make a planned change fail; nothing was applied.
        /// ``SchemaError/preflight`` holds the findings.
        public static let preflightFailed = Code("preflightFailed")
    }

    /// One problem found while validating metadata, located by entity and property.
    public struct Issue: Hashable, Sendable, CustomStringConvertible {
        /// The entity the problem is in, by its Swift name.
        public var entity: String
        /// The property the problem is in; `nil` for the entity as a whole.
        public var property: String?
        /// What is wrong, in a sentence.
        public var message: String

        /// A validation problem of `entity` (and `property`).
        public init(entity: String, property: String? = nil, _ message: String) {
            self.entity = entity
            self.property = property
            self.message = message
        }

        public var description: String {
            if let property { return "\(entity).\(property): \(message)" }
            return "\(entity): \(message)"
        }
    }

    /// The kind of failure, to match on.
    public var code: Code
    /// What went wrong, for people: names the table, column, statement or part of a URL, never a password.
    public var message: String
    /// For ``Code/invalidMetadata``: every problem found, all at once.
    public var issues: [Issue]
    /// The error that caused this one (a driver error, for instance).
    public var underlying: (any Error & Sendable)?
    /// For a failed script on an engine that cannot roll DDL back (MySQL, MariaDB): the
    /// statements that ran before the failing one and stay applied.
    public var appliedStatements: [String] = []
    /// The server's own code for the failure: PostgreSQL's SQLSTATE (`53200`), MySQL's error
    /// number (`1050`).
    public var serverCode: String?
    /// The statement the server refused, as sent.
    public var statement: String?
    /// For ``Code/preflightFailed``: what the rows already there would do to the plan.
    public var preflight: PreflightReport?

    /// An error of `code` saying `message`.
    public init(_ code: Code, _ message: String, issues: [Issue] = [], underlying: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.issues = issues
        self.underlying = underlying
    }

    /// A validation error listing every issue at once.
    public static func invalidMetadata(_ issues: [Issue]) -> SchemaError {
        let noun = issues.count == 1 ? "problem" : "problems"
        let list = issues.map { "  - \($0)" }.joined(separator: "\n")
        return SchemaError(.invalidMetadata, "Entity metadata has \(issues.count) \(noun):\n\(list)", issues: issues)
    }

    public var description: String { message }
}
