import Foundation
import SchemaKitCore
import SchemaKitSQLite
import Testing

/// A SQLite path whose file is not a database is an error on either side of a diff, never an
/// empty schema (which would plan to drop every table), and the file is left as it was.
@Suite("SQLite files that are not databases")
struct SQLiteFileFaultTests {
    enum Fault: String, CaseIterable, CustomTestStringConvertible {
        case empty, text, shortHeader, truncated, damaged

        var testDescription: String { rawValue }

        /// A file of this kind, made from `database` (a real database of several pages).
        func make(from database: [UInt8], at path: String) throws {
            let bytes: [UInt8]
            switch self {
            case .empty: bytes = []
            case .text: bytes = Array("id,name\n1,Ada\n2,Grace\n".utf8)
            case .shortHeader: bytes = Array(database.prefix(40))
            case .truncated: bytes = Array(database.prefix(database.count / 2 + 100))
            case .damaged:
                // Cut after the second page, with a header whose page count SQLite may not trust
                // (the "version valid for" number no longer matches the change counter): only
                // SQLite itself finds out, when it reads a page that is not there.
                var cut = Array(database.prefix(8192))
                cut[95] &+= 1
                bytes = cut
            }
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        }

        /// What the error says about the file at `path`, the whole line when it is fixed.
        func expectedError(_ path: String, size: Int, database: [UInt8]) -> String {
            switch self {
            case .empty: "error: '\(path)' is empty (0 bytes), not a SQLite database"
            case .text: "error: '\(path)' is not a SQLite database: it does not start with the header 'SQLite format 3' (\(size) bytes)"
            case .shortHeader: "error: '\(path)' is truncated: 40 bytes, shorter than the 100-byte SQLite header"
            case .truncated:
                "error: '\(path)' is truncated: its header counts \(database.count / 4096) pages of 4096 bytes "
                    + "(\(database.count) bytes) but the file has \(size) bytes"
            case .damaged: "error: SQLite database '\(path)' is damaged: database disk image is malformed"
            }
        }
    }

    /// A real database: enough tables that its catalog spans several 4 KiB pages.
    static func realDatabase() async throws -> (path: String, bytes: [UInt8]) {
        let path = try await SchemaKitToolTests.sqlite((0..<120).map { index in
            "create table \"table_\(index)\" (\"id\" integer not null primary key autoincrement, \"a_long_column_name_\(index)\" text not null)"
        })
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        return (path, bytes)
    }

    static func badPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sk-bad-\(UUID().uuidString).db").path
    }

    @Test("diff --from or --to a file that is not a database: exit 1, the file named, nothing printed, nothing changed",
          arguments: Fault.allCases)
    func diff(fault: Fault) async throws {
        let (good, database) = try await Self.realDatabase()
        let bad = Self.badPath()
        defer { for path in [good, bad] { try? FileManager.default.removeItem(atPath: path) } }
        try fault.make(from: database, at: bad)
        let badBytes = try Data(contentsOf: URL(fileURLWithPath: bad))
        let expected = fault.expectedError(bad, size: badBytes.count, database: database)
        let sides: [[String]] = [
            ["--from", "sqlite:\(good)", "--to", "sqlite:\(bad)", "--dump"],
            ["--from", "sqlite:\(good)", "--to", "sqlite:\(bad)", "--run"],
            ["--from", "sqlite:\(bad)", "--to", "sqlite:\(good)", "--dump"],
            ["--from", "sqlite:\(bad)", "--to", "sqlite:\(good)", "--run"],
            ["--from", "sqlite:\(bad)", "--to", "sqlite:\(good)", "--check"],
        ]
        for arguments in sides {
            let result = try await Subprocess.run("schemakit", ["diff"] + arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.standardOutput == "", "\(arguments): no plan for an unreadable side")
            #expect(result.errorLines == [expected], "\(arguments)")
        }
        let inspect = try await Subprocess.run("schemakit", ["inspect", "sqlite:\(bad)"])
        #expect(inspect.status == 1)
        #expect(inspect.standardOutput == "")
        #expect(inspect.errorLines == [expected])

        #expect(try Data(contentsOf: URL(fileURLWithPath: bad)) == badBytes, "the bad file is unchanged")
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: good))) == database, "the good database is unchanged")
        for suffix in ["-journal", "-wal", "-shm"] {
            #expect(!FileManager.default.fileExists(atPath: bad + suffix), "nothing left beside it: \(suffix)")
        }
    }

    @Test("the schema commands refuse a file that is not a database, and leave it as it was", arguments: [Fault.empty, .text, .truncated])
    func hostCommands(fault: Fault) async throws {
        let (good, database) = try await Self.realDatabase()
        let bad = Self.badPath()
        defer { for path in [good, bad] { try? FileManager.default.removeItem(atPath: path) } }
        try fault.make(from: database, at: bad)
        let badBytes = try Data(contentsOf: URL(fileURLWithPath: bad))
        let expected = fault.expectedError(bad, size: badBytes.count, database: database)
        for arguments in [["schema:update", "--dump"], ["schema:update", "--run"], ["schema:create", "--run"], ["schema:drop", "--run"]] {
            let result = try await Subprocess.run("blog", arguments, environment: ["DATABASE_URL": "sqlite:\(bad)"])
            #expect(result.status == 1, "\(arguments)")
            #expect(result.standardOutput == "", "\(arguments)")
            #expect(result.errorLines == [expected], "\(arguments)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: bad)) == badBytes)
    }

    @Test("a database created from nothing is a database at once: database:create, then schema:update")
    func createdFromNothing() async throws {
        let path = Self.badPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let environment = ["DATABASE_URL": "sqlite:\(path)"]
        let created = try await Subprocess.run("blog", ["database:create"], environment: environment)
        #expect(created.status == 0, "\(created.standardError)")
        let header = try Data(contentsOf: URL(fileURLWithPath: path)).prefix(16)
        #expect(header == Data("SQLite format 3\0".utf8), "not a 0-byte file SQLite would fill in later")
        let update = try await Subprocess.run("blog", ["schema:update", "--run"], environment: environment)
        #expect(update.status == 0, "\(update.standardError)")
        #expect(update.errorLines == ["Schema successfully updated"])
        let inspect = try await Subprocess.run("schemakit", ["inspect", "sqlite:\(path)"])
        #expect(inspect.status == 0)
        #expect(inspect.standardOutput.contains("create table \"author\""))
    }
}
