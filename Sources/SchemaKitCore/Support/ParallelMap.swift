import Dispatch
import Foundation

/// Pure work on independent elements, spread over the machine's cores when there is enough of it.
///
/// A comparison pairs thousands of tables, each pair on its own; on a 5,000-table update that was
/// half a second on one core while the others waited. The elements are cut into one contiguous
/// chunk per core and the results come back in order, exactly as a serial `map` would give them,
/// with the error of the lowest failing index when any fails. Fewer than `minimumPerChunk`
/// elements per core run on the calling thread: starting threads would cost more.
///
/// ```swift
/// let squares = try ParallelMap.map(10_000) { $0 * $0 }   // [0, 1, 4, …], in order
/// ```
package enum ParallelMap {
    package static func map<Result>(
        _ count: Int, minimumPerChunk: Int = 256, _ transform: (Int) throws -> Result
    ) throws -> [Result] {
        try map(count, minimumPerChunk: minimumPerChunk, state: {}) { _, index in try transform(index) }
    }

    /// ``map(_:minimumPerChunk:_:)`` with a value of `state()` per chunk that `transform` may
    /// change — a cache each thread keeps to itself, with no lock between them.
    package static func map<Result, State>(
        _ count: Int, minimumPerChunk: Int = 256, state makeState: () -> State, _ transform: (inout State, Int) throws -> Result
    ) throws -> [Result] {
        guard let (chunks, chunkSize) = chunking(count, minimumPerChunk: minimumPerChunk) else {
            var state = makeState()
            return try (0..<count).map { try transform(&state, $0) }
        }
        // Per chunk: how many of its elements were made, the error that stopped it, and its
        // state (made here, before the threads start: `makeState` need not be thread-safe).
        var made = [Int](repeating: 0, count: chunks)
        var failures = [(index: Int, error: any Error)?](repeating: nil, count: chunks)
        var states = (0..<chunks).map { _ in makeState() }
        // The results are made in place, in the array returned: no second array of them.
        return try [Result](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            made.withUnsafeMutableBufferPointer { made in
                failures.withUnsafeMutableBufferPointer { failures in
                    states.withUnsafeMutableBufferPointer { states in
                        // Each chunk writes only its own elements and its own entries.
                        nonisolated(unsafe) let (buffer, made, failures, states) = (buffer, made, failures, states)
                        withoutActuallyEscaping(transform) { transform in
                            nonisolated(unsafe) let transform = transform
                            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                                for index in Self.range(of: chunk, size: chunkSize, count: count) {
                                    do {
                                        (buffer.baseAddress! + index).initialize(to: try transform(&states[chunk], index))
                                        made[chunk] += 1
                                    } catch {
                                        failures[chunk] = (index, error)
                                        return
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if let failure = failures.compactMap({ $0 }).min(by: { $0.index < $1.index }) {
                // The lowest failing index, as a serial map would have thrown; what was made goes.
                for chunk in 0..<chunks where made[chunk] > 0 {
                    (buffer.baseAddress! + chunk * chunkSize).deinitialize(count: made[chunk])
                }
                initializedCount = 0
                throw failure.error
            }
            initializedCount = count
        }
    }

    /// Changes every element in place, spread over the cores like ``map(_:minimumPerChunk:_:)``.
    package static func forEach<Element>(_ elements: inout [Element], minimumPerChunk: Int = 256, _ body: (inout Element) -> Void) {
        let count = elements.count
        guard let (chunks, chunkSize) = chunking(count, minimumPerChunk: minimumPerChunk) else {
            for index in elements.indices { body(&elements[index]) }
            return
        }
        elements.withUnsafeMutableBufferPointer { buffer in
            // Each chunk changes only its own elements.
            nonisolated(unsafe) let buffer = buffer
            withoutActuallyEscaping(body) { body in
                nonisolated(unsafe) let body = body
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    for index in Self.range(of: chunk, size: chunkSize, count: count) { body(&buffer[index]) }
                }
            }
        }
    }

    /// How many chunks `count` elements make (one per core, each of at least `minimumPerChunk`)
    /// and their size; `nil` when one chunk, on the calling thread, is all there is.
    private static func chunking(_ count: Int, minimumPerChunk: Int) -> (chunks: Int, size: Int)? {
        let chunks = min(ProcessInfo.processInfo.activeProcessorCount, count / max(minimumPerChunk, 1))
        return chunks > 1 ? (chunks, (count + chunks - 1) / chunks) : nil
    }

    /// The elements of chunk `chunk`; empty for a chunk past the end (a few elements over many cores).
    private static func range(of chunk: Int, size: Int, count: Int) -> Range<Int> {
        min(count, chunk * size)..<min(count, (chunk + 1) * size)
    }
}
