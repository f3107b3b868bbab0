extension String {
    /// The text with every `character` doubled (`it's` → `it''s`), for quoting; the text itself,
    /// without a copy, when it has none — the case of nearly every name and literal, checked byte
    /// by byte rather than through a character-level search.
    ///
    /// ```swift
    /// "it's".doubling("'")   // "it''s"
    /// "plain".doubling("'")  // "plain"
    /// ```
    func doubling(_ character: Unicode.Scalar) -> String {
        precondition(character.isASCII, "only an ASCII quote character is doubled")
        guard utf8.contains(UInt8(character.value)) else { return self }
        let quote = String(character)
        return replacing(quote, with: quote + quote)
    }
}
