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
        // An ASCII character is one byte in UTF-8, and no other character's bytes contain it.
        if character.isASCII, !utf8.contains(UInt8(character.value)) { return self }
        let quote = String(character)
        return replacing(quote, with: quote + quote)
    }
}
