import ArgumentParser
import Foundation
import Logging
import SchemaKitCore

/// The standalone `schemakit` tool: compares and reads live databases, no entities needed.
///
/// ```
/// $ schemakit diff --from postgres://app@localhost/staging --to postgres://app@localhost/production --check
/// table book: new column isbn
/// Databases differ: 1 difference(s)          # exit 2
/// $ schemakit inspect sqlite:app.sqlite --format json
/// ```
///
/// Drivers live in their own modules, so the executable passes `resolve`, which turns a URL
/// into a `DatabaseConfiguration`.
public enum SchemaKitTool {
    /// Parses `CommandLine.arguments`, runs `diff` or `inspect` and exits with its code; `resolve`
    /// turns each `--from`/`--to` URL into a database configuration (`DatabaseConnectors`).
    public static func main(resolve: @escaping @Sendable (String) throws -> DatabaseConfiguration) async {
        MemoryArenas.limit(environment: ProcessInfo.processInfo.environment)
        let code = await run(arguments: Array(CommandLine.arguments.dropFirst()),
                             environment: ProcessInfo.processInfo.environment, resolve: resolve)
        exit(code)
    }

    static func run(
        arguments: [String], environment: [String: String], resolve: @escaping @Sendable (String) throws -> DatabaseConfiguration
    ) async -> Int32 {
        await CommandRunner.run(root: ToolCommands.self, arguments: arguments, environment: environment) { command, terminal, logger in
            guard let command = command as? ToolCommand else { return nil }
            return try await command.run(in: ToolContext(resolve: resolve, environment: environment, terminal: terminal, logger: logger))
        }
    }
}

struct ToolContext: Sendable {
    var resolve: @Sendable (String) throws -> DatabaseConfiguration
    var environment: [String: String]
    var terminal: Terminal
    var logger: Logger

    /// Opens the database at `url` around `body`.
    func withDatabase<Result: Sendable>(_ url: String, _ body: (SchemaGenerator) async throws -> Result) async throws -> Result {
        let configuration = try CommandEnvironment(environment).applying(to: SchemaConfiguration(schemas: [], database: try resolve(url)))
        return try await SchemaGenerator.withDatabase(configuration, logger: logger, body)
    }
}

protocol ToolCommand: ParsableCommand {
    func run(in context: ToolContext) async throws -> Int32
}

struct ToolCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schemakit", abstract: "Compare and read live database schemas.",
        subcommands: [DiffCommand.self, InspectCommand.self])
}

struct DiffCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff", abstract: "Make the database at --from match the one at --to (same engine).",
        discussion: "--check exits 0 when they match and 2 when they differ.")

    @Option(help: "The database to change.")
    var from: String
    @Option(help: "The database to match.")
    var to: String
    @Flag(name: [.short, .long], help: "Print the SQL.")
    var dump = false
    @Flag(name: [.short, .long], help: "Run the SQL against --from.")
    var run = false
    @Flag(help: "Exit 0 when the databases match, 2 when they differ; list the differences on standard error.")
    var check = false
    @Flag(help: "Leave out every statement that loses data.")
    var safe = false
    @Flag(inversion: .prefixedNo, help: "Drop tables --to does not have.")
    var dropTables = true

    func validate() throws {
        guard dump || run || check else { throw ValidationError("give one of --dump, --run or --check") }
        guard !(run && check) else { throw ValidationError("--check only reads; it cannot be combined with --run") }
    }

    func run(in context: ToolContext) async throws -> Int32 {
        let targetURL = to
        let stage = StageLog(logger: context.logger)
        return try await context.withDatabase(from) { generator in
            stage("connected")
            // Both databases are read at once, each on its own connection: the whole diff then
            // takes about as long as reading the larger one.
            async let target = context.withDatabase(targetURL) { target in
                (schema: try await target.introspect(), dialect: target.dialect.id)
            }
            let live: DatabaseSchema
            do {
                live = try await context.terminal.progress("reading --from and --to") { try await generator.introspect() }
            } catch {
                // Leaving the scope would cancel the --to read wherever it is, and a connection
                // being opened or closed in a cancelled task is left open: let it finish first.
                _ = try? await target
                throw error
            }
            stage("--from read")
            let (targetSchema, targetDialect) = try await target
            stage("--to read")
            ExitRetention.keep(live)
            ExitRetention.keep(targetSchema)
            guard generator.dialect.id == targetDialect else {
                throw SchemaError(.invalidConfiguration,
                                  "--from is \(generator.dialect.id) and --to is \(targetDialect); diff compares databases of one engine")
            }
            let options = UpdateSchemaOptions(safe: safe, dropTables: dropTables)
            // One comparison serves both the script and, with --check, the list of differences.
            let difference = try SchemaComparator.compare(from: live, to: targetSchema, dialect: generator.dialect,
                                                          detectRenames: options.detectRenames)
            stage("compared")
            ExitRetention.keep(difference)
            let script = try SchemaGenerator.updateScript(for: difference, to: targetSchema, dialect: generator.dialect, options)
            stage("planned")
            if check {
                // Drift is what this diff would do: with --safe or --no-drop-tables, what they leave
                // alone is no drift.
                if dump { try context.terminal.sql(script.text) }
                guard !script.isEmpty else {
                    context.terminal.message("Databases match")
                    return 0
                }
                for line in difference.lines { context.terminal.message(line) }
                context.terminal.message("Databases differ: \(difference.lines.count) difference(s)")
                return 2
            }
            guard !script.isEmpty else {
                context.terminal.message("Databases match")
                return 0
            }
            if dump { try context.terminal.sql(script.text) }
            if run {
                try await context.terminal.progress("updating --from") { try await generator.execute(script) }
                context.terminal.message("Database updated")
            }
            return 0
        }
    }
}

struct InspectCommand: ToolCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case sql, json }

    static let configuration = CommandConfiguration(
        commandName: "inspect", abstract: "Print the schema of a live database, as SQL that creates it or as JSON.")

    @Argument(help: "postgres://user:pass@host:port/db, mysql://…, mariadb://…, sqlite:///abs/path.db or sqlite:relative.db")
    var url: String
    @Option(help: "sql or json.")
    var format: Format = .sql

    func run(in context: ToolContext) async throws -> Int32 {
        try await context.withDatabase(url) { generator in
            let schema = try await context.terminal.progress("reading the schema") { try await generator.introspect() }
            switch format {
            case .json: try context.terminal.sql(schema.canonicalJSON() + "\n")
            case .sql: try context.terminal.sql(SchemaGenerator.createScript(for: schema, dialect: generator.dialect).text)
            }
            return 0
        }
    }
}
