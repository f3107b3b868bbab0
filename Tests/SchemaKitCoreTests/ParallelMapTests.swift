import Foundation
import SchemaKitCore
import Testing

/// The comparator spreads tables over the cores; what it gets back must be what a serial loop gives.
@Suite("ParallelMap")
struct ParallelMapTests {
    struct Failure: Error, Equatable { var index: Int }

    @Test("results come back in order, on one core or many", arguments: [0, 1, 255, 256, 511, 512, 10_001])
    func order(count: Int) throws {
        #expect(try ParallelMap.map(count) { $0 * 3 } == (0..<count).map { $0 * 3 })
        var values = Array(0..<count)
        ParallelMap.forEach(&values) { $0 += 7 }
        #expect(values == (0..<count).map { $0 + 7 })
        // One element per chunk at most: more cores than elements leaves chunks empty.
        #expect(try ParallelMap.map(min(count, 5), minimumPerChunk: 1) { $0 } == Array(0..<min(count, 5)))
    }

    @Test("each chunk has a state of its own, which sees the chunk's elements in order", arguments: [10, 600, 10_001])
    func statePerChunk(count: Int) throws {
        // Each result is how many elements its chunk's state had seen, itself included, and
        // whether they came in order: runs of 1, 2, 3, … one per chunk, all in order.
        let seen = try ParallelMap.map(count, state: { [Int]() }) { state, index -> (Int, Bool) in
            let ordered = state.last.map { $0 + 1 == index } ?? true
            state.append(index)
            return (state.count, ordered)
        }
        #expect(seen.count == count)
        #expect(seen.allSatisfy { $0.1 })
        let runs = seen.indices.filter { seen[$0].0 == 1 }
        #expect(runs.first == 0 && runs.count <= max(1, ProcessInfo.processInfo.activeProcessorCount))
        for (start, end) in zip(runs, runs.dropFirst() + [count]) {
            #expect(seen[start..<end].map(\.0) == Array(1...(end - start)))
        }
    }

    @Test("the error of the lowest failing index is thrown, whichever chunk fails first")
    func lowestError() {
        // Indexes in both halves fail; the second half's chunk may well fail first.
        #expect(throws: Failure(index: 4_000)) {
            try ParallelMap.map(10_000) { index -> String in
                if index == 9_000 || index == 4_000 || index == 4_001 { throw Failure(index: index) }
                return String(index)
            }
        }
    }

    @Test("values made before a failure are released, none leaked")
    func releasesOnFailure() {
        final class Counted: Sendable {
            static let live = LockedCounter()
            init() { Self.live.add(1) }
            deinit { Self.live.add(-1) }
        }
        #expect(throws: Failure(index: 7_777)) {
            try ParallelMap.map(10_000) { index -> Counted in
                if index == 7_777 { throw Failure(index: index) }
                return Counted()
            }
        }
        #expect(Counted.live.value == 0)
    }
}

final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add(_ delta: Int) { lock.withLock { count += delta } }
    var value: Int { lock.withLock { count } }
}
