import Synchronization
import SchemaKitCore
import Testing

/// `withDeadline`, which every PostgreSQL statement runs under (the URL's `read_timeout`).
@Suite("withDeadline")
struct DeadlineTests {
    /// A body that waits on a server that never answers.
    static func silentServer() async throws -> Int {
        try await Task.sleep(for: .seconds(60))
        return 0
    }

    @Test("a body that finishes in time gives its result; expire is not called")
    func inTime() async throws {
        let expired = Atomic(false)
        let value = try await withDeadline(.seconds(5), "too slow", expire: { expired.store(true, ordering: .sequentiallyConsistent) }) {
            42
        }
        let wasExpired = expired.load(ordering: .sequentiallyConsistent)
        #expect(value == 42)
        #expect(!wasExpired)
    }

    @Test("past the deadline: the connection is expired before the caller hears of the timeout")
    func expiresFirst() async throws {
        // A slow close: were the timeout thrown first, the caller's next statement (a rollback)
        // would find the connection still open and wait on the silent server again.
        let expired = Atomic(false)
        let clock = ContinuousClock(), start = clock.now
        let error = await #expect(throws: SchemaError.self) {
            try await withDeadline(.milliseconds(100), "no reply within 0.1 s", expire: {
                try? await Task.sleep(for: .milliseconds(200))
                expired.store(true, ordering: .sequentiallyConsistent)
            }, Self.silentServer)
        }
        let wasExpired = expired.load(ordering: .sequentiallyConsistent)
        #expect(wasExpired)
        #expect(error?.code == .timedOut)
        #expect(error?.message == "no reply within 0.1 s")
        #expect(clock.now - start < .seconds(10), "the caller waited for the body")
    }

    @Test("a result that comes after the deadline goes to discardingLate, not to the caller")
    func lateResult() async throws {
        let discarded = Atomic(0)
        await #expect(throws: SchemaError.self) {
            try await withDeadline(.milliseconds(50), "too slow", expire: {}, discardingLate: { discarded.store($0, ordering: .sequentiallyConsistent) }) {
                try? await Task.sleep(for: .milliseconds(300))
                return 7
            }
        }
        var waited = 0
        while discarded.load(ordering: .sequentiallyConsistent) == 0, waited < 100 {
            try await Task.sleep(for: .milliseconds(20))
            waited += 1
        }
        let late = discarded.load(ordering: .sequentiallyConsistent)
        #expect(late == 7)
    }

    @Test("no limit: the body runs as it is")
    func noLimit() async throws {
        #expect(try await withDeadline(nil, "never", expire: {}) { "done" } == "done")
    }
}
