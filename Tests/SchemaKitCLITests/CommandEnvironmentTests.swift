import SchemaKitCLI
import SchemaKitCore
import Testing

/// The command line maps environment variables to configuration; the library reads none.
@Suite("CommandEnvironment")
struct CommandEnvironmentTests {
    @Test func overrides() throws {
        let options = try CommandEnvironment([
            "SCHEMAKIT_SCHEMA_GENERATOR_DISABLE_FOREIGN_KEYS": "true",
            "SCHEMAKIT_SCHEMA_GENERATOR_CREATE_FOREIGN_KEY_CONSTRAINTS": "0",
            "SCHEMAKIT_SCHEMA_GENERATOR_MANAGEMENT_DB_NAME": "template1",
        ]).applying(to: SchemaGeneratorOptions())
        #expect(options.disableForeignKeys)
        #expect(!options.createForeignKeyConstraints)
        #expect(options.managementDbName == "template1")
        let error = try #require(throws: SchemaError.self) {
            try CommandEnvironment(["SCHEMAKIT_SCHEMA_GENERATOR_DISABLE_FOREIGN_KEYS": "maybe"]).applying(to: SchemaGeneratorOptions())
        }
        #expect(error.message == "SCHEMAKIT_SCHEMA_GENERATOR_DISABLE_FOREIGN_KEYS must be true or false, not 'maybe'")
    }

    @Test func verbosity() {
        #expect(CommandEnvironment(["SCHEMAKIT_CLI_VERBOSE": "1"]).logLevel == .debug)
        #expect(CommandEnvironment(["SCHEMAKIT_CLI_VERBOSE": "no"]).logLevel == .notice)
        #expect(CommandEnvironment([:]).logLevel == .notice)
    }
}
