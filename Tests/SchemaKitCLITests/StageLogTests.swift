import Foundation
import Logging
@testable import SchemaKitCLI
import Testing

/// `SCHEMAKIT_CLI_VERBOSE=1`'s stage lines: when a stage ended, and the memory peak by then.
@Suite("Stage log")
struct StageLogTests {
    @Test("the peak memory is the process's high-water mark: it does not fall, and rises with memory touched",
          .enabled(if: StageLog.peakMemory() != nil, "no /proc/self/status here"))
    func peakMemory() throws {
        let before = try #require(StageLog.peakMemory())
        let resident = try #require(Self.resident())
        #expect(before > 1024, "a Swift process has more than 1 MiB resident")
        // Written, so resident — 64 MiB past the peak other tests may have left — then freed: the peak keeps it.
        let size = (max(before - resident, 0) + 64 * 1024) * 1024
        var buffer = [UInt8](repeating: 1, count: size)
        buffer[size - 1] = 2
        #expect(buffer.last == 2)
        buffer = []
        let after = try #require(StageLog.peakMemory())
        #expect(after > before, "peak \(before) KiB, then \(after) KiB")
    }

    /// `VmRSS` in KiB: what is resident now.
    static func resident() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
    }

    @Test("a stage line carries its name, the time since the start and the peak; nothing below debug")
    func line() {
        let recorded = RecordedLines()
        var logger = Logger(label: "test") { _ in RecordingHandler(lines: recorded) }
        logger.logLevel = .debug
        StageLog(logger: logger)("database read")
        logger.logLevel = .info
        StageLog(logger: logger)("not logged")
        let lines = recorded.lines
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("stage elapsed=") == true, "\(lines)")
        #expect(lines.first?.hasSuffix("stage=database read") == true, "\(lines)")
        #expect(lines.first?.contains(" MiB ") == (StageLog.peakMemory() != nil), "\(lines)")
    }
}

private final class RecordedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    var lines: [String] { lock.withLock { stored } }
    func append(_ line: String) { lock.withLock { stored.append(line) } }
}

private struct RecordingHandler: LogHandler {
    let lines: RecordedLines
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String, function: String, line: UInt) {
        let fields = (metadata ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        lines.append("\(message) \(fields)")
    }
}
