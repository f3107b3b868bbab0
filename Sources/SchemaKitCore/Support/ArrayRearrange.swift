extension Array {
    /// Rearranges the elements so that position `i` holds what was at `order[i]`, by swapping
    /// along the permutation's cycles: an element is moved, never copied. The catalog readers put
    /// columns that arrived out of order in place this way (a copied column retains each of its
    /// strings, and most tables' columns arrive out of order).
    ///
    /// ```swift
    /// var columns = ["b", "c", "a"]
    /// columns.rearrange(by: [2, 0, 1])   // ["a", "b", "c"]
    /// ```
    package mutating func rearrange(by order: [Int]) {
        var placed = [Bool](repeating: false, count: order.count)
        withUnsafeMutableBufferPointer { buffer in
            for start in order.indices where !placed[start] {
                // Walk the cycle through `start`: each position takes what `order` names.
                var position = start
                placed[position] = true
                while !placed[order[position]] {
                    buffer.swapAt(position, order[position])
                    position = order[position]
                    placed[position] = true
                }
            }
        }
    }
}
