import ArgumentParser
import SchemaKitCore

/// `--run` and `--dump`: a command does nothing without one of them but show its help.
struct RunOrDump: ParsableArguments {
    @Flag(name: [.short, .long], help: "Run the SQL against the database.")
    var run = false
    @Flag(name: [.short, .long], help: "Print the SQL (to standard output).")
    var dump = false
}

/// `--lock-timeout`: how long a `--run` waits for another run's schema lock.
struct LockOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Seconds a --run waits for the schema lock while another run holds it (default 60; 0 gives up at once).",
        valueName: "seconds"))
    var lockTimeout: Double?

    func validate() throws {
        if let lockTimeout, !(lockTimeout >= 0 && lockTimeout <= 86_400) {
            throw ValidationError("--lock-timeout must be between 0 and 86400 seconds, not \(lockTimeout)")
        }
    }

    /// The configuration with the wait applied.
    func applying(to configuration: SchemaConfiguration) -> SchemaConfiguration {
        guard let lockTimeout else { return configuration }
        var configuration = configuration
        configuration.schemaGenerator.schemaLockTimeout = .milliseconds(Int64((lockTimeout * 1000).rounded()))
        return configuration
    }
}

/// `--fk-checks`: leave the wrapper out, as MikroORM's flag does (no `set names`, no foreign key
/// toggles); without it the dialect's prologue and epilogue are written.
struct WrapOption: ParsableArguments {
    @Flag(name: .customLong("fk-checks"), help: "Leave foreign key checks as they are: no prologue or epilogue around the SQL.")
    var foreignKeyChecks = false

    var wrap: Bool { !foreignKeyChecks }
}

extension ParsableCommand {
    /// Neither `--run` nor `--dump`: the command's help, on standard output, exit 0 (MikroORM's rule).
    func showHelp(_ terminal: Terminal) throws -> Int32 {
        try terminal.plain(Self.helpMessage() + "\n")
        return 0
    }
}

extension String {
    static let defaultSeederPlaceholder = "(default)"
    /// A bare `--seed` arrives as a placeholder: the default seeder.
    var seederName: String? { self == Self.defaultSeederPlaceholder ? nil : self }
}

struct CreateCommand: ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema:create", abstract: "Create the schema of the entities.",
        discussion: "With --seed, runs the default seeder (or the one named) after --run; --dump never seeds.")

    @OptionGroup var mode: RunOrDump
    @OptionGroup var wrap: WrapOption
    @OptionGroup var lock: LockOption
    @Option(help: "The schema (namespace) for entities that do not name one.")
    var schema: String?
    @Option(help: ArgumentHelp("Seed after creating: the default seeder, or the one named.", valueName: "seeder"))
    var seed: String?

    func run(in context: CommandContext) async throws -> Int32 {
        guard mode.run || mode.dump else { return try showHelp(context.terminal) }
        let options = CreateSchemaOptions(wrap: wrap.wrap, schema: schema)
        // An unknown seeder is reported before anything is created.
        if mode.run, let seed { _ = try await context.resolvedConfiguration().seeder.seeder(named: seed.seederName) }
        guard mode.run else {
            // The create SQL comes from the entities alone: a dump opens no connection.
            let sql = try SchemaGenerator(try await context.resolvedConfiguration()).getCreateSchemaSQL(options)
            try context.terminal.sql(sql)
            if seed != nil { context.terminal.message("--seed is ignored with --dump: nothing ran") }
            return 0
        }
        return try await context.withGenerator(missing: .create, adjusting: lock.applying) { generator in
            if mode.dump { try context.terminal.sql(generator.getCreateSchemaSQL(options)) }
            if mode.run {
                let outcome = try await context.terminal.progress("creating the schema") { try await generator.createSchema(options) }
                // Another process may have created it while this one waited for the lock.
                context.terminal.message(outcome == .upToDate ? "Schema is up-to-date" : "Schema successfully created")
                if let seed { try await runSeeder(seed.seederName, schema: schema, generator, context) }
            }
            return 0
        }
    }
}

struct UpdateCommand: ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema:update", abstract: "Bring the database to the entities' schema.",
        discussion: "--check exits 0 when the database matches the entities and 2 when it does not (a CI drift gate).")

    @OptionGroup var mode: RunOrDump
    @Flag(help: "Exit 0 when the database is up to date, 2 when it is not; list the differences on standard error.")
    var check = false
    @OptionGroup var wrap: WrapOption
    @OptionGroup var lock: LockOption
    @Option(help: "The schema (namespace) for entities that do not name one.")
    var schema: String?
    @Flag(help: "Leave out every statement that loses data (dropped tables, columns, types).")
    var safe = false
    @Flag(inversion: .prefixedNo, help: "Drop tables the entities no longer have.")
    var dropTables = true
    @Flag(inversion: .prefixedNo, help: ArgumentHelp(
        "Count the rows each change would fail on or lose, before anything runs; a change they would fail stops --run.",
        discussion: "On by default with --run; --dump and --check read the rows only when asked."))
    var preflight: Bool?
    @Flag(help: ArgumentHelp(
        "Apply while the application keeps writing, each statement committed on its own.",
        discussion: """
            PostgreSQL builds and drops indexes concurrently, adds keys and checks not valid and validates them apart, and \
            sets not null through a validated check, under lock_timeout with retries. MySQL and MariaDB use \
            algorithm=instant or inplace with lock=none, and refuse a change that would copy the table. --dump shows the lock \
            each statement takes.
            """))
    var online = false
    @OptionGroup var fleet: FleetArguments

    func validate() throws {
        if check && mode.run { throw ValidationError("--check only reads; it cannot be combined with --run") }
        if fleet.isFleet, let schema {
            throw ValidationError("--schema '\(schema)' names one schema; a fleet (--tenants, --schemas) names its own")
        }
    }

    func run(in context: CommandContext) async throws -> Int32 {
        guard mode.run || mode.dump || check else { return try showHelp(context.terminal) }
        let options = UpdateSchemaOptions(wrap: wrap.wrap, safe: safe, dropTables: dropTables, schema: schema,
                                          online: online ? OnlineOptions() : nil)
        if fleet.isFleet {
            let action: FleetAction = check ? .check : mode.run ? .apply : .plan
            let configuration = lock.applying(to: try await context.resolvedConfiguration())
            return try await fleet.run(action, configuration, options, preflight: preflight ?? mode.run, dump: mode.dump, context)
        }
        return try await context.withGenerator(missing: .fail, adjusting: lock.applying) { generator in
            // With --run the schema is read under the schema lock, so what another run applied
            // meanwhile is not applied twice; --dump and --check only read.
            guard mode.run else { return try await update(generator, options, context) }
            return try await generator.withSchemaLock { try await update(generator, options, context) }
        }
    }

    private func update(_ generator: SchemaGenerator, _ options: UpdateSchemaOptions, _ context: CommandContext) async throws -> Int32 {
        // The schema is read once: what --dump shows is what --run applies.
        let stage = StageLog(logger: context.logger)
        let (live, target, script) = try await context.terminal.progress("comparing") {
            // The entities' schema is built while the database is read, once for all that follows.
            async let reading = generator.introspect()
            let target = try generator.targetSchema(schema: options.schema)
            stage("target built")
            let live = try await reading
            MemoryArenas.trim()
            stage("database read")
            let script = try generator.updateSchemaScript(from: live, target: target, options)
            stage("compared and planned")
            return (live, target, script)
        }
        ExitRetention.keep(live)
        ExitRetention.keep(target)
        if mode.dump { try context.terminal.sql(script.text) }
        // Drift is what this update would do: with --safe or --no-drop-tables, what they leave
        // alone is no drift.
        guard !script.isEmpty else {
            context.terminal.message("Schema is up-to-date")
            return 0
        }
        var report: PreflightReport?
        if preflight ?? mode.run {
            report = try await context.terminal.progress("counting the rows the changes touch") {
                try await generator.preflight(from: live, target: target, options)
            }
        }
        if check {
            let difference = try generator.updateDifference(from: live, target: target, options)
            for line in difference.lines { context.terminal.message(line) }
            if let report { show(report, context) }
            context.terminal.message("Schema is not up-to-date: \(difference.lines.count) difference(s)")
            return 2
        }
        if let report {
            show(report, context)
            if mode.run { try generator.requirePassing(report) }
        }
        if mode.run {
            try await context.terminal.progress("updating the schema") { try await generator.execute(script) }
            context.terminal.message("Schema successfully updated")
        }
        return 0
    }

    /// The preflight's findings on standard error: failures, then losses (or, with --safe,
    /// what safe mode leaves in place).
    private func show(_ report: PreflightReport, _ context: CommandContext) {
        for finding in report.failing { context.terminal.message("preflight: \(finding)") }
        for finding in report.losing {
            context.terminal.message(safe ? "preflight: left out by --safe: \(finding)" : "preflight: data loss: \(finding)")
        }
        for reason in report.unchecked { context.terminal.message("preflight: not checked: \(reason)") }
    }
}

struct DropCommand: ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema:drop", abstract: "Drop the entities' tables (never tables the entities do not know).")

    @OptionGroup var mode: RunOrDump
    @OptionGroup var wrap: WrapOption
    @OptionGroup var lock: LockOption
    @Option(help: "The schema (namespace) for entities that do not name one.")
    var schema: String?
    @Flag(help: "Drop the whole database instead.")
    var dropDb = false
    @Flag(help: "Also drop the migrations table.")
    var dropMigrationsTable = false

    func run(in context: CommandContext) async throws -> Int32 {
        guard mode.run || mode.dump else { return try showHelp(context.terminal) }
        let options = DropSchemaOptions(wrap: wrap.wrap, dropDb: dropDb, dropMigrationsTable: dropMigrationsTable, schema: schema)
        if mode.run && dropDb {
            // The database goes, so nothing is opened in it first.
            let configuration = try await context.resolvedConfiguration()
            if mode.dump { try context.terminal.sql(SchemaGenerator(configuration).dropSchemaScript(options).text) }
            try await configuration.dropDatabase(logger: context.logger)
            context.terminal.message("Schema successfully dropped (database \(configuration.database) dropped)")
            return 0
        }
        return try await context.withGenerator(missing: .fail, adjusting: lock.applying) { generator in
            if mode.dump {
                let sql = try await generator.getDropSchemaSQL(options)
                if sql.isEmpty { context.terminal.message("Schema is up-to-date") }
                try context.terminal.sql(sql)
            }
            if mode.run {
                try await context.terminal.progress("dropping the schema") { try await generator.dropSchema(options) }
                context.terminal.message("Schema successfully dropped")
            }
            return 0
        }
    }
}

struct FreshCommand: ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema:fresh", abstract: "Drop the entities' tables and create them again (optionally seeded).")

    @Flag(name: [.short, .long], help: "Run it (required).")
    var run = false
    @Option(help: "The schema (namespace) for entities that do not name one.")
    var schema: String?
    @Option(help: ArgumentHelp("Seed afterwards: the default seeder, or the one named.", valueName: "seeder"))
    var seed: String?
    @Flag(help: "Drop and create the whole database instead of its tables.")
    var dropDb = false
    @OptionGroup var lock: LockOption

    func run(in context: CommandContext) async throws -> Int32 {
        guard run else { return try showHelp(context.terminal) }
        if let seed { _ = try await context.resolvedConfiguration().seeder.seeder(named: seed.seederName) }
        if dropDb {
            let configuration = try await context.resolvedConfiguration()
            try await configuration.dropDatabase(logger: context.logger)
            try await configuration.ensureDatabase(logger: context.logger)
        }
        return try await context.withGenerator(missing: .create, adjusting: lock.applying) { generator in
            try await context.terminal.progress("recreating the schema") {
                try await generator.refreshDatabase(CreateSchemaOptions(schema: schema))
            }
            context.terminal.message("Schema successfully dropped and recreated")
            if let seed { try await runSeeder(seed.seederName, schema: schema, generator, context) }
            return 0
        }
    }
}

struct SeederRunCommand: ContextCommand {
    static let configuration = CommandConfiguration(commandName: "seeder:run", abstract: "Run a seeder.")

    @Option(name: [.customShort("c"), .customLong("class")], help: "The seeder to run; the configuration's default one when left out.")
    var seederClass: String?

    func run(in context: CommandContext) async throws -> Int32 {
        _ = try await context.resolvedConfiguration().seeder.seeder(named: seederClass)
        return try await context.withGenerator(missing: .fail) { generator in
            try await runSeeder(seederClass, schema: nil, generator, context)
            return 0
        }
    }
}

struct DatabaseCreateCommand: ContextCommand {
    static let configuration = CommandConfiguration(commandName: "database:create", abstract: "Create the database if it does not exist.")

    func run(in context: CommandContext) async throws -> Int32 {
        let configuration = try await context.resolvedConfiguration()
        let created = try await configuration.ensureDatabase(logger: context.logger)
        context.terminal.message("Database \(configuration.database) \(created ? "created" : "already exists")")
        return 0
    }
}

func runSeeder(_ name: String?, schema: String?, _ generator: SchemaGenerator, _ context: CommandContext) async throws {
    let executed = try await context.terminal.progress("seeding") { try await generator.seed(name, schema: schema) }
    context.terminal.message("Seeder \(executed) successfully executed")
}
