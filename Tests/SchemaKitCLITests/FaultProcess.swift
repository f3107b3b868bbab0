import Foundation
import SchemaKitTestFixtures
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An executable run with its standard output and standard error wherever a test puts them (a
/// pipe whose reader goes away, `/dev/full`), and a deadline, so a hang fails instead of waiting.
struct FaultProcess {
    struct Outcome {
        var status: Int32
        /// `.exit`, or `.uncaughtSignal` for a crash (a trap is `SIGILL`, a closed pipe `SIGPIPE`).
        var reason: Process.TerminationReason
        var elapsed: Duration
        var exitedNormally: Bool { reason == .exit }
    }

    /// A pipe for a child's standard output, both ends closed on exec so no other child started
    /// meanwhile keeps a reader open.
    struct OutputPipe {
        let readEnd: Int32
        let writeEnd: Int32

        init() throws {
            var descriptors: [Int32] = [0, 0]
            // pipe2(O_CLOEXEC) is not imported from Glibc; a child another test starts in between
            // would only hold the ends until it exits.
            guard pipe(&descriptors) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
            for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
            readEnd = descriptors[0]
            writeEnd = descriptors[1]
        }

        /// Reads up to and including the first newline (or what came before the writer closed).
        func readLine() -> String {
            var bytes: [UInt8] = []
            var byte: UInt8 = 0
            while read(readEnd, &byte, 1) == 1 {
                bytes.append(byte)
                if byte == UInt8(ascii: "\n") { break }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Starts `executable` (built beside the tests) with the handles given, calls `afterLaunch`
    /// (close a pipe's ends there), then waits at most `timeout`; a child still running then is
    /// killed and the test fails.
    static func run(
        _ executable: String, _ arguments: [String], standardOutput: FileHandle, standardError: FileHandle,
        environment: [String: String] = [:], timeout: Duration = .seconds(30), afterLaunch: () -> Void = {}
    ) async throws -> Outcome {
        let process = Process()
        process.executableURL = Subprocess.directory.appendingPathComponent(executable)
        process.arguments = arguments
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        var base = ProcessInfo.processInfo.environment
        base["DATABASE_URL"] = nil
        base["SCHEMAKIT_CLI_VERBOSE"] = nil
        process.environment = base.merging(environment) { _, new in new }
        process.standardOutput = standardOutput
        process.standardError = standardError
        process.standardInput = FileHandle.nullDevice
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        afterLaunch()
        while process.isRunning {
            if clock.now - start > timeout {
                process.terminate()
                Issue.record("\(executable) \(arguments.joined(separator: " ")) still ran after \(timeout)")
                break
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        await process.exited()
        return Outcome(status: process.terminationStatus, reason: process.terminationReason, elapsed: clock.now - start)
    }

    /// A handle on `/dev/full`, where every write fails with `ENOSPC`.
    static func full() throws -> FileHandle {
        try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
    }

    static var hasDevFull: Bool { FileManager.default.fileExists(atPath: "/dev/full") }

    /// A scratch file for captured output, and a handle writing to it.
    struct Capture {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sk-fault-\(UUID().uuidString)")
        let handle: FileHandle

        init() throws {
            _ = FileManager.default.createFile(atPath: url.path, contents: nil)
            handle = try FileHandle(forWritingTo: url)
        }

        var text: String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }

        func remove() {
            try? handle.close()
            try? FileManager.default.removeItem(at: url)
        }
    }
}
