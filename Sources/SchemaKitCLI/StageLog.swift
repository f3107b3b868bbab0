import Foundation
import Logging

/// With `SCHEMAKIT_CLI_VERBOSE=1`, when each stage of a command ended, from the command's start,
/// and the process's peak memory by then: where a slow or large run spends its time and its
/// memory (reading, comparing, planning), without a profiler.
///
/// ```swift
/// let stage = StageLog(logger: context.logger)
/// stage("database read")   // debug schemakit: elapsed=0.84 seconds peak=112 MiB stage=database read
/// ```
struct StageLog: Sendable {
    let logger: Logger
    private let start = ContinuousClock.now

    init(logger: Logger) { self.logger = logger }

    func callAsFunction(_ name: String) {
        guard logger.logLevel <= .debug else { return }
        var metadata: Logger.Metadata = ["stage": "\(name)", "elapsed": "\(ContinuousClock.now - start)"]
        if let peak = Self.peakMemory() { metadata["peak"] = "\(peak / 1024) MiB" }
        logger.debug("stage", metadata: metadata)
    }

    /// The process's peak resident memory in KiB, where there is one.
    static func peakMemory() -> Int? { memory("VmHWM") }

    /// A memory figure of `/proc/self/status` in KiB: `VmHWM` (the peak), `VmRSS` (now).
    static func memory(_ field: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }) else { return nil }
        return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
    }
}
