/// Lets one operation at a time use a connection, in arrival order, so a `SchemaDatabase`
/// shared between tasks never interleaves two scripts' `begin`/`commit`.
///
/// The lock is re-entrant within a task (and the child tasks it starts): an operation that
/// holds it — the schema lock held across a read and an apply, say — can call others that
/// take it again without waiting on itself.
///
/// ```swift
/// try await lock.withLock { try await runScript() }
/// ```
public actor ConnectionLock {
    private var isHeld = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    /// The locks the current task holds.
    @TaskLocal private static var held: Set<ObjectIdentifier> = []

    /// A lock nobody holds.
    public init() {}

    /// Runs `body` once every earlier holder has finished; at once when the current task
    /// already holds the lock.
    public nonisolated func withLock<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        let identity = ObjectIdentifier(self)
        if Self.held.contains(identity) { return try await body() }
        await acquire()
        do {
            let result = try await Self.$held.withValue(Self.held.union([identity])) { try await body() }
            await release()
            return result
        } catch {
            await release()
            throw error
        }
    }

    private func acquire() async {
        guard isHeld else {
            isHeld = true
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    private func release() {
        if waiters.isEmpty {
            isHeld = false
        } else {
            // Ownership passes straight to the next waiter.
            waiters.removeFirst().resume()
        }
    }
}
