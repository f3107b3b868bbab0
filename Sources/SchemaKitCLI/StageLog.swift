import Logging

/// With `SCHEMAKIT_CLI_VERBOSE=1`, when each stage of a command ended, from the command's start:
/// where a slow run spends its time (reading, comparing, planning), without a profiler.
///
/// ```swift
/// let stage = StageLog(logger: context.logger)
/// stage("database read")   // debug schemakit: elapsed=0.84 seconds stage=database read
/// ```
struct StageLog: Sendable {
    let logger: Logger
    private let start = ContinuousClock.now

    init(logger: Logger) { self.logger = logger }

    func callAsFunction(_ name: String) {
        logger.debug("stage", metadata: ["stage": "\(name)", "elapsed": "\(ContinuousClock.now - start)"])
    }
}
