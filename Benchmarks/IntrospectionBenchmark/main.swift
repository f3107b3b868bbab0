import Foundation
import Logging
import SchemaKitCore
import SchemaKitMySQL
import SchemaKitPostgres
import SchemaKitSQLite

// Creates 100 and 1,000 tables on each engine and prints how long introspection takes, the
// process's peak memory and how many queries introspection sent.
//
//   scripts/with-servers.sh swift run -c release introspection-benchmark
//
// Engines whose URL is not set (SCHEMAKIT_POSTGRES_URL, SCHEMAKIT_MYSQL_URL) are reported as skipped.

/// Tables with a key, a few typed columns, a unique and a plain index, a check and a
/// foreign key to the previous table: the objects introspection has to read.
func statements(tables: Int, dialect: any SQLDialect) throws -> [SQLStatement] {
    var entities: [EntitySchema] = []
    for index in 0..<tables {
        var properties = [
            PropertySchema(name: "id", type: .integer, primary: true),
            PropertySchema(name: "name", type: .string, length: 80, unique: true),
            PropertySchema(name: "amount", type: .decimal, precision: 10, scale: 2, default: 0, check: "amount >= 0"),
            PropertySchema(name: "createdAt", type: .datetime, index: true),
        ]
        if index > 0 {
            properties.append(PropertySchema(name: "parent", nullable: true, relation: RelationSchema(.manyToOne, target: "T\(index - 1)")))
        }
        entities.append(EntitySchema(name: "T\(index)", properties: properties))
    }
    let generator = SchemaGenerator(SchemaConfiguration(schemas: entities, database: .dialect(dialect)))
    return try generator.createSchemaScript(.init(wrap: false)).statements
}

/// Resets the kernel's peak-RSS mark for this process (Linux: `5` into /proc/self/clear_refs),
/// so each measurement reports its own peak rather than the process's lifetime peak.
func resetPeakMemory() {
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
}

/// The peak resident set size since the last reset, from `VmHWM` in /proc/self/status.
func peakMemoryMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kib = Double(line.split(separator: " ").dropFirst().first ?? "") else { return .nan }
    return kib / 1024
}

func currentMemoryMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
          let kib = Double(line.split(separator: " ").dropFirst().first ?? "") else { return .nan }
    return kib / 1024
}

struct Engine {
    var name: String
    var open: () async throws -> (any SchemaDatabase, cleanup: () async throws -> Void)
}

func measure(_ engine: Engine, tables: Int) async throws {
    let (database, cleanup) = try await engine.open()
    do {
        let create = Date()
        try await database.execute(try statements(tables: tables, dialect: database.dialect), transactional: database.dialect.capabilities.supportsTransactionalDDL)
        let createSeconds = Date().timeIntervalSince(create)
        let queriesBefore = await database.queryCount
        let baseline = currentMemoryMiB()
        resetPeakMemory()
        let start = Date()
        let schema = try await database.introspect(.init())
        let seconds = Date().timeIntervalSince(start)
        let queries = await database.queryCount - queriesBefore
        let columns = schema.tables.reduce(0) { $0 + $1.columns.count }
        let peak = peakMemoryMiB()
        print(engine.name.padding(toLength: 11, withPad: " ", startingAt: 0) + String(
            format: "%5d tables %6d columns   introspection %8.1f ms   %d queries   peak RSS %6.1f MiB (+%5.1f MiB over %6.1f at start)   create %5.1f s",
            schema.tables.count, columns, seconds * 1000, queries, peak, max(0, peak - baseline), baseline, createSeconds))
        try await database.close()
        try await cleanup()
    } catch {
        try? await database.close()
        try? await cleanup()
        throw error
    }
}

let environment = ProcessInfo.processInfo.environment
var engines: [Engine] = [
    Engine(name: "sqlite") {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("schemakit-bench-\(UUID().uuidString).sqlite").path
        let database = try await SQLiteSchemaDatabase.open(path: path)
        return (database, { try FileManager.default.removeItem(atPath: path) })
    },
]
for (name, key) in [("postgresql", "SCHEMAKIT_POSTGRES_URL"), ("mariadb", "SCHEMAKIT_MYSQL_URL")] {
    guard let text = environment[key] else {
        print("\(name): skipped, \(key) is not set")
        continue
    }
    engines.append(Engine(name: name) {
        let base = try DatabaseURL(text)
        let url = base.withDatabase("schemakit_bench_\(UUID().uuidString.prefix(8).lowercased())")
        let connector: any SchemaDatabaseConnector = base.scheme == .postgres ? PostgresConnector(url: url) : try MySQLConnector(url: url)
        let logger = Logger(label: "benchmark")
        try await connector.createDatabase(logger: logger, managementDatabase: base.database)
        let database = try await connector.connect(logger: logger)
        return (database, { try await connector.dropDatabase(logger: logger, managementDatabase: base.database) })
    })
}

do {
    for engine in engines {
        for tables in [100, 1_000] {
            try await measure(engine, tables: tables)
        }
    }
} catch {
    FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
    exit(1)
}
