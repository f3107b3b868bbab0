import SchemaKitTestFixtures

/// The benchmark's random draws, from the tests' seeded SplitMix64 (`SeededGenerator`), whose
/// sequence is fixed by its seed. The draws are made here, never through a standard library
/// algorithm (`Int.random(in:using:)`, `shuffled(using:)`), whose way of drawing may change
/// between Swift versions and with it the tables.
struct BenchRandom: Sendable {
    private var source: SeededGenerator

    init(seed: UInt64) { source = SeededGenerator(seed: seed) }

    /// The next 64 random bits.
    mutating func next() -> UInt64 { source.next() }

    /// A number in `0..<bound`, for a `bound` above zero: the high word of a 128-bit product
    /// (Lemire), biased by less than bound/2⁶⁴.
    mutating func below(_ bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(max(1, bound))).high)
    }

    /// A number in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// `true` with the given probability.
    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) * 0x1p-53 < probability
    }

    /// An element of a collection that is not empty.
    mutating func element<C: RandomAccessCollection>(of collection: C) -> C.Element {
        collection[collection.index(collection.startIndex, offsetBy: below(collection.count))]
    }

    /// A value drawn in proportion to its weight, from pairs that are not empty.
    mutating func weighted<Value>(_ choices: [(Value, Int)]) -> Value {
        var draw = below(choices.reduce(0) { $0 + $1.1 })
        for (value, weight) in choices {
            if draw < weight { return value }
            draw -= weight
        }
        return choices[choices.count - 1].0
    }
}
