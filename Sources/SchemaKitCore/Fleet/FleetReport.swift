/// What a fleet run does to each tenant.
public enum FleetAction: String, Sendable, Hashable {
    /// Compare only: which tenants differ from the entities (`schema:update --check`).
    case check
    /// Compare and keep each tenant's script (`schema:update --dump`).
    case plan
    /// Compare, preflight and apply (`schema:update --run`).
    case apply
}

/// How a fleet run goes.
public struct FleetOptions: Sendable {
    /// The update of each tenant; `schema` is set per tenant by the fleet.
    public var update: UpdateSchemaOptions
    /// At most this many tenants are applied at once (one connection each).
    public var parallel: Int
    /// Stop starting tenants after the first failure; those not started are reported as skipped.
    public var failFast: Bool
    /// Count the rows the changes would fail on before applying (see ``Preflight``); with
    /// ``FleetAction/apply`` only.
    public var preflight: Bool
    /// Keep each tenant's script in its result (``FleetTenantResult/script``) whatever the action:
    /// what `--dump` prints beside `--run` or `--check`. ``FleetAction/plan`` always keeps it.
    public var keepScripts: Bool

    /// Each tenant updated with `update`, four at a time, the others going on after a failure, preflighted.
    public init(update: UpdateSchemaOptions = .init(), parallel: Int = 4, failFast: Bool = false, preflight: Bool = true,
                keepScripts: Bool = false) {
        self.update = update
        self.parallel = parallel
        self.failFast = failFast
        self.preflight = preflight
        self.keepScripts = keepScripts
    }
}

/// One tenant's result.
public struct FleetTenantResult: Sendable {
    /// What happened to the tenant.
    public enum Outcome: Sendable, Hashable, CustomStringConvertible {
        /// Nothing to do.
        case upToDate
        /// Differences found and not applied (check, plan).
        case drifted
        /// The script ran.
        case applied
        /// The tenant could not be read, planned or applied; ``FleetTenantResult/error`` says why.
        case failed
        /// Not started: an earlier tenant failed under ``FleetOptions/failFast``.
        case skipped

        public var description: String {
            switch self {
            case .upToDate: "up to date"
            case .drifted: "differs"
            case .applied: "applied"
            case .failed: "failed"
            case .skipped: "skipped"
            }
        }
    }

    /// The tenant this result is for.
    public var tenant: Tenant
    /// What happened to it.
    public var outcome: Outcome
    /// The statements of the tenant's script (applied, or that would be).
    public var statements: Int = 0
    /// The differences, one line each, as `schema:update --check` lists them.
    public var differences: [String] = []
    /// The script (kept for ``FleetAction/plan``).
    public var script: SQLScript?
    /// Why the tenant failed.
    public var error: SchemaError?
    /// Wall time spent on this tenant, its share of a plan computed for several tenants included.
    public var seconds: Double = 0

    /// A result with nothing counted yet.
    public init(tenant: Tenant, outcome: Outcome) {
        self.tenant = tenant
        self.outcome = outcome
    }
}

/// The results of a fleet run, in the order the tenants were given, with what it cost.
public struct FleetReport: Sendable {
    /// What the run did to each tenant.
    public var action: FleetAction
    /// One result per tenant, in the order the tenants were given (by name for a pattern).
    public var results: [FleetTenantResult] = []
    /// Catalog reads: one per database for schema tenants, one per tenant database otherwise.
    public var catalogReads = 0
    /// Queries sent, catalog reads, preflight counts and statements included.
    public var queries = 0
    /// Plans computed; tenants whose schemas were the same (but for their namespace) shared one.
    public var plansComputed = 0
    /// Connections opened.
    public var connections = 0
    /// Wall time of the whole run.
    public var seconds: Double = 0

    /// An empty report of `action`.
    public init(action: FleetAction) {
        self.action = action
    }

    /// The tenants that could not be read, planned or applied.
    public var failed: [FleetTenantResult] { results.filter { $0.outcome == .failed } }
    /// The tenants that differ from the entities (check and plan runs).
    public var drifted: [FleetTenantResult] { results.filter { $0.outcome == .drifted } }

    /// 1 when a tenant failed; 2 when a check found a tenant that differs; 0 otherwise.
    public var exitCode: Int32 {
        if results.contains(where: { $0.outcome == .failed || $0.outcome == .skipped }) { return 1 }
        if action == .check, !drifted.isEmpty { return 2 }
        return 0
    }

    /// The results as a text table, then a summary line:
    ///
    /// ```
    /// tenant       statements  seconds  outcome
    /// tenant_001            4     0.02  applied
    /// tenant_002            0     0.00  up to date
    /// tenant_003            2     0.01  failed: column "age" … cannot be cast automatically to type integer
    /// 3 tenants: 1 applied, 1 up to date, 1 failed; 1 catalog read, 2 plans, 14 queries in 0.41 s
    /// ```
    public var table: String {
        let header = ["tenant", "statements", "seconds", "outcome"]
        let rows = results.map { result -> [String] in
            var outcome = result.outcome.description
            if let error = result.error {
                outcome += ": " + error.message.split(whereSeparator: \.isNewline).map { $0.trimmed() }.joined(separator: " ")
            }
            return [result.tenant.description, String(result.statements), Self.format(result.seconds), outcome]
        }
        var widths = header.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated().dropLast() { widths[column] = max(widths[column], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                guard column < cells.count - 1 else { return cell }
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line) + [summary]).joined(separator: "\n")
    }

    /// `200 tenants: 198 applied, 1 up to date, 1 failed; 1 catalog read, 3 plans, 812 queries in 4.20 s`
    public var summary: String {
        var counts: [(FleetTenantResult.Outcome, Int)] = []
        for outcome in [FleetTenantResult.Outcome.applied, .drifted, .upToDate, .failed, .skipped] {
            let count = results.count { $0.outcome == outcome }
            if count > 0 { counts.append((outcome, count)) }
        }
        let parts = counts.map { "\($1) \($0)" }.joined(separator: ", ")
        return "\(results.count) tenant\(results.count == 1 ? "" : "s"): \(parts.isEmpty ? "none" : parts); "
            + "\(catalogReads) catalog read\(catalogReads == 1 ? "" : "s"), \(plansComputed) plan\(plansComputed == 1 ? "" : "s"), "
            + "\(queries) queries in \(Self.format(seconds)) s"
    }

    static func format(_ seconds: Double) -> String {
        let hundredths = Int((seconds * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
