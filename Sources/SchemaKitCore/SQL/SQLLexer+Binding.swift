extension SQLLexer {
    /// Whether `left` followed by `right` reads as the tokens of each apart: no token runs
    /// across where they meet (`-` and `-1` would make the comment `--1`).
    func keepsApart(_ left: String, _ right: String) -> Bool {
        guard !left.isEmpty, !right.isEmpty else { return true }
        let text = left + right
        return tokens(in: text).contains { text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound) == left.utf8.count }
    }

    /// Whether `result` reads as `original` with its placeholders replaced: every value range
    /// starts and ends between tokens and holds no comment, quoted name or unterminated token,
    /// and the other tokens, whitespace aside, are the original's (placeholders aside).
    func keepsText(of original: [SQLToken], in result: String, outside valueRanges: [Range<String.Index>]) -> Bool {
        var expected = original.lazy.filter { $0.kind != .whitespace && $0.kind != .placeholder }.makeIterator()
        var ranges = valueRanges[...]
        for token in tokens(in: result) {
            if let range = ranges.first, token.range.lowerBound >= range.lowerBound {
                guard token.range.upperBound <= range.upperBound, token.isTerminated,
                      token.kind != .comment, token.kind != .quotedIdentifier else { return false }
                if token.range.upperBound == range.upperBound { ranges.removeFirst() }
                continue
            }
            guard token.range.upperBound <= ranges.first?.lowerBound ?? result.endIndex else { return false }
            if token.kind == .whitespace { continue }
            guard let original = expected.next(), original.kind == token.kind, original.text == token.text,
                  original.isTerminated == token.isTerminated else { return false }
        }
        return ranges.isEmpty && expected.next() == nil
    }
}
