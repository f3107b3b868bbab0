/// Turns entity and property names into table, column and constraint names.
///
/// ```swift
/// let naming: any NamingStrategy = .underscore
/// naming.tableName(forEntity: "BookTag")            // "book_tag"
/// naming.columnName(forProperty: "favouriteBook")   // "favourite_book"
/// naming.indexName(table: "author", columns: ["email"], kind: .unique)  // "author_email_unique"
/// ```
public protocol NamingStrategy: Sendable {
    /// The table of an entity: `BookTag` → `book_tag`.
    func tableName(forEntity entity: String) -> String
    /// The column of a scalar property: `createdAt` → `created_at`.
    func columnName(forProperty property: String) -> String
    /// A join column: `favouriteBook` + `id` → `favourite_book_id`.
    func joinColumnName(forProperty property: String, referencedColumn: String) -> String
    /// A many-to-many pivot table: `book` + `tags` → `book_tags`.
    func pivotTableName(ownerTable: String, property: String) -> String
    /// A pivot column: `book` + `id` → `book_id`.
    func pivotColumnName(table: String, referencedColumn: String) -> String
    /// An embedded column: prefix `address_` + `city` → `address_city`.
    func embeddedColumnName(prefix: String, property: String) -> String
    /// The default prefix for an embedded property: `address` → `address_`.
    func embeddedPrefix(forProperty property: String) -> String
    /// A constraint or index name before any length truncation.
    func indexName(table: String, columns: [String], kind: ConstraintKind) -> String
}

/// What a generated name is for; the suffix of MikroORM-style names.
public enum ConstraintKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A primary key: `<table>_pkey`, whatever its columns.
    case primary = "pkey"
    /// Foreign keys, unique constraints, indexes and checks (`book_author_id_foreign`,
    /// `author_email_unique`, `author_email_index`, `book_price_check`), and sequences (`_seq`).
    case foreign, unique, index, check, sequence = "seq"

    /// The suffix appended to generated names: `_foreign`, `_unique`, `_pkey`.
    public var suffix: String { rawValue }
}

extension NamingStrategy {
    /// `favouriteBook` → `favourite_book_id`; a property already named after the key
    /// (`authorId`, `author_id`) keeps its name: `author_id`, not `author_id_id`.
    public func joinColumnName(forProperty property: String, referencedColumn: String) -> String {
        let base = columnName(forProperty: property)
        let lowered = base.lowercased()
        let key = referencedColumn.lowercased()
        if lowered.count > key.count, lowered.hasSuffix(key) {
            let boundary = lowered.dropLast(key.count).last
            let original = base.dropLast(key.count).last
            let suffixStart = base.index(base.endIndex, offsetBy: -key.count)
            if boundary == "_" || (original?.isLowercase == true && base[suffixStart].isUppercase) { return base }
        }
        return base + "_" + referencedColumn
    }

    public func pivotTableName(ownerTable: String, property: String) -> String {
        ownerTable + "_" + columnName(forProperty: property)
    }

    public func pivotColumnName(table: String, referencedColumn: String) -> String {
        table + "_" + referencedColumn
    }

    public func embeddedColumnName(prefix: String, property: String) -> String {
        prefix + columnName(forProperty: property)
    }

    public func embeddedPrefix(forProperty property: String) -> String {
        columnName(forProperty: property) + "_"
    }

    public func indexName(table: String, columns: [String], kind: ConstraintKind) -> String {
        // A schema prefix never appears in constraint names; dots in paths become underscores.
        // Names without a dot (nearly all) are appended as they are: this runs for every index,
        // key and check of every entity.
        let dot = UInt8(ascii: ".")
        let bareTable = table.utf8.contains(dot) ? table.split(separator: ".").last.map(String.init) ?? table : table
        if kind == .primary { return bareTable + "_pkey" }
        var name = bareTable
        for column in columns {
            name += "_"
            name += column.utf8.contains(dot) ? column.replacing(".", with: "_") : column
        }
        name += "_"
        name += kind.suffix
        return name
    }
}

/// MikroORM's default: `BookTag` → `book_tag`, `favouriteBook` → `favourite_book`.
///
/// A lower-case letter followed by an upper-case one gains an underscore; the result is lower-cased.
/// Digits and runs of capitals are not split (`BookTag2` → `book_tag2`, `ABCThing` → `abcthing`).
public struct UnderscoreNamingStrategy: NamingStrategy {
    /// The strategy; it has no settings. `.underscore` is shorthand for it.
    public init() {}

    public func tableName(forEntity entity: String) -> String { Self.underscore(entity) }
    public func columnName(forProperty property: String) -> String { Self.underscore(property) }

    static func underscore(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII, the usual case: by byte, without Unicode property look-ups.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count + 4)
            var previousIsLowercase = false
            for byte in name.utf8 {
                let isUppercase = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
                if previousIsLowercase && isUppercase { bytes.append(UInt8(ascii: "_")) }
                bytes.append(isUppercase ? byte + 32 : byte)
                previousIsLowercase = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var result = ""
        var previous: Character?
        for character in name {
            if let previous, previous.isLowercase, previous.isASCII, character.isUppercase, character.isASCII {
                result.append("_")
            }
            result.append(character)
            previous = character
        }
        return result.lowercased()
    }
}

/// Keeps names as declared: table `BookTag`, column `favouriteBook`, join column `favouriteBook_id`.
public struct EntityCaseNamingStrategy: NamingStrategy {
    /// The strategy; it has no settings. `.entityCase` is shorthand for it.
    public init() {}

    public func tableName(forEntity entity: String) -> String { entity }
    public func columnName(forProperty property: String) -> String { property }
}

extension NamingStrategy where Self == UnderscoreNamingStrategy {
    /// `BookTag` → `book_tag` (the default).
    public static var underscore: UnderscoreNamingStrategy { UnderscoreNamingStrategy() }
}

extension NamingStrategy where Self == EntityCaseNamingStrategy {
    /// Names as declared in Swift.
    public static var entityCase: EntityCaseNamingStrategy { EntityCaseNamingStrategy() }
}
