import Foundation
import Logging
import SchemaKitCore
import SchemaKitMySQL
import SchemaKitPostgres
import SchemaKitSQLite
import Testing

/// The DDL corpus (`Tests/Corpus/<engine>/*.sql`): schema changes written by hand from the
/// engines' documentation, each run as a user runs `schemakit diff`:
///
/// 1. database A from the case's `from` DDL and `rows`, database D from its `to` DDL;
/// 2. A is made to match D (introspect both, plan, apply), then read again: it must equal D,
///    and a second plan must be empty;
/// 3. the way back: A is made to match a fresh database from `from`, and checked the same way;
/// 4. after each step the engine's own definitions of both databases (``CatalogFingerprint``)
///    are equal too, so a clause SchemaKit drops on both sides cannot pass as a match;
/// 5. every table on both sides keeps its rows, at every step.
///
/// The run prints the pass rate per engine and the failing cases by feature. A case that fails
/// and is not listed in `Tests/Corpus/known-failures.txt` fails the test, as does any lost row,
/// listed or not; a listed case that passes is reported so the list only shrinks.
/// `SCHEMAKIT_CORPUS_VERBOSE=1` prints every failure's details, `SCHEMAKIT_CORPUS_CASE` runs
/// the cases whose name contains it.
@Suite("DDL corpus: hand-written changes converge on live databases", .serialized)
struct CorpusTests {
    /// `Tests/Corpus`, or `SCHEMAKIT_CORPUS_DIR` to try cases kept elsewhere.
    static let root = ProcessInfo.processInfo.environment["SCHEMAKIT_CORPUS_DIR"].map(URL.init(fileURLWithPath:))
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")

    @Test("every case converges, re-checks clean, goes back, and keeps its rows", arguments: EvolutionTests.engines)
    func corpus(engine: EvolutionTests.Engine) async throws {
        let cases = try CorpusCase.load(from: Self.root.appendingPathComponent(engine.rawValue))
        try #require(!cases.isEmpty, "no corpus cases for \(engine) under \(Self.root.path)")
        let known = try CorpusCase.knownFailures(in: Self.root.appendingPathComponent("known-failures.txt"), engine: engine.rawValue)
        let filter = ProcessInfo.processInfo.environment["SCHEMAKIT_CORPUS_CASE"]
        var outcomes: [(CorpusCase, CorpusOutcome)] = []
        let databases = try await CorpusDatabases.open(engine)
        do {
            for corpusCase in cases where filter.map({ corpusCase.name.contains($0) }) ?? true {
                outcomes.append((corpusCase, await corpusCase.run(on: databases)))
            }
            try await databases.close()
        } catch {
            try? await databases.close()
            throw error
        }

        let failures = outcomes.filter { !$0.1.converged }
        let passed = outcomes.count - failures.count
        let rate = outcomes.isEmpty ? 0 : Double(passed) / Double(outcomes.count) * 100
        var report = "corpus \(engine): \(passed) of \(outcomes.count) converge (\(String(format: "%.1f", rate))%)"
        for (feature, group) in Dictionary(grouping: failures, by: { $0.0.feature }).sorted(by: { $0.key < $1.key }) {
            report += "\n  \(feature): " + group.map { "\($0.0.name) [\($0.1.stage)]" }.joined(separator: ", ")
        }
        print(report)
        if ProcessInfo.processInfo.environment["SCHEMAKIT_CORPUS_VERBOSE"] == "1" {
            for (corpusCase, outcome) in failures { print("corpus \(engine) \(corpusCase.name) at \(outcome.stage):\n\(outcome.detail)") }
        }

        for (corpusCase, outcome) in outcomes {
            if !outcome.lostRows.isEmpty {
                Issue.record("\(engine) \(corpusCase.name): rows lost: \(outcome.lostRows.joined(separator: "; "))")
            }
            if !outcome.converged, !known.contains(corpusCase.name) {
                Issue.record("""
                    \(engine) \(corpusCase.name) (\(corpusCase.title)) fails at \(outcome.stage) and is not a known failure \
                    (SCHEMAKIT_CORPUS_CASE=\(corpusCase.name)):
                    \(outcome.detail)
                    """)
            }
            if outcome.converged, known.contains(corpusCase.name) {
                print("corpus \(engine): \(corpusCase.name) now passes; take it out of known-failures.txt")
            }
        }
    }
}

/// One file of the corpus.
struct CorpusCase: Sendable {
    var name: String
    var title: String
    var feature: String
    var from: String
    var rows: String
    var to: String

    static func load(from directory: URL) throws -> [CorpusCase] {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".sql") }.sorted()
        return try files.map { file in
            try CorpusCase(name: String(file.dropLast(4)), text: String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8))
        }
    }

    /// `engine/name` lines of `known-failures.txt` (anything after `#` is a comment).
    static func knownFailures(in file: URL, engine: String) throws -> Set<String> {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        var names: Set<String> = []
        for line in text.split(separator: "\n") {
            let entry = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmed()
            guard entry.hasPrefix(engine + "/") else { continue }
            names.insert(String(entry.dropFirst(engine.count + 1)))
        }
        return names
    }

    init(name: String, text: String) throws {
        self.name = name
        var sections: [String: [Substring]] = [:]
        var current: String?
        var title = "", feature = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmed()
            if trimmed.hasPrefix("-- title:") { title = String(trimmed.dropFirst(9)).trimmed(); continue }
            if trimmed.hasPrefix("-- feature:") { feature = String(trimmed.dropFirst(11)).trimmed(); continue }
            if ["-- from", "-- rows", "-- to"].contains(trimmed) {
                current = String(trimmed.dropFirst(3))
                continue
            }
            if let current { sections[current, default: []].append(line) }
        }
        guard let from = sections["from"], let to = sections["to"] else {
            throw SchemaError(.invalidConfiguration, "corpus case \(name) needs a '-- from' and a '-- to' section")
        }
        self.title = title
        self.feature = feature.isEmpty ? "unclassified" : feature
        self.from = from.joined(separator: "\n")
        self.rows = sections["rows"]?.joined(separator: "\n") ?? ""
        self.to = to.joined(separator: "\n")
    }

    /// Runs the case; never throws: whatever fails is the outcome.
    func run(on databases: CorpusDatabases) async -> CorpusOutcome {
        var outcome = CorpusOutcome()
        do {
            try await databases.reset()
            outcome.stage = "setup"
            try await databases.run(from + "\n" + rows, on: databases.a)
            try await databases.run(to, on: databases.d)
            try await databases.run(from, on: databases.original)
            try await converge(databases.a, to: databases.d, step: "to D", databases: databases, outcome: &outcome)
            try await converge(databases.a, to: databases.original, step: "back to A", databases: databases, outcome: &outcome)
            outcome.converged = outcome.lostRows.isEmpty
        } catch {
            outcome.detail = "\(error)" + (outcome.script.isEmpty || outcome.stage.hasPrefix("engine check") ? "" : "\nscript:\n\(outcome.script)")
        }
        return outcome
    }

    /// Makes `database` match `target`, then checks it does and that rows stayed.
    private func converge(
        _ database: any SchemaDatabase, to target: any SchemaDatabase, step: String, databases: CorpusDatabases,
        outcome: inout CorpusOutcome
    ) async throws {
        let dialect = database.dialect
        let wanted = try await databases.generator(target).introspect()
        let generator = databases.generator(database)
        let live = try await generator.introspect()
        let counts = try await databases.rowCounts(live, on: database)
        outcome.stage = "plan \(step)"
        let script = try SchemaGenerator.updateScript(from: live, to: wanted, dialect: dialect)
        outcome.script = script.text
        outcome.stage = "apply \(step)"
        try await generator.execute(script)
        outcome.stage = "check \(step)"
        let updated = try await generator.introspect()
        let difference = try SchemaComparator.compare(from: updated, to: wanted, dialect: dialect)
        let second = try SchemaGenerator.updateScript(from: updated, to: wanted, dialect: dialect)
        guard difference.isEmpty, second.isEmpty else {
            throw SchemaError(.statementFailed, "still differs after the update:\n\(difference)\nsecond script:\n\(second.text)")
        }
        outcome.stage = "engine check \(step)"
        let engineSays = CatalogFingerprint.difference(try await CatalogFingerprint.read(database), try await CatalogFingerprint.read(target))
        guard engineSays.isEmpty else {
            throw SchemaError(.statementFailed, "SchemaKit sees no difference, the engine's own definitions do:\n"
                              + engineSays.joined(separator: "\n") + "\nscript was:\n\(script.text)")
        }
        let after = try await databases.rowCounts(updated, on: database)
        for (table, count) in counts.sorted(by: { $0.key < $1.key }) {
            guard let now = after[table] else { continue }
            if now != count { outcome.lostRows.append("\(table): \(count) → \(now) (\(step))") }
        }
        outcome.script = ""
    }
}

struct CorpusOutcome: Sendable {
    var converged = false
    var stage = "setup"
    var detail = ""
    var script = ""
    var lostRows: [String] = []
}

/// The three databases a case needs on one engine: A (changed), D (the target) and the
/// original (A again, for the way back); emptied between cases.
struct CorpusDatabases: Sendable {
    var a: any SchemaDatabase
    var d: any SchemaDatabase
    var original: any SchemaDatabase
    var reset: @Sendable () async throws -> Void
    var close: @Sendable () async throws -> Void

    func generator(_ database: any SchemaDatabase) -> SchemaGenerator {
        SchemaGenerator(SchemaConfiguration(schemas: [], database: .dialect(database.dialect)), database: database)
    }

    /// Runs hand-written SQL statement by statement, as a client would.
    func run(_ sql: String, on database: any SchemaDatabase) async throws {
        let statements = SQLScriptSplitter.split(sql, rules: database.dialect.lexicalRules)
            .map { SQLStatement(unsafeSQL: $0, kind: .alterTable) }
        try await database.execute(statements, transactional: false)
    }

    /// Rows per table (qualified name), one query for all tables.
    func rowCounts(_ schema: DatabaseSchema, on database: any SchemaDatabase) async throws -> [String: Int] {
        guard !schema.tables.isEmpty else { return [:] }
        let dialect = database.dialect
        let textType = dialect.id == .mySQL || dialect.id == .mariaDB ? "char" : "text"
        // `only`: a PostgreSQL parent table's count would include its children's rows.
        let only = dialect.id == .postgreSQL ? "only " : ""
        let selects = schema.tables.map { table in
            dialect.sql("select \(literal: table.qualifiedName.description), cast(count(*) as \(raw: textType)) from \(raw: only)\(table: table.qualifiedName)")
        }
        let rows = try await database.rows(selects.joined(separator: " union all "))
        return Dictionary(rows.compactMap { row in
            guard let name = row.first ?? nil, let count = row.last.flatMap({ $0 }).flatMap(Int.init) else { return nil }
            return (name, count)
        }, uniquingKeysWith: { first, _ in first })
    }

    static func open(_ engine: EvolutionTests.Engine) async throws -> CorpusDatabases {
        let logger = Logger(label: "schemakit.test.corpus")
        let names = ["a", "d", "o"].map { "schemakit_c\($0)_\(UUID().uuidString.prefix(8).lowercased())" }
        switch engine {
        case .sqlite:
            let paths = names.map { FileManager.default.temporaryDirectory.appendingPathComponent("\($0).sqlite").path }
            var databases: [SQLiteSchemaDatabase] = []
            for path in paths { databases.append(try await SQLiteSchemaDatabase.open(path: path)) }
            let all = databases
            return CorpusDatabases(a: all[0], d: all[1], original: all[2], reset: {
                for database in all {
                    let objects = try await database.rows(
                        "select type, name from sqlite_master where type in ('table', 'view') and name not like 'sqlite_%'")
                    let dialect = database.dialect
                    let drops = objects.compactMap { row -> SQLStatement? in
                        guard let type = row[0], let name = row[1] else { return nil }
                        return SQLStatement(unsafeSQL: "drop \(type) \(dialect.quoteIdentifier(name))", kind: .dropTable)
                    }
                    try await database.execute([SQLStatement(unsafeSQL: "pragma foreign_keys = off", kind: .session)] + drops
                                               + [SQLStatement(unsafeSQL: "pragma foreign_keys = on", kind: .session)], transactional: true)
                }
            }, close: {
                for database in all { try await database.close() }
                for path in paths { try? FileManager.default.removeItem(atPath: path) }
            })
        case .postgresql:
            let base = try DatabaseURL(try #require(postgresURL))
            var databases: [PostgresSchemaDatabase] = []
            for name in names {
                try await PostgresConnector(url: base.withDatabase(name)).createDatabase(logger: logger, managementDatabase: base.database)
                databases.append(try await PostgresSchemaDatabase.connect(base.withDatabase(name)))
            }
            let all = databases
            return CorpusDatabases(a: all[0], d: all[1], original: all[2], reset: {
                for database in all {
                    let schemas = try await database.rows("""
                        select nspname::text from pg_namespace where nspname not in ('pg_catalog', 'information_schema', 'pg_toast') \
                        and nspname not like 'pg_temp%' and nspname not like 'pg_toast_temp%'
                        """).compactMap { $0.first ?? nil }
                    let dialect = database.dialect
                    try await database.execute(schemas.map { SQLStatement(unsafeSQL: "drop schema \(dialect.quoteIdentifier($0)) cascade", kind: .dropNamespace) }
                                               + [SQLStatement(unsafeSQL: "create schema public", kind: .createNamespace)], transactional: true)
                }
            }, close: {
                for database in all { try await database.close() }
                for name in names {
                    try await PostgresConnector(url: base.withDatabase(name)).dropDatabase(logger: logger, managementDatabase: base.database)
                }
            })
        case .mariadb:
            let base = try DatabaseURL(try #require(mysqlURL))
            var databases: [MySQLSchemaDatabase] = []
            for name in names {
                let url = base.withDatabase(name)
                try await MySQLConnector(url: url).createDatabase(logger: logger, managementDatabase: nil)
                databases.append(try await MySQLSchemaDatabase.connect(url: url, logger: logger))
            }
            let all = databases
            return CorpusDatabases(a: all[0], d: all[1], original: all[2], reset: {
                for (database, name) in zip(all, names) {
                    let quoted = MySQLDialect().quoteIdentifier(name)
                    try await database.execute([
                        SQLStatement(unsafeSQL: "drop database \(quoted)", kind: .dropDatabase),
                        SQLStatement(unsafeSQL: "create database \(quoted) default character set utf8mb4 collate utf8mb4_general_ci",
                                     kind: .createDatabase),
                        SQLStatement(unsafeSQL: "use \(quoted)", kind: .session),
                    ], transactional: false)
                }
            }, close: {
                for database in all { try await database.close() }
                for name in names { try await MySQLConnector(url: base.withDatabase(name)).dropDatabase(logger: logger, managementDatabase: nil) }
            })
        }
    }
}
