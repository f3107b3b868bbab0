/// Cells of a catalog row as the drivers hand them to the readers: text, `nil` for SQL `NULL`.
extension Array where Element == String? {
    /// The cell in column `index`, or `nil` for SQL `NULL` or a row too short to have it.
    package func cell(_ index: Int) -> String? {
        index < count ? self[index] : nil
    }

    /// The cell in column `index` as an integer.
    package func integer(_ index: Int) -> Int? {
        cell(index).flatMap { Int($0) }
    }
}
