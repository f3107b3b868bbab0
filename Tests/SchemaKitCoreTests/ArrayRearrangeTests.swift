import SchemaKitCore
import Testing

/// The readers' way of putting out-of-order columns in place.
@Suite("Array.rearrange")
struct ArrayRearrangeTests {
    @Test("elements rearranged by swapping along cycles land where the order says, as a copy would put them")
    func rearrange() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 3, 7, 64, 500] {
            for _ in 0..<20 {
                let order = Array(0..<count).shuffled(using: &generator)
                var elements = (0..<count).map { "column \($0)" }
                elements.rearrange(by: order)
                #expect(elements == order.map { "column \($0)" })
            }
        }
    }
}
