import Foundation
import Logging
@testable import SchemaKitCLI
import SchemaKitTestFixtures
import Testing

/// `SCHEMAKIT_CLI_VERBOSE=1`'s stage lines: when a stage ended, and the memory peak by then.
@Suite("Stage log")
struct StageLogTests {
    @Test("the peak memory is the process's high-water mark: it does not fall, and rises with memory touched",
          .enabled(if: StageLog.peakMemory() != nil, "no /proc/self/status here"))
    func peakMemory() throws {
        let before = try #require(StageLog.peakMemory())
        let resident = try #require(StageLog.memory("VmRSS"))
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

    @Test("a stage line carries its name, the time since the start and the peak; nothing below debug")
    func line() {
        let records = LogRecords()
        var logger = Logger(label: "test") { _ in RecordingLogHandler(records: records) }
        logger.logLevel = .debug
        StageLog(logger: logger)("database read")
        logger.logLevel = .info
        StageLog(logger: logger)("not logged")
        let lines = records.lines
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("stage elapsed=") == true, "\(lines)")
        #expect(lines.first?.hasSuffix("stage=database read") == true, "\(lines)")
        #expect(lines.first?.contains(" MiB ") == (StageLog.peakMemory() != nil), "\(lines)")
    }
}
