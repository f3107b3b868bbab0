extension Array where Element: Comparable {
    /// Where `key` goes in this ascending array to keep it ascending, after any elements equal to
    /// it — found from the end. The catalog readers put each column in place as it arrives:
    /// rows come nearly in order (a column whose catalog row was rewritten comes after the
    /// rest of its table), so the place is found in a step or two, and inserting moves the
    /// columns after it rather than sorting and rearranging every table at the end.
    ///
    /// ```swift
    /// [1, 2, 4, 4].insertionPoint(ascending: 4)   // 4
    /// [2, 3, 5].insertionPoint(ascending: 1)      // 0
    /// ```
    package func insertionPoint(ascending key: Element) -> Int {
        var position = endIndex
        while position > startIndex, self[position - 1] > key { position -= 1 }
        return position
    }
}
