import SchemaKitCore
import Testing

/// How the catalog readers keep a table's columns in order as they arrive.
@Suite("Array.insertionPoint")
struct ArrayInsertionPointTests {
    @Test("keys inserted where it says, in any order, end up as a stable sort would put them")
    func insertionKeepsOrder() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 3, 7, 64, 500] {
            for _ in 0..<20 {
                // Few distinct keys, so that equal keys meet; each arrival is tagged to check stability.
                let arrivals = (0..<count).map { (key: Int.random(in: 0..<max(1, count / 3), using: &generator), tag: $0) }
                var keys: [Int] = [], tags: [Int] = []
                for arrival in arrivals {
                    let position = keys.insertionPoint(ascending: arrival.key)
                    keys.insert(arrival.key, at: position)
                    tags.insert(arrival.tag, at: position)
                }
                let sorted = arrivals.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }
                #expect(keys == sorted.map(\.element.key))
                #expect(tags == sorted.map(\.element.tag))
            }
        }
    }

    @Test("the place is after equal keys, at either end when the key is the least or the greatest")
    func places() {
        #expect([Int]().insertionPoint(ascending: 3) == 0)
        #expect([1, 2, 4, 4].insertionPoint(ascending: 4) == 4)
        #expect([1, 2, 4, 4].insertionPoint(ascending: 3) == 2)
        #expect([2, 3, 5].insertionPoint(ascending: 1) == 0)
        #expect([2, 3, 5].insertionPoint(ascending: 9) == 3)
    }
}
