import CMariaDB
import Foundation
import SchemaKitCore

/// One thread of its own per connection, on which every blocking Connector/C call runs.
///
/// Connector/C blocks the calling thread for the whole round trip, and a blocked thread of
/// Swift's cooperative pool is a thread no other task can use. The client library also wants
/// `mysql_thread_init()` on each thread that calls it, so a connection keeps to one thread
/// for its whole life: jobs run in submission order, one at a time.
///
/// A closed connection's thread is joined (``stopAndJoin()``), not left to end on its own: the
/// client library's OpenSSL frees its per-thread state in a thread-exit destructor, and its
/// `atexit` cleanup frees the same global state. A thread still ending when the process exits
/// raced that cleanup, and the heap was corrupted (`double free or corruption`, SIGABRT) once in
/// about 600 `schemakit diff` runs on MariaDB.
final class MySQLWorkerThread: @unchecked Sendable {
    // `condition` guards `jobs`, `isStopping` and `isJoined`; `thread` is set once, in `init`.
    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []
    private var isStopping = false
    private var isJoined = false
    private var thread = pthread_t()
    private let name: String

    /// Starts the thread.
    ///
    /// - Throws: `SchemaError` with code `connectionFailed` when the system refuses a thread
    ///   (`pthread_create`: a process or user thread limit reached, no memory).
    init(name: String, location: @autoclosure () -> String) throws {
        self.name = name
        // The thread holds the worker until its loop ends.
        let context = Unmanaged.passRetained(self).toOpaque()
        let status = pthread_create(&thread, nil, { context in
            let worker = Unmanaged<MySQLWorkerThread>.fromOpaque(context!).takeRetainedValue()
            worker.runLoop()
            return nil
        }, context)
        guard status == 0 else {
            Unmanaged<MySQLWorkerThread>.fromOpaque(context).release()
            isJoined = true   // no thread to detach
            throw SchemaError(.connectionFailed, """
                Cannot connect to MySQL at \(location()): the system refused a thread for the connection \
                (\(String(cString: strerror(status))))
                """)
        }
    }

    deinit {
        // Never joined (no `stopAndJoin()`): its resources go when it ends.
        if !isJoined { pthread_detach(thread) }
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

    /// Stops the thread and waits until it has ended, its thread-exit destructors included;
    /// returns whether this call waited for it (joined it).
    ///
    /// Call it once no job is left to run (as closing a connection does, after its last job):
    /// the wait is then the thread's teardown, microseconds. Called on the thread itself it only
    /// stops (a thread cannot wait for its own end), and a later call from another thread still
    /// joins it; called again after a join, it does nothing.
    @discardableResult
    func stopAndJoin() -> Bool {
        condition.lock()
        isStopping = true
        condition.signal()
        let joins = !isJoined && pthread_equal(thread, pthread_self()) == 0
        if joins { isJoined = true }
        condition.unlock()
        if joins { pthread_join(thread, nil) }
        return joins
    }

    private func runLoop() {
        Thread.current.name = name
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
