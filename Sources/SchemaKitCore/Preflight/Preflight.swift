/// What the rows already in the database would do to a planned change: make it fail, or be
/// lost by it. Found before any statement runs, by a few bounded counting queries per change.
///
/// ```swift
/// let report = try await generator.preflight()
/// for finding in report.findings { print(finding) }
/// // set not null on "author"."bio" would fail: 12 rows hold null (keys: 3, 8, 14, 15, 21, …)
/// // drop column "author"."nickname" loses 1,204 non-null values
/// ```
public struct PreflightFinding: Sendable, Hashable, CustomStringConvertible {
    /// What the rows do to the change.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// `not null` over rows holding null.
        case nullsInNotNullColumn
        /// A new `not null` column without a default on a table with rows.
        case rowsWithoutValue
        /// A new or changed check that rows break.
        case checkViolated
        /// A new unique index, unique constraint or primary key over duplicated values.
        case duplicateValues
        /// A new foreign key that rows break: values with no row in the referenced table.
        case orphanedRows
        /// A shorter length than values already have.
        case valuesTooLong
        /// A narrower number type than values already need.
        case valuesOutOfRange
        /// Enum values removed while rows still hold them.
        case enumValuesInUse
        /// A dropped column that holds values.
        case droppedColumnValues
        /// A dropped table that holds rows.
        case droppedTableRows

        /// Whether the engine refuses the change over such rows (rather than losing them).
        public var failsChange: Bool { self != .droppedColumnValues && self != .droppedTableRows }
    }

    /// What the rows do to the change: make it fail, or be lost by it.
    public var kind: Kind
    /// The live table the rows are in.
    public var table: QualifiedName
    /// The column, index or constraint concerned, when there is one.
    public var subject: String?
    /// The change, as the report names it: `set not null on "author"."bio"`.
    public var change: String
    /// How many rows (or, for duplicates, duplicated values) — at most ``Preflight/countLimit``.
    public var count: Int
    /// Whether counting stopped at ``Preflight/countLimit``: there are at least that many.
    public var isCapped: Bool
    /// The keys (or values) of up to five of the rows, as text, when the change would fail.
    public var sample: [String]

    /// A finding of `count` rows (at least that many when `isCapped`) of `table` that `change` concerns.
    public init(kind: Kind, table: QualifiedName, subject: String?, change: String, count: Int, isCapped: Bool, sample: [String] = []) {
        self.kind = kind
        self.table = table
        self.subject = subject
        self.change = change
        self.count = count
        self.isCapped = isCapped
        self.sample = sample
    }

    /// `1,204`, or `at least 1,000,000`.
    var amount: String { (isCapped ? "at least " : "") + Self.grouped(count) }

    public var description: String {
        let one = count == 1 && !isCapped
        let rows = one ? "row" : "rows"
        let verb = { (singular: String, plural: String) in one ? singular : plural }
        let sampleText = sample.isEmpty ? "" : " (\(sample.prefix(5).joined(separator: ", "))\(count > sample.count ? ", …" : ""))"
        switch kind {
        case .nullsInNotNullColumn: return "\(change) would fail: \(amount) \(rows) \(verb("holds", "hold")) null\(sampleText)"
        case .rowsWithoutValue: return "\(change) would fail: the table has \(amount) \(rows) and the column no default"
        case .checkViolated: return "\(change) would fail: \(amount) \(rows) \(verb("breaks", "break")) it\(sampleText)"
        case .duplicateValues: return "\(change) would fail: \(amount) \(verb("value is", "values are")) duplicated\(sampleText)"
        case .orphanedRows: return "\(change) would fail: \(amount) \(rows) \(verb("references", "reference")) no row\(sampleText)"
        case .valuesTooLong: return "\(change) would fail: \(amount) \(rows) \(verb("holds a longer value", "hold longer values"))\(sampleText)"
        case .valuesOutOfRange: return "\(change) would fail: \(amount) \(rows) \(verb("holds a value", "hold values")) out of its range\(sampleText)"
        case .enumValuesInUse: return "\(change) would fail: \(amount) \(rows) \(verb("holds", "hold")) a removed value\(sampleText)"
        case .droppedColumnValues: return "\(change) loses \(amount) non-null \(verb("value", "values"))"
        case .droppedTableRows: return "\(change) loses \(amount) \(rows)"
        }
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }
}

/// The findings of a preflight, worst first: changes that would fail, then data that would be lost.
public struct PreflightReport: Sendable, Hashable, CustomStringConvertible {
    /// What the rows would do, changes that would fail first, then data that would be lost.
    public var findings: [PreflightFinding]
    /// Checks that could not run (their query failed), with the reason: the change is not
    /// known to be safe, nor known to fail.
    public var unchecked: [String]

    /// A report of `findings` and of checks that could not run, both empty by default.
    public init(findings: [PreflightFinding] = [], unchecked: [String] = []) {
        self.findings = findings
        self.unchecked = unchecked
    }

    /// The changes existing rows would make fail.
    public var failing: [PreflightFinding] { findings.filter(\.kind.failsChange) }
    /// The changes that would lose data.
    public var losing: [PreflightFinding] { findings.filter { !$0.kind.failsChange } }
    /// Whether every check ran and found nothing.
    public var isEmpty: Bool { findings.isEmpty && unchecked.isEmpty }

    public var description: String {
        (findings.map(\.description) + unchecked.map { "not checked: \($0)" }).joined(separator: "\n")
    }
}

/// One counting query of a preflight, built from a difference without a connection.
public struct PreflightCheck: Sendable, Hashable {
    /// What a count above zero means.
    public var kind: PreflightFinding.Kind
    /// The live table whose rows the query counts.
    public var table: QualifiedName
    /// The column, index or constraint concerned, when there is one.
    public var subject: String?
    /// The change, as the report names it: `set not null on "author"."bio"`.
    public var change: String
    /// Returns one row with one count, stopping at ``Preflight/countLimit`` + 1.
    public var countSQL: String
    /// Returns up to five rows naming offending rows (their keys) or values; `nil` when the
    /// count says it all.
    public var sampleSQL: String?
}

/// Builds the checks of a difference and runs them.
public enum Preflight {
    /// Counting stops here: a preflight reads at most this many rows per check.
    public static let countLimit = 1_000_000

    /// The checks for `difference`, a comparison of `live` with a target, in `dialect`.
    public static func checks(for difference: SchemaDifference, live: DatabaseSchema, dialect: any SQLDialect) -> [PreflightCheck] {
        var builder = CheckBuilder(dialect: dialect, live: live, difference: difference)
        for table in difference.removedTables { builder.droppedTable(table) }
        for table in difference.changedTables { builder.changedTable(table) }
        for change in difference.changedNativeEnums { builder.changedNativeEnum(change) }
        return builder.checks
    }

    /// Runs `checks` through `rows` (one query each, plus one for a sample of what fails).
    public static func run(_ checks: [PreflightCheck], rows: (String) async throws -> [[String?]]) async throws -> PreflightReport {
        var report = PreflightReport()
        for check in checks {
            let count: Int
            do {
                guard let text = try await rows(check.countSQL).first?.first ?? nil, let value = Int(text) else {
                    report.unchecked.append("\(check.change): the count query returned no number")
                    continue
                }
                count = value
            } catch let error as CancellationError {
                throw error
            } catch {
                report.unchecked.append("\(check.change): \((error as? SchemaError)?.message ?? "\(error)")")
                continue
            }
            guard count > 0 else { continue }
            var finding = PreflightFinding(kind: check.kind, table: check.table, subject: check.subject, change: check.change,
                                           count: min(count, countLimit), isCapped: count > countLimit)
            if let sampleSQL = check.sampleSQL, check.kind.failsChange {
                finding.sample = (try? await rows(sampleSQL))?.map { row in
                    row.count == 1 ? (row[0] ?? "null") : "(" + row.map { $0 ?? "null" }.joined(separator: ", ") + ")"
                } ?? []
            }
            report.findings.append(finding)
        }
        report.findings.sort { ($0.kind.failsChange ? 0 : 1) < ($1.kind.failsChange ? 0 : 1) }
        return report
    }
}
