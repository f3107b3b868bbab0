import Foundation

/// Runs `work`, which blocks (waiting for a child process, a `waitpid`, a compiler), on a thread
/// of its own and suspends until it returns.
///
/// Called directly from a test, such a wait would hold one of the threads of Swift's
/// cooperative pool — on a 2-core machine there are two — and two of them at once stall every
/// other test in the process: a timing test then measures the stall, not what it meant to time
/// (a 0.5 s SQLite lock wait measured at 15 s).
public func blockingWait<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread { continuation.resume(with: Result { try work() }) }
        thread.name = "blocking wait"
        thread.start()
    }
}

extension Process {
    /// Waits for the process to end, polling instead of holding a thread (`waitUntilExit()`
    /// blocks the caller's), for a child started elsewhere.
    public func exited() async {
        while isRunning { try? await Task.sleep(for: .milliseconds(10)) }
        waitUntilExit()
    }
}
