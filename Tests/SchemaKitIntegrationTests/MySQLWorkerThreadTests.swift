import Foundation
import Logging
import SchemaKitCore
@testable import SchemaKitMySQL
import Testing

/// A closed connection's thread has ended, thread-exit destructors and all, by the time `close()`
/// returns. Left to end on its own, it raced the process's exit: the client library's OpenSSL
/// frees its per-thread state as the thread ends and its global state in an `atexit` handler, and
/// `schemakit diff` on MariaDB aborted with a corrupted heap about once in 600 runs.
///
/// Each test gives the worker's thread a thread-specific value whose destructor raises a flag:
/// POSIX runs such destructors as the thread ends, before a join returns, so the flag is up
/// exactly when the thread has been waited for. A thread merely told to stop is usually still
/// ending when `stop` returns (the tests repeat to make that near-certain), so they fail without
/// the join.
@Suite("MySQL connection threads")
struct MySQLWorkerThreadTests {
    /// Raised by the destructor of a thread-specific value, as its thread ends.
    final class ThreadEnded: @unchecked Sendable {
        private let lock = NSLock()
        private var ended = false
        var value: Bool { lock.withLock { ended } }
        func raise() { lock.withLock { ended = true } }

        /// Run on the thread to watch: hands this flag to the thread's exit.
        @Sendable func watchCurrentThread() {
            pthread_setspecific(Self.key, Unmanaged.passRetained(self).toOpaque())
        }

        private static let key: pthread_key_t = {
            var key = pthread_key_t()
            let status = pthread_key_create(&key) { pointer in
                guard let pointer else { return }
                Unmanaged<ThreadEnded>.fromOpaque(pointer).takeRetainedValue().raise()
            }
            precondition(status == 0, "pthread_key_create: \(status)")
            return key
        }()
    }

    @Test("stopAndJoin returns once the worker's thread has ended; a second call only stops")
    func joined() async throws {
        for _ in 0..<20 {
            let worker = try MySQLWorkerThread(name: "test worker", location: "nowhere")
            let ended = ThreadEnded()
            try await worker.run(ended.watchCurrentThread)
            #expect(!ended.value)
            #expect(worker.stopAndJoin())
            #expect(ended.value, "the thread had not ended when stopAndJoin returned")
            #expect(!worker.stopAndJoin())
            await #expect(throws: MySQLWorkerThread.Stopped.self) { try await worker.run { 1 } }
        }
    }

    @Test("a worker stopped from one of its own jobs does not wait on itself, and is joined later")
    func stoppedFromItsOwnJob() async throws {
        let worker = try MySQLWorkerThread(name: "test worker", location: "nowhere")
        let ended = ThreadEnded()
        let joinedItself = try await worker.run { [worker] in
            ended.watchCurrentThread()
            return worker.stopAndJoin()
        }
        #expect(!joinedItself)
        // Only stopped: another thread can still wait for it (a self-join taken for a join
        // would leave it unjoined, and never detached).
        #expect(worker.stopAndJoin())
        #expect(ended.value)
    }

    @Test("a live connection's thread has ended when close() returns, or when it is dropped unclosed",
          .enabled(if: mysqlURL != nil, "SCHEMAKIT_MYSQL_URL is not set; run scripts/with-servers.sh"))
    func liveConnection() async throws {
        let url = try DatabaseURL(try #require(mysqlURL))
        let options = try MySQLConnectionOptions(url: url, database: url.database)
        for _ in 0..<10 {
            let connection = try await MySQLConnection.connect(options, logger: Logger(label: "test"))
            _ = try await connection.query("select 1")
            let ended = ThreadEnded()
            try await connection.runOnThread(ended.watchCurrentThread)
            await connection.close()
            #expect(ended.value, "the connection's thread had not ended when close() returned")
        }
        for _ in 0..<10 {
            let ended = ThreadEnded()
            do {
                let connection = try await MySQLConnection.connect(options, logger: Logger(label: "test"))
                try await connection.runOnThread(ended.watchCurrentThread)
            }
            // The last reference went at the end of the block: deinit closed it and waited.
            #expect(ended.value, "the thread of a connection dropped without close() had not ended")
        }
    }
}
