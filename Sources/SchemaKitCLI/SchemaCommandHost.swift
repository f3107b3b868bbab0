import ArgumentParser
import Foundation
import Logging
import SchemaKitCore

/// Gives an application's executable the schema commands: `schema:create`, `schema:update`,
/// `schema:drop`, `schema:fresh`, `seeder:run` and `database:create`.
///
/// ```swift
/// @main enum Schema: SchemaCommandHost {
///     static func configuration() async throws -> SchemaConfiguration {
///         SchemaConfiguration(entities: [Author.self, Book.self], database: .sqlite(path: "app.sqlite"))
///     }
/// }
/// ```
///
/// ```
/// $ swift run Schema schema:update --dump
/// alter table "author" add column "born" date null;
/// ```
///
/// The configuration is built only after the arguments are parsed, so `--help` and usage
/// errors never touch a database. Exit codes: 0 success, 1 an error (one line on standard error),
/// 2 differences under `schema:update --check`, 64 bad usage.
#if compiler(>=6.2)
/// An application's executable that hosts the schema commands: it says where the entities and
/// the database are, and ``main()`` does the rest.
public protocol SchemaCommandHost: SendableMetatype {
    /// The entities, the database and the options; called once a command needs them.
    static func configuration() async throws -> SchemaConfiguration
}
#else
/// An application's executable that hosts the schema commands: it says where the entities and
/// the database are, and ``main()`` does the rest.
public protocol SchemaCommandHost {
    /// The entities, the database and the options; called once a command needs them.
    static func configuration() async throws -> SchemaConfiguration
}
#endif

extension SchemaCommandHost {
    /// Parses `CommandLine.arguments`, runs the command and exits with its code.
    public static func main() async {
        MemoryArenas.limit(environment: ProcessInfo.processInfo.environment)
        let code = await SchemaCommands.run(
            arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment,
            configuration: { try await Self.configuration() })
        exit(code)
    }
}

/// What a command needs besides its own arguments.
struct CommandContext: Sendable {
    var configuration: @Sendable () async throws -> SchemaConfiguration
    var environment: [String: String]
    var terminal: Terminal
    var logger: Logger

    /// The host's configuration with the `SCHEMAKIT_SCHEMA_GENERATOR_*` overrides applied, so a
    /// dump and a run read the same options.
    func resolvedConfiguration() async throws -> SchemaConfiguration {
        try CommandEnvironment(environment).applying(to: try await configuration())
    }

    /// What a command may do about a missing database before opening it.
    enum MissingDatabase {
        /// Create it (MikroORM's `ensureDatabase`): for commands that create a schema.
        case create
        /// Fail, naming it: a command that only reads or changes an existing schema would
        /// otherwise leave an empty database behind (an empty SQLite file, say).
        case fail
    }

    /// Opens the configured database around `body`.
    func withGenerator<Result: Sendable>(
        missing: MissingDatabase, adjusting adjust: (SchemaConfiguration) -> SchemaConfiguration = { $0 },
        _ body: (SchemaGenerator) async throws -> Result
    ) async throws -> Result {
        let configuration = adjust(try await resolvedConfiguration())
        switch missing {
        case .create:
            try await configuration.ensureDatabase(logger: logger)
        case .fail:
            // Servers refuse a missing database by themselves; only a connector that would create
            // one (SQLite) needs asking.
            if let connector = configuration.database.connector, connector.connectingCreatesDatabase,
               try await !connector.databaseExists(logger: logger, managementDatabase: configuration.schemaGenerator.managementDbName) {
                throw SchemaError(.connectionFailed, "Database \(configuration.database) does not exist; "
                    + "create it with database:create or schema:create --run")
            }
        }
        return try await SchemaGenerator.withDatabase(configuration, logger: logger, body)
    }
}

/// A command that runs with a ``CommandContext``; returns its exit code.
protocol ContextCommand: ParsableCommand {
    func run(in context: CommandContext) async throws -> Int32
}

/// The root of the schema commands.
struct SchemaCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ProcessInfo.processInfo.processName,
        abstract: "Create, update and drop the database schema of the application's entities.",
        subcommands: [CreateCommand.self, UpdateCommand.self, DropCommand.self, FreshCommand.self,
                      SeederRunCommand.self, DatabaseCreateCommand.self]
    )

    /// Parses and runs; every outcome is an exit code, nothing is thrown.
    static func run(
        arguments: [String], environment: [String: String],
        configuration: @escaping @Sendable () async throws -> SchemaConfiguration
    ) async -> Int32 {
        await CommandRunner.run(root: Self.self, arguments: arguments, environment: environment) { command, terminal, logger in
            guard let command = command as? ContextCommand else { return nil }
            let context = CommandContext(configuration: configuration, environment: environment, terminal: terminal, logger: logger)
            return try await command.run(in: context)
        }
    }
}

/// Parsing, dispatch, and the mapping of every failure to a one-line message and an exit code.
enum CommandRunner {
    static func run(
        root: any ParsableCommand.Type, arguments: [String], environment: [String: String],
        execute: (any ParsableCommand, Terminal, Logger) async throws -> Int32?
    ) async -> Int32 {
        // Before anything is written: a reader that goes away must be an EPIPE from write(2),
        // which Terminal handles, not a signal that kills the process mid-update.
        signal(SIGPIPE, SIG_IGN)
        let terminal = Terminal(environment: environment)
        let parsed: any ParsableCommand
        do {
            parsed = try root.parseAsRoot(optionalValueArguments(arguments))
        } catch {
            let code = root.exitCode(for: error).rawValue
            // The parser repeats what was typed, URLs with passwords included.
            var text = DatabaseURL.redactingPasswords(in: root.fullMessage(for: error))
            // ArgumentParser writes `Error: `; every other message of these commands is `error: `.
            if text.hasPrefix("Error: ") { text = "error: " + text.dropFirst(7) }
            if code == 0 { return output(text + "\n", terminal) ?? 0 }
            terminal.message(text)
            return 64
        }
        if type(of: parsed) != root, !(parsed is any ContextCommand), !(parsed is any ToolCommand) {
            // ArgumentParser's own commands (`help`, `--help` on the root) end by throwing their output.
            do {
                var command = parsed
                try command.run()
            } catch {
                let code = root.exitCode(for: error).rawValue
                return output(root.fullMessage(for: error) + "\n", terminal) ?? (code == 0 ? 0 : 64)
            }
        }
        return await perform(terminal: terminal, environment: environment, usage: root.usageString(for: type(of: parsed))) { logger in
            guard let code = try await execute(parsed, terminal, logger) else {
                // The root alone does nothing but list its commands.
                terminal.message(root.helpMessage(for: root))
                return 64
            }
            return code
        }
    }

    /// Runs a parsed command's work with the logger the environment asks for, mapping every
    /// failure to a one-line message on standard error and an exit code: 64 for usage, 1 for
    /// anything else. Shared by the hosts and by commands mounted in an application's tree.
    static func perform(
        terminal: Terminal, environment: [String: String], usage: String,
        _ body: (Logger) async throws -> Int32
    ) async -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        var logger = Logger(label: "schemakit") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = CommandEnvironment(environment).logLevel
        do {
            return try await body(logger)
        } catch let error as UsageError {
            terminal.error(error.message)
            terminal.message(usage)
            return 64
        } catch let error as StandardOutputError {
            terminal.error(error.description)
            return 1
        } catch let error as SchemaError {
            terminal.error(oneLine(error))
            return 1
        } catch {
            terminal.error(oneLine(String(describing: error)))
            return 1
        }
    }

    /// Writes help to standard output; the exit code when that failed.
    private static func output(_ text: String, _ terminal: Terminal) -> Int32? {
        do {
            try terminal.plain(text)
            return nil
        } catch {
            terminal.error(String(describing: error))
            return 1
        }
    }

    /// `--seed` may stand alone (the default seeder) or take a name; ArgumentParser's options
    /// always take a value, so a bare `--seed` gets a placeholder name that stands for the default.
    static func optionalValueArguments(_ arguments: [String]) -> [String] {
        var result: [String] = []
        for (index, argument) in arguments.enumerated() {
            let next = index + 1 < arguments.count ? arguments[index + 1] : nil
            if argument == "--seed", next == nil || next?.hasPrefix("-") == true {
                result.append("--seed=" + String.defaultSeederPlaceholder)
            } else {
                result.append(argument)
            }
        }
        return result
    }

    static func oneLine(_ error: SchemaError) -> String {
        var text = error.message
        let missing = error.issues.map(\.description).filter { !text.contains($0) }
        if !missing.isEmpty { text += ": " + missing.joined(separator: "; ") }
        return oneLine(text)
    }

    /// Messages may span lines (a statement, what was rolled back); the CLI prints one, and
    /// never a password a driver or a parser may have repeated.
    static func oneLine(_ text: String) -> String {
        DatabaseURL.redactingPasswords(in: text.split(whereSeparator: \.isNewline).map { $0.trimmed() }
            .filter { !$0.isEmpty }.joined(separator: " "))
    }
}

/// Wrong use of a command that ArgumentParser cannot see (such as `--run` with `--check`).
struct UsageError: Error {
    var message: String
}
