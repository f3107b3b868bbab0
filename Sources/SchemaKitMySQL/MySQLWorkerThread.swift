import CMariaDB
import Foundation

/// One thread of its own per connection, on which every blocking Connector/C call runs.
///
/// Connector/C blocks the calling thread for the whole round trip, and a blocked thread of
/// Swift's cooperative pool is a thread no other task can use. The client library also wants
/// `mysql_thread_init()` on each thread that calls it, so a connection keeps to one thread
/// for its whole life: jobs run in submission order, one at a time.
final class MySQLWorkerThread: @unchecked Sendable {
    // `condition` guards `jobs` and `isStopping`; nothing else is shared.
    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []
    private var isStopping = false

    init(name: String) {
        let thread = Thread { [self] in runLoop() }
        thread.name = name
        thread.start()
    }

    /// Thrown by ``run(_:)`` once the thread has been stopped.
    struct Stopped: Error {}

    /// Queues a job and returns `true`; returns `false` without queueing it once ``stop()`` was
    /// called. Jobs queued before ``stop()`` still run.
    @discardableResult
    func submit(_ job: @escaping @Sendable () -> Void) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !isStopping else { return false }
        jobs.append(job)
        condition.signal()
        return true
    }

    /// Runs `body` on the thread and hands its result back to the awaiting task; throws
    /// ``Stopped`` once the thread has been stopped.
    func run<Result: Sendable>(_ body: @escaping @Sendable () throws -> Result) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            let queued = submit {
                continuation.resume(with: Swift.Result { try body() })
            }
            if !queued { continuation.resume(throwing: Stopped()) }
        }
    }

    /// Lets the thread finish the queued jobs and exit.
    func stop() {
        condition.lock()
        isStopping = true
        condition.signal()
        condition.unlock()
    }

    private func runLoop() {
        MySQLLibrary.initialize()
        _ = mysql_thread_init()
        defer { mysql_thread_end() }
        while true {
            condition.lock()
            while jobs.isEmpty && !isStopping { condition.wait() }
            if jobs.isEmpty {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
    }
}

/// The process-wide client library initialisation, done once.
enum MySQLLibrary {
    // A static `let` is initialised exactly once, thread-safely, on first use.
    private static let status: Int32 = mysql_server_init(0, nil, nil)

    /// Calls `mysql_library_init` the first time; returns whether it succeeded.
    @discardableResult
    static func initialize() -> Bool { status == 0 }
}
