import Foundation
import SchemaKitTestFixtures
import Testing

/// A built executable run as a subprocess, its output captured.
struct Subprocess {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
        var errorLines: [String] { standardError.split(separator: "\n").map(String.init) }
    }

    /// Where `swift build` put the executables: beside the test bundle.
    static let directory: URL = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundle, bundle.deletingLastPathComponent(),
                          URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                              .deletingLastPathComponent().appendingPathComponent(".build/debug")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("blog").path) } ?? bundle
    }()

    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                    in directory: URL = FileManager.default.temporaryDirectory) async throws -> Result {
        try await runAbsolute(Self.directory.appendingPathComponent(executable).path, arguments, environment: environment, in: directory)
    }

    static func runAbsolute(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                            in directory: URL = FileManager.default.temporaryDirectory) async throws -> Result {
        try await blockingWait { try runWaiting(executable, arguments, environment: environment, in: directory) }
    }

    private static func runWaiting(_ executable: String, _ arguments: [String], environment: [String: String],
                                   in directory: URL) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var base = ProcessInfo.processInfo.environment
        base["DATABASE_URL"] = nil
        base["SCHEMAKIT_CLI_VERBOSE"] = nil
        process.environment = base.merging(environment) { _, new in new }
        // Files rather than pipes: a full pipe would block the child.
        let id = UUID().uuidString
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("sk-out-\(id)")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("sk-err-\(id)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      standardOutput: try String(contentsOf: out, encoding: .utf8),
                      standardError: try String(contentsOf: err, encoding: .utf8))
    }
}
