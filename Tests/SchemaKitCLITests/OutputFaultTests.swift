import Foundation
import SchemaKitCore
import SchemaKitSQLite
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output that cannot be written: a reader that goes away (`| head -1`), a full disk
/// (`/dev/full`). Never a crash, and never a committed update that exits with a failure.
@Suite("output faults: closed pipes and full disks")
struct OutputFaultTests {
    /// A SQLite file with `count` tables, each a line of `inspect` output of about 150 bytes.
    static func database(tables count: Int) async throws -> String {
        let statements = (0..<count).map { index in
            "create table \"table_\(index)\" (\"id\" integer not null primary key autoincrement, "
                + "\"a_fairly_long_column_name\" text not null, \"another_fairly_long_column_name\" text null)"
        }
        return try await SchemaKitToolTests.sqlite(statements)
    }

    /// `--from` with a table holding rows, `--to` with one more column and one more table.
    static func diffPair() async throws -> (from: String, to: String) {
        let from = try await SchemaKitToolTests.sqlite(["create table \"note\" (\"id\" integer not null primary key autoincrement, \"body\" text not null)"])
        let database = try await SQLiteSchemaDatabase.open(path: from)
        try await database.execute([SQLStatement(unsafeSQL: "insert into \"note\" (\"body\") values ('one'), ('two'), ('three')", kind: .copyRows)],
                                   transactional: true)
        try await database.close()
        let to = try await SchemaKitToolTests.sqlite([
            "create table \"note\" (\"id\" integer not null primary key autoincrement, \"body\" text not null, \"title\" text null)",
            "create table \"tag\" (\"id\" integer not null primary key autoincrement)",
        ])
        return (from, to)
    }

    static func rows(_ path: String, _ sql: String) async throws -> [[String?]] {
        let database = try await SQLiteSchemaDatabase.open(path: path)
        let rows = try await database.rows(sql)
        try await database.close()
        return rows
    }

    static func tables(_ path: String) async throws -> [String] {
        try await rows(path, "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").compactMap { $0.first ?? nil }
    }

    @Test("inspect | head -1: the reader goes away mid-output; exit 0, nothing on stderr, no crash")
    func readerLeavesMidOutput() async throws {
        // Far more than a pipe buffer (64 KiB on Linux), so the writer is blocked when the reader leaves.
        let path = try await Self.database(tables: 1500)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pipe = try FaultProcess.OutputPipe()
        let error = try FaultProcess.Capture()
        defer { error.remove() }
        var first = ""
        let outcome = try await FaultProcess.run("schemakit", ["inspect", "sqlite:\(path)"],
                                           standardOutput: FileHandle(fileDescriptor: pipe.writeEnd, closeOnDealloc: false),
                                           standardError: error.handle) {
            close(pipe.writeEnd)
            first = pipe.readLine()
            close(pipe.readEnd)
        }
        #expect(first.hasPrefix("create table \"table_0\""), "\(first)")
        #expect(outcome.exitedNormally, "killed by signal \(outcome.status)")
        #expect(outcome.status == 0)
        #expect(error.text == "")
        #expect(outcome.elapsed < .seconds(15))
    }

    @Test("a reader that is gone before anything is written: exit 0, quietly", arguments: [
        ["inspect", "--format", "json"], ["inspect"], ["--help"], ["diff", "--help"],
    ])
    func readerGoneBeforeWriting(arguments: [String]) async throws {
        let path = try await Self.database(tables: 3)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pipe = try FaultProcess.OutputPipe()
        let error = try FaultProcess.Capture()
        defer { error.remove() }
        let url = arguments.first == "inspect" ? ["sqlite:\(path)"] : []
        let outcome = try await FaultProcess.run("schemakit", arguments + url,
                                           standardOutput: FileHandle(fileDescriptor: pipe.writeEnd, closeOnDealloc: false),
                                           standardError: error.handle) {
            close(pipe.writeEnd)
            close(pipe.readEnd)
        }
        #expect(outcome.exitedNormally, "killed by signal \(outcome.status)")
        #expect(outcome.status == 0)
        #expect(error.text == "")
    }

    @Test("diff --dump --run with the reader gone: the change is finished and exits 0")
    func readerGoneDuringDumpAndRun() async throws {
        let (from, to) = try await Self.diffPair()
        defer { for path in [from, to] { try? FileManager.default.removeItem(atPath: path) } }
        let pipe = try FaultProcess.OutputPipe()
        let error = try FaultProcess.Capture()
        defer { error.remove() }
        let outcome = try await FaultProcess.run("schemakit", ["diff", "--from", "sqlite:\(from)", "--to", "sqlite:\(to)", "--dump", "--run"],
                                           standardOutput: FileHandle(fileDescriptor: pipe.writeEnd, closeOnDealloc: false),
                                           standardError: error.handle) {
            close(pipe.writeEnd)
            close(pipe.readEnd)
        }
        #expect(outcome.exitedNormally)
        #expect(outcome.status == 0)
        #expect(error.text == "Database updated\n")
        #expect(try await Self.tables(from) == ["note", "tag"])
        #expect(try await Self.rows(from, "select count(*) from \"note\"") == [["3"]])
    }

    @Test("diff --run with standard error on /dev/full: committed, exit 0",
          .enabled(if: FaultProcess.hasDevFull, "no /dev/full"))
    func fullStandardErrorAfterCommit() async throws {
        let (from, to) = try await Self.diffPair()
        defer { for path in [from, to] { try? FileManager.default.removeItem(atPath: path) } }
        let output = try FaultProcess.Capture()
        defer { output.remove() }
        let outcome = try await FaultProcess.run("schemakit", ["diff", "--from", "sqlite:\(from)", "--to", "sqlite:\(to)", "--run"],
                                           standardOutput: output.handle, standardError: try FaultProcess.full())
        #expect(outcome.exitedNormally, "killed by signal \(outcome.status)")
        #expect(outcome.status == 0)
        #expect(output.text == "")
        #expect(try await Self.tables(from) == ["note", "tag"])
        #expect(try await Self.rows(from, "select \"body\", \"title\" from \"note\" order by \"id\"") == [["one", nil], ["two", nil], ["three", nil]])
    }

    @Test("blog schema:create --run and schema:update --run with standard error on /dev/full: exit 0",
          .enabled(if: FaultProcess.hasDevFull, "no /dev/full"))
    func fullStandardErrorInTheHost() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sk-fault-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("blog.sqlite").path
        let environment = ["DATABASE_URL": "sqlite:\(path)"]
        for arguments in [["schema:create", "--run"], ["schema:update", "--run"]] {
            let outcome = try await FaultProcess.run("blog", arguments, standardOutput: FileHandle.nullDevice,
                                               standardError: try FaultProcess.full(), environment: environment)
            #expect(outcome.exitedNormally, "\(arguments): killed by signal \(outcome.status)")
            #expect(outcome.status == 0, "\(arguments)")
        }
        #expect(try await Self.tables(path).contains("author"))
    }

    @Test("a dump to /dev/full: exit 1 with the cause on stderr, nothing changed", .enabled(if: FaultProcess.hasDevFull, "no /dev/full"))
    func fullStandardOutput() async throws {
        let (from, to) = try await Self.diffPair()
        defer { for path in [from, to] { try? FileManager.default.removeItem(atPath: path) } }
        let commands: [(String, [String])] = [
            ("schemakit", ["inspect", "sqlite:\(to)"]),
            ("schemakit", ["inspect", "sqlite:\(to)", "--format", "json"]),
            ("schemakit", ["diff", "--from", "sqlite:\(from)", "--to", "sqlite:\(to)", "--dump"]),
            // The dump comes first and fails, so nothing is run: a failure exit, nothing committed.
            ("schemakit", ["diff", "--from", "sqlite:\(from)", "--to", "sqlite:\(to)", "--dump", "--run"]),
            ("schemakit", ["--help"]),
            ("blog", ["schema:create", "--dump"]),
        ]
        for (executable, arguments) in commands {
            let error = try FaultProcess.Capture()
            defer { error.remove() }
            let outcome = try await FaultProcess.run(executable, arguments, standardOutput: try FaultProcess.full(), standardError: error.handle,
                                               environment: ["DATABASE_URL": "sqlite:\(from)"])
            #expect(outcome.exitedNormally, "\(arguments): killed by signal \(outcome.status)")
            #expect(outcome.status == 1, "\(arguments)")
            #expect(error.text == "error: cannot write to standard output: \(String(cString: strerror(ENOSPC)))\n", "\(arguments)")
        }
        #expect(try await Self.tables(from) == ["note"], "--dump --run ran nothing after its dump failed")

        // Both streams full: still exit 1, still no crash.
        let outcome = try await FaultProcess.run("schemakit", ["inspect", "sqlite:\(to)"], standardOutput: try FaultProcess.full(),
                                           standardError: try FaultProcess.full())
        #expect(outcome.exitedNormally)
        #expect(outcome.status == 1)
    }
}
