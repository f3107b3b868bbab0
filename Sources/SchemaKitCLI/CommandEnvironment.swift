import Logging
import SchemaKitCore

/// What the command line takes from the process environment; the library itself reads none.
///
/// - `SCHEMAKIT_SCHEMA_GENERATOR_DISABLE_FOREIGN_KEYS`, `…_CREATE_FOREIGN_KEY_CONSTRAINTS`
///   (`true`, `t`, `1`, `yes` or `false`, `f`, `0`, `no`) and `…_MANAGEMENT_DB_NAME` override the
///   configuration's `SchemaGeneratorOptions`; `…_LOCK_TIMEOUT` is the schema lock's wait in
///   seconds, or `off` for no lock;
/// - `SCHEMAKIT_CLI_VERBOSE=1` logs the introspection queries and every difference found.
///
/// ```swift
/// let environment = CommandEnvironment(["SCHEMAKIT_CLI_VERBOSE": "1"])
/// environment.logLevel   // .debug
/// ```
public struct CommandEnvironment: Sendable {
    /// The process environment the overrides are read from.
    public var variables: [String: String]

    /// Reads `variables` (usually `ProcessInfo.processInfo.environment`).
    public init(_ variables: [String: String]) {
        self.variables = variables
    }

    /// `debug` with `SCHEMAKIT_CLI_VERBOSE` set to a true value, `notice` otherwise.
    public var logLevel: Logger.Level {
        guard let verbose = variables["SCHEMAKIT_CLI_VERBOSE"] else { return .notice }
        return ["1", "true", "t", "yes"].contains(verbose.lowercased()) ? .debug : .notice
    }

    /// `options` with the `SCHEMAKIT_SCHEMA_GENERATOR_*` overrides applied; a Boolean that is
    /// neither true nor false is an `SchemaError/Code/invalidConfiguration` naming it.
    public func applying(to options: SchemaGeneratorOptions) throws -> SchemaGeneratorOptions {
        var options = options
        func flag(_ key: String) throws -> Bool? {
            guard let raw = variables["SCHEMAKIT_SCHEMA_GENERATOR_" + key] else { return nil }
            switch raw.lowercased() {
            case "true", "t", "1", "yes": return true
            case "false", "f", "0", "no": return false
            default:
                throw SchemaError(.invalidConfiguration, "SCHEMAKIT_SCHEMA_GENERATOR_\(key) must be true or false, not '\(raw)'")
            }
        }
        if let value = try flag("DISABLE_FOREIGN_KEYS") { options.disableForeignKeys = value }
        if let value = try flag("CREATE_FOREIGN_KEY_CONSTRAINTS") { options.createForeignKeyConstraints = value }
        if let value = variables["SCHEMAKIT_SCHEMA_GENERATOR_MANAGEMENT_DB_NAME"] { options.managementDbName = value }
        if let raw = variables["SCHEMAKIT_SCHEMA_GENERATOR_LOCK_TIMEOUT"] {
            if raw.lowercased() == "off" {
                options.schemaLockTimeout = nil
            } else if let seconds = Double(raw), seconds >= 0, seconds <= 86_400 {
                options.schemaLockTimeout = .milliseconds(Int64((seconds * 1000).rounded()))
            } else {
                throw SchemaError(.invalidConfiguration,
                                  "SCHEMAKIT_SCHEMA_GENERATOR_LOCK_TIMEOUT must be seconds between 0 and 86400, or off, not '\(raw)'")
            }
        }
        return options
    }

    /// `configuration` with the overrides applied.
    public func applying(to configuration: SchemaConfiguration) throws -> SchemaConfiguration {
        var configuration = configuration
        configuration.schemaGenerator = try applying(to: configuration.schemaGenerator)
        return configuration
    }
}
