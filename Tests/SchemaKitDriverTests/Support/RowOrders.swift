import SchemaKitTestFixtures

/// Recorded catalog rows with the rows of `queries` in other orders: reversed, then shuffled
/// (seeded) five times — for readers that must not depend on the order a query gives.
func reorderings<Rows>(of rows: Rows, _ queries: [WritableKeyPath<Rows, [[String?]]>], seed: UInt64) -> [Rows] {
    var reversed = rows
    for query in queries { reversed[keyPath: query].reverse() }
    var random = SeededGenerator(seed: seed)
    return [reversed] + (0..<5).map { _ in
        var shuffled = rows
        for query in queries { shuffled[keyPath: query].shuffle(using: &random) }
        return shuffled
    }
}
