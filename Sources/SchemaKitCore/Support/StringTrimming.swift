extension StringProtocol {
    /// The text without leading and trailing whitespace and newlines.
    ///
    /// Pure Swift on purpose: Foundation's `trimmingCharacters(in:)` on Linux bridges through
    /// `NSString` and a shared `CharacterSet`, and crashed under concurrent use (a trap in
    /// `_ContiguousArrayStorage` deinit during a parallel test run). Schema reading and
    /// comparison run on many tasks at once, inside server applications too, so the hot paths
    /// keep to the standard library.
    ///
    /// ```swift
    /// "  int(11) \n".trimmed()   // "int(11)"
    /// ```
    package func trimmed() -> String {
        trimmed(where: \.isWhitespace)
    }

    /// The text without the leading and trailing characters for which `shouldTrim` holds.
    package func trimmed(where shouldTrim: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !shouldTrim($0) }) else { return "" }
        let last = lastIndex(where: { !shouldTrim($0) })!
        return String(self[first...last])
    }
}
