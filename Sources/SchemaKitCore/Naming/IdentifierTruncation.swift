/// Shortens generated names to a dialect's identifier limit, keeping them unique with a hash.
///
/// `<prefix>_<hash5>_<suffix>`, where `hash5` is the first five hex digits of the 64-bit FNV-1a
/// hash of the full name's UTF-16 code units, as MikroORM does.
enum IdentifierTruncation {
    static func truncate(_ name: String, suffix: String, limit: Int?) -> String {
        guard let limit, name.utf8.count > limit else { return name }
        let keep = max(1, limit - 8 - suffix.count)
        let prefix = utf8Prefix(name, maxBytes: keep)
        return "\(prefix)_\(hash(name, length: 5))_\(suffix)"
    }

    /// Cuts a name to a byte limit without splitting a character.
    static func utf8Prefix(_ name: String, maxBytes: Int) -> String {
        var result = ""
        var count = 0
        for character in name {
            let size = String(character).utf8.count
            if count + size > maxBytes { break }
            result.append(character)
            count += size
        }
        return result
    }

    static func hash(_ text: String, length: Int) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for unit in text.utf16 {
            value ^= UInt64(unit)
            value = value &* 0x0000_0100_0000_01b3
        }
        let hex = String(value, radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
        return String(padded.prefix(length))
    }
}
