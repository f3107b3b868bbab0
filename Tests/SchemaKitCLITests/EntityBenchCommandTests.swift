import Foundation
import SchemaKitCore
import Testing

/// The benchmark host (`Benchmarks/EntityBench`) run as a subprocess: the entities it generates
/// are valid, the schema created from them reads back with no difference, and its random changes
/// give an update that converges — on SQLite and on the live servers. A benchmark whose no-op
/// scenario stopped being a no-op would time the wrong thing.
@Suite("entity-bench: the benchmark's entities converge")
struct EntityBenchCommandTests {
    static let targets = ["sqlite"] + BlogCommandTests.liveServerVariables

    @Test("create, check clean; 20 changes: check differs, dump, run, check clean", arguments: targets)
    func converges(target: String) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sk-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url: String
        if target == "sqlite" {
            url = "sqlite:" + directory.appendingPathComponent("bench.sqlite").path
        } else {
            let base = try #require(ProcessInfo.processInfo.environment[target])
            url = urlText(try DatabaseURL(base).withDatabase("schemakit_bench_\(UUID().uuidString.prefix(8).lowercased())"))
        }
        func bench(_ arguments: String..., changes: Int = 0) async throws -> Subprocess.Result {
            try await Subprocess.run("entity-bench", arguments, environment: [
                "DATABASE_URL": url, "SCHEMAKIT_BENCH_TABLES": "150", "SCHEMAKIT_BENCH_MUTATE": "\(changes)",
            ], in: directory)
        }

        let create = try await bench("schema:create", "--run")
        #expect(create.status == 0, "\(create.standardError)")
        let clean = try await bench("schema:update", "--check")
        #expect(clean.status == 0 && clean.errorLines == ["Schema is up-to-date"], "\(clean.standardError)")

        let differs = try await bench("schema:update", "--check", changes: 20)
        #expect(differs.status == 2, "\(differs.standardError)")
        let dump = try await bench("schema:update", "--dump", changes: 20)
        #expect(dump.status == 0 && !dump.standardOutput.isEmpty, "\(dump.standardError)")
        let run = try await bench("schema:update", "--run", changes: 20)
        #expect(run.status == 0, "\(run.standardError)")
        let after = try await bench("schema:update", "--check", changes: 20)
        #expect(after.status == 0 && after.errorLines == ["Schema is up-to-date"], "\(after.standardError)")
    }
}
