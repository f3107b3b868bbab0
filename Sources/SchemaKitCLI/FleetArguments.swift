import ArgumentParser
import Foundation
import SchemaKitCore

/// `--tenants`, `--schemas`, `--parallel`, `--fail-fast`: `schema:update` across a fleet.
struct FleetArguments: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Update every database the file lists, one a line: a URL, or a database name on the configured server.",
        discussion: "Blank lines and lines starting with # are skipped.", valueName: "file"))
    var tenants: String?
    @Option(help: ArgumentHelp(
        "Update every schema whose name matches (* any characters, ? one); on MySQL and MariaDB, every database.",
        valueName: "pattern"))
    var schemas: String?
    @Option(help: "With --tenants or --schemas: how many tenants are updated at once, one connection each (default 4).")
    var parallel = 4
    @Flag(help: "With --tenants or --schemas: stop starting tenants after the first failure.")
    var failFast = false

    var isFleet: Bool { tenants != nil || schemas != nil }

    func validate() throws {
        if tenants != nil, schemas != nil {
            throw ValidationError("--tenants and --schemas each name a whole fleet; give one of them")
        }
        if !(1...256).contains(parallel) { throw ValidationError("--parallel must be between 1 and 256, not \(parallel)") }
        if let schemas, schemas.isEmpty { throw ValidationError("--schemas needs a pattern, such as 'tenant_*'") }
    }

    /// The members the arguments name; reads the tenant file.
    func members() throws -> SchemaFleet.Members {
        if let schemas { return .matching(NamePattern(schemas)) }
        guard let tenants else { return .tenants([]) }
        let text: String
        do {
            text = try String(contentsOfFile: tenants, encoding: .utf8)
        } catch {
            throw SchemaError(.invalidConfiguration, "Cannot read the tenant list '\(tenants)': \((error as NSError).localizedDescription)")
        }
        let list = try Tenant.list(text, source: tenants)
        guard !list.isEmpty else { throw SchemaError(.invalidConfiguration, "The tenant list '\(tenants)' names no tenant") }
        return .tenants(list)
    }

    /// Runs the fleet and writes what `schema:update` writes for one database, for each tenant:
    /// the SQL with `--dump` (each script after a `-- tenant:` line), the differences with
    /// `--check` (on standard error), then the result table (on standard output, or standard error
    /// after a dump). A status line on a terminal's standard error shows the progress; in a log,
    /// a line every tenth of the way and one for each tenant that fails.
    func run(
        _ action: FleetAction, _ configuration: SchemaConfiguration, _ update: UpdateSchemaOptions,
        preflight: Bool, dump: Bool, _ context: CommandContext
    ) async throws -> Int32 {
        let fleet = SchemaFleet(configuration, logger: context.logger)
        let options = FleetOptions(update: update, parallel: parallel, failFast: failFast, preflight: preflight, keepScripts: dump)
        let terminal = context.terminal
        let report = try await fleet.run(action, try members(), options) { result, finished, total in
            guard !terminal.standardErrorIsTerminal else {
                terminal.status("[\(finished)/\(total)] \(result.tenant) \(result.outcome)")
                return
            }
            // A log (CI, a job runner): failures as they happen, and a line every tenth of the way.
            if result.outcome == .failed { terminal.message("[\(finished)/\(total)] \(result.tenant) failed") }
            let step = max(1, total / 10)
            if finished % step == 0 || finished == total { terminal.message("[\(finished)/\(total)] done") }
        }
        terminal.clearStatus()
        if dump {
            for result in report.results {
                guard let script = result.script else { continue }
                try terminal.sql("-- tenant: \(result.tenant)\n" + script.text + "\n")
            }
        }
        if action == .check {
            for result in report.drifted {
                terminal.message("\(result.tenant): \(result.differences.count) difference(s)")
                for line in result.differences { terminal.message("  " + line) }
            }
        }
        if dump || action == .check {
            terminal.message(report.table)
        } else {
            try terminal.plain(report.table + "\n")
        }
        return report.exitCode
    }
}
