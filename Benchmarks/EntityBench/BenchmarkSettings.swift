import Foundation
import SchemaKitCore

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
        seed = try Self.number(in: environment, "SCHEMAKIT_BENCH_SEED", minimum: 0 as UInt64) ?? seed
    }

    /// The whole number `name` holds, surrounding spaces aside; `nil` when it is not set.
    private static func number<Number: FixedWidthInteger>(
        in environment: [String: String], _ name: String, minimum: Number
    ) throws -> Number? {
        guard let raw = environment[name] else { return nil }
        guard let value = Number(raw.trimmingCharacters(in: .whitespaces)), value >= minimum else {
            throw SchemaError(.invalidConfiguration, "\(name) must be a whole number from \(minimum), not '\(raw)'")
        }
        return value
    }
}
