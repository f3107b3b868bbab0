import Foundation
import Logging
import SchemaKitCore
@testable import SchemaKitMySQL
import Testing

/// A closed connection's thread has ended, thread-exit destructors and all, by the time `close()`
/// returns. Left to end on its own, it raced the process's exit: the client library's OpenSSL
/// frees its per-thread state as the thread ends and its global state in an `atexit` handler, and
/// `schemakit diff` on MariaDB aborted with a corrupted heap about once in 600 runs.
@Suite("MySQL connection threads")
struct MySQLWorkerThreadTests {
    /// The calling thread's entry in `/proc` (`/proc/self/task/<tid>`).
    @Sendable static func currentThread() throws -> String {
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/thread-self")   // "<pid>/task/<tid>"
        return "/proc/self/task/" + (link.split(separator: "/").last.map(String.init) ?? link)
    }

    static func isAlive(_ thread: String) -> Bool {
        FileManager.default.fileExists(atPath: thread)
    }

    @Test("stopAndJoin returns once the worker's thread has ended; a second call only stops")
    func joined() async throws {
        // Twenty times: a thread merely told to stop is usually still ending when stop returns.
        for _ in 0..<20 {
            let worker = try MySQLWorkerThread(name: "test worker", location: "nowhere")
            let thread = try await worker.run(Self.currentThread)
            #expect(Self.isAlive(thread))
            worker.stopAndJoin()
            #expect(!Self.isAlive(thread), "thread \(thread) still running after stopAndJoin")
            worker.stopAndJoin()
            await #expect(throws: MySQLWorkerThread.Stopped.self) { try await worker.run { 1 } }
        }
    }

    @Test("a worker stopped from one of its own jobs ends without waiting on itself")
    func stoppedFromItsOwnJob() async throws {
        let worker = try MySQLWorkerThread(name: "test worker", location: "nowhere")
        let thread = try await worker.run { [worker] in
            worker.stopAndJoin()
            return try Self.currentThread()
        }
        // It ends by itself, just after the job.
        for _ in 0..<200 where Self.isAlive(thread) { try await Task.sleep(for: .milliseconds(5)) }
        #expect(!Self.isAlive(thread))
    }

    @Test("a live connection's thread has ended when close() returns",
          .enabled(if: mysqlURL != nil, "SCHEMAKIT_MYSQL_URL is not set; run scripts/with-servers.sh"))
    func liveConnection() async throws {
        let url = try DatabaseURL(try #require(mysqlURL))
        for _ in 0..<10 {
            let options = try MySQLConnectionOptions(url: url, database: url.database)
            let connection = try await MySQLConnection.connect(options, logger: Logger(label: "test"))
            _ = try await connection.query("select 1")
            let thread = try await connection.runOnThread(Self.currentThread)
            await connection.close()
            #expect(!Self.isAlive(thread), "thread \(thread) still running after close()")
        }
    }
}
