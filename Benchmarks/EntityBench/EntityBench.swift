import Foundation
import SchemaKitCLI
import SchemaKitCore
import SchemaKitMySQL
import SchemaKitPostgres
import SchemaKitSQLite

// entity-bench: an application with N application-like entities, declared with SchemaKit's plain
// value API (no macros), that hosts the schema commands, so that `schema:update --dump` over
// thousands of entities can be timed as a whole process: building and validating the entities,
// reading the database, comparing and rendering. The tables have the shape of the shared
// benchmark generator (../shared/bench/gen_schema.py); see BenchmarkModel.swift.
//
// Environment:
//   DATABASE_URL             the database: sqlite:entity-bench.sqlite by default, or a
//                            postgres://, mysql:// or mariadb:// URL
//   SCHEMAKIT_BENCH_TABLES   how many tables (default 100)
//   SCHEMAKIT_BENCH_SEED     the seed they are drawn from (default 42)
//   SCHEMAKIT_BENCH_MUTATE   K > 0 makes K random changes to them afterwards (default 0): columns and
//                            tables added and dropped, varchars widened, indexes added and dropped,
//                            foreign key delete rules changed
//
// Create the database from the unchanged entities, once per size (schema:fresh creates a missing
// database, and drops and recreates the tables of an existing one):
//
//   swift build -c release --product entity-bench
//   DATABASE_URL=postgres://user:pass@127.0.0.1:5432/bench SCHEMAKIT_BENCH_TABLES=5000 \
//       swift run -c release entity-bench schema:fresh --run
//
// Then time whole processes (the built binary, so no build check is timed): against the same
// entities the update script should be empty; with SCHEMAKIT_BENCH_MUTATE=20 it holds the changes.
//
//   export DATABASE_URL=postgres://user:pass@127.0.0.1:5432/bench SCHEMAKIT_BENCH_TABLES=5000
//   /usr/bin/time -f '%e s  %M KiB' .build/release/entity-bench schema:update --dump >/dev/null
//   SCHEMAKIT_BENCH_MUTATE=20 /usr/bin/time -f '%e s  %M KiB' .build/release/entity-bench schema:update --dump >update.sql
//
// `schema:update --check` exits 0 (up to date) or 2 (differences, listed on standard error), and
// SCHEMAKIT_CLI_VERBOSE=1 logs the queries sent.

/// The benchmark's executable: the generated entities and the database `DATABASE_URL` names.
@main
enum EntityBench: SchemaCommandHost {
    /// Generates the entities the environment asks for (see ``BenchmarkSettings``); called only
    /// once a command needs them, so `--help` generates nothing.
    static func configuration() async throws -> SchemaConfiguration {
        let settings = try BenchmarkSettings(environment: ProcessInfo.processInfo.environment)
        let database = try DatabaseConnectors([.sqlite, .postgreSQL, .mySQL]).configuration(for: settings.databaseURL)
        var model = BenchmarkModel(tableCount: settings.tableCount, seed: settings.seed)
        try model.applyChanges(settings.changeCount)
        return SchemaConfiguration(schemas: model.entitySchemas, database: database)
    }
}

/// What the environment asks for; every variable may be left out.
///
/// ```swift
/// let settings = try BenchmarkSettings(environment: ["SCHEMAKIT_BENCH_TABLES": "5000"])
/// settings.tableCount    // 5000
/// settings.databaseURL   // "sqlite:entity-bench.sqlite"
/// ```
struct BenchmarkSettings: Sendable {
    /// `SCHEMAKIT_BENCH_TABLES`: how many tables to generate, from 1.
    var tableCount = 100
    /// `SCHEMAKIT_BENCH_SEED`: the seed of the tables (and of the changes).
    var seed: UInt64 = 42
    /// `SCHEMAKIT_BENCH_MUTATE`: how many random changes to make after generating; 0 for none.
    var changeCount = 0
    /// `DATABASE_URL`: where the schema lives.
    var databaseURL = "sqlite:entity-bench.sqlite"

    /// Reads the settings from `environment`.
    ///
    /// - Throws: ``SchemaError`` with code ``SchemaError/Code/invalidConfiguration`` naming a
    ///   variable that is not a number in range.
    init(environment: [String: String]) throws {
        if let url = environment["DATABASE_URL"] { databaseURL = url }
        tableCount = try Self.number(in: environment, "SCHEMAKIT_BENCH_TABLES", minimum: 1) ?? tableCount
        changeCount = try Self.number(in: environment, "SCHEMAKIT_BENCH_MUTATE", minimum: 0) ?? changeCount
        if let raw = environment["SCHEMAKIT_BENCH_SEED"] {
            guard let value = UInt64(raw.trimmingCharacters(in: .whitespaces)) else {
                throw SchemaError(.invalidConfiguration, "SCHEMAKIT_BENCH_SEED must be a whole number from 0, not '\(raw)'")
            }
            seed = value
        }
    }

    private static func number(in environment: [String: String], _ name: String, minimum: Int) throws -> Int? {
        guard let raw = environment[name] else { return nil }
        guard let value = Int(raw.trimmingCharacters(in: .whitespaces)), value >= minimum else {
            throw SchemaError(.invalidConfiguration, "\(name) must be a whole number from \(minimum), not '\(raw)'")
        }
        return value
    }
}

// MARK: - The shape

/// How a table's primary key is made.
enum KeyShape: Sendable {
    /// `id`, an auto-increment `bigint`.
    case bigintAutoincrement
    /// `id`, an auto-increment `int`.
    case intAutoincrement
    /// `id`, a UUID the application assigns (no portable default generates one).
    case uuid
    /// `tenant_id` (`bigint`) and `code` (`varchar(32)`).
    case composite
}

/// The facts of the tables' shape, those of the shared generator: names, types, proportions.
enum Vocabulary {
    /// What tables are named after, in turn: table i is `<nouns[i % count]>_<i>`.
    static let nouns: [String] = """
        customer account invoice invoice_line product order order_item shipment payment refund
        address user profile session audit_log tag category article comment attachment warehouse stock
        supplier purchase_order subscription plan coupon review notification message team project task
        milestone sprint document folder permission role api_key webhook event ticket contract employee
        department timesheet expense budget campaign lead opportunity asset device location vehicle
        booking room tenant
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    /// Names for columns of a kind; a name taken in the table gets a suffix (`email_2`).
    static func columnNames(for kind: ColumnKind) -> [String] {
        switch kind {
        case .varchar:
            ["name", "title", "email", "slug", "code", "reference", "external_ref", "city", "country", "phone",
             "label", "sku", "summary", "username", "locale", "source"]
        case .text: ["body", "notes", "description", "address_text", "content", "remarks"]
        case .bool: ["is_active", "is_deleted", "is_public", "verified", "archived", "enabled", "is_default"]
        case .numeric: ["amount", "price", "total", "tax", "discount", "balance", "weight", "rate"]
        case .timestamp:
            ["created_at", "updated_at", "deleted_at", "published_at", "expires_at", "last_seen_at", "processed_at"]
        case .date: ["birth_date", "due_date", "start_date", "end_date", "valid_from", "valid_to"]
        case .json: ["settings", "payload", "attributes", "extra", "metadata", "preferences"]
        case .uuid: ["public_id", "external_uuid", "tracking_id", "correlation_id"]
        case .int: ["quantity", "position", "version", "retries", "sort_order", "level", "score"]
        case .bigint: ["views", "size_bytes", "counter", "sequence_no", "external_num"]
        case .enumeration: enumTypes.map(\.columnName)
        }
    }

    /// How often each kind of ordinary column occurs.
    static let kindWeights: [(ColumnKind, Int)] = [
        (.varchar, 26), (.text, 7), (.bool, 9), (.numeric, 8), (.timestamp, 10), (.date, 5), (.json, 5),
        (.uuid, 4), (.int, 10), (.bigint, 5), (.enumeration, 6),
    ]

    static let varcharLengths = [32, 50, 64, 100, 120, 191, 255]
    /// What a widened `varchar` may become.
    static let widenedVarcharLengths = varcharLengths + [300, 500]
    static let numericSizes: [(precision: Int, scale: Int)] = [(10, 2), (12, 2), (12, 4), (8, 3), (18, 6)]

    /// The six enumerations, ordered by name.
    static let enumTypes: [EnumType] = [
        EnumType(name: "currency_code", columnName: "currency", labels: ["EUR", "USD", "GBP", "JPY", "CHF"]),
        EnumType(name: "order_status", columnName: "status", labels: ["pending", "paid", "shipped", "cancelled", "refunded"]),
        EnumType(name: "payment_method", columnName: "method", labels: ["card", "cash", "transfer", "wallet"]),
        EnumType(name: "priority_level", columnName: "priority", labels: ["low", "medium", "high", "urgent"]),
        EnumType(name: "user_role", columnName: "role", labels: ["admin", "editor", "viewer", "guest"]),
        EnumType(name: "visibility", columnName: "visibility", labels: ["public", "private", "unlisted"]),
    ]

    /// The words comments are made of.
    static let commentWords: [String] = """
        primary record owner reference of the business entity used by billing reports and the nightly \
        export it's kept for audit; see docs
        """.split(separator: " ").map(String.init)

    static let keyShapeWeights: [(KeyShape, Int)] = [
        (.bigintAutoincrement, 62), (.intAutoincrement, 14), (.uuid, 6), (.composite, 18),
    ]
    /// How many foreign keys a table has (none in the first table, which has nothing to reference).
    static let foreignKeyCountWeights: [(Int, Int)] = [(0, 25), (1, 35), (2, 25), (3, 15)]
    /// `on delete` of a foreign key; `set null` only where the column is nullable.
    static let deleteRuleWeights: [(ReferentialAction, Int)] = [(.noAction, 40), (.cascade, 30), (.setNull, 20), (.restrict, 10)]

    /// The kinds of a column a change adds.
    static let addedColumnKinds: [ColumnKind] = [.varchar, .int, .bool, .timestamp, .text, .numeric]
    /// How often each change is made.
    static let changeWeights: [(BenchmarkModel.Change, Int)] = [
        (.addColumn, 3), (.dropColumn, 2), (.widenVarchar, 3), (.addIndex, 2), (.dropIndex, 2),
        (.changeDeleteRule, 2), (.addTable, 1), (.dropTable, 1),
    ]
}
