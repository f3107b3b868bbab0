import ArgumentParser
import Foundation
import SchemaKitCore

/// The schema commands as one group an application mounts in its own command tree, next to its
/// own commands (`serve`, `migrate`, …), with the configuration its ``SchemaCommandHost`` gives:
///
/// ```swift
/// enum TodoSchema: SchemaCommandHost {
///     static func configuration() async throws -> SchemaConfiguration { … }
/// }
///
/// @main struct Todo: AsyncParsableCommand {
///     static let configuration = CommandConfiguration(subcommands: [Serve.self, SchemaCommandGroup<TodoSchema>.self])
/// }
/// ```
///
/// ```
/// $ Todo schema update --dump
/// alter table "todo" add column "due" timestamptz null;
/// $ Todo schema update --check; echo $?
/// Schema is up-to-date
/// 0
/// ```
///
/// The subcommands are those of ``SchemaCommandHost`` without the prefix — `create`, `update`,
/// `drop`, `fresh`, `seed` (`seeder:run`) and `create-database` (`database:create`) — with the
/// same options, output and exit codes (0, 1 an error, 2 differences under `update --check`,
/// 64 bad usage), but for `--seed`, which takes a seeder's name here (`--seed DatabaseSeeder`):
/// a mounted command sees no raw arguments to read a bare `--seed` from.
public struct SchemaCommandGroup<Host: SchemaCommandHost>: AsyncParsableCommand {
    public static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "schema", abstract: "Create, update and drop the database schema of the application's entities.",
            subcommands: [Create.self, Update.self, Drop.self, Fresh.self, Seed.self, CreateDatabase.self])
    }

    public init() {}

    /// `create`: `schema:create`'s options and output.
    public struct Create: AsyncParsableCommand {
        public static var configuration: CommandConfiguration { CreateCommand.configuration.named("create") }
        @OptionGroup var command: CreateCommand
        public init() {}
        public func run() async throws { try await MountedCommand.run(command, Self.self, host: Host.self) }
    }

    /// `update`: `schema:update`'s options and output, fleets included.
    public struct Update: AsyncParsableCommand {
        public static var configuration: CommandConfiguration { UpdateCommand.configuration.named("update") }
        @OptionGroup var command: UpdateCommand
        public init() {}
        public func run() async throws { try await MountedCommand.run(command, Self.self, host: Host.self) }
    }

    /// `drop`: `schema:drop`'s options and output.
    public struct Drop: AsyncParsableCommand {
        public static var configuration: CommandConfiguration { DropCommand.configuration.named("drop") }
        @OptionGroup var command: DropCommand
        public init() {}
        public func run() async throws { try await MountedCommand.run(command, Self.self, host: Host.self) }
    }

    /// `fresh`: `schema:fresh`'s options and output.
    public struct Fresh: AsyncParsableCommand {
        public static var configuration: CommandConfiguration { FreshCommand.configuration.named("fresh") }
        @OptionGroup var command: FreshCommand
        public init() {}
        public func run() async throws { try await MountedCommand.run(command, Self.self, host: Host.self) }
    }

    /// `seed`: `seeder:run`'s options and output.
    public struct Seed: AsyncParsableCommand {
        public static var configuration: CommandConfiguration { SeederRunCommand.configuration.named("seed") }
        @OptionGroup var command: SeederRunCommand
        public init() {}
        public func run() async throws { try await MountedCommand.run(command, Self.self, host: Host.self) }
    }

    /// `create-database`: `database:create`'s output.
    public struct CreateDatabase: AsyncParsableCommand {
        public static var configuration: CommandConfiguration { DatabaseCreateCommand.configuration.named("create-database") }
        @OptionGroup var command: DatabaseCreateCommand
        public init() {}
        public func run() async throws { try await MountedCommand.run(command, Self.self, host: Host.self) }
    }
}

extension CommandConfiguration {
    /// The same command under another name.
    func named(_ name: String) -> CommandConfiguration {
        var copy = self
        copy.commandName = name
        return copy
    }
}

/// Runs a schema command inside an application's command tree: messages, errors and exit codes
/// as under ``SchemaCommandHost``, the exit code thrown as ArgumentParser's `ExitCode`.
enum MountedCommand {
    static func run(_ command: some ContextCommand, _ mounted: any ParsableCommand.Type, host: any SchemaCommandHost.Type) async throws {
        let environment = ProcessInfo.processInfo.environment
        let terminal = Terminal(environment: environment)
        let code = await CommandRunner.perform(terminal: terminal, environment: environment, usage: mounted.usageString()) { logger in
            let context = CommandContext(configuration: { try await host.configuration() }, environment: environment,
                                         terminal: terminal, logger: logger)
            return try await command.run(in: context)
        }
        guard code == 0 else { throw ExitCode(code) }
    }
}
