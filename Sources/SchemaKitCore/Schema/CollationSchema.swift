/// A PostgreSQL collation of the database's own (`create collation`), which columns and
/// indexes name in `collate`.
///
/// ```swift
/// CollationSchema(name: "case_insensitive", provider: .icu, locale: "und-u-ks-level2", isDeterministic: false)
/// // create collation "case_insensitive" (provider = icu, locale = 'und-u-ks-level2', deterministic = false)
/// ```
public struct CollationSchema: Sendable, Hashable, Codable {
    /// Which library sorts: ICU or the operating system's C library.
    public enum Provider: String, Sendable, Hashable, Codable {
        /// `provider = icu`: an ICU locale (`und-u-ks-level2`).
        case icu
        /// `provider = libc`: the C library's `LC_COLLATE` and `LC_CTYPE`.
        case libc
    }

    /// The collation's name without its namespace.
    public var name: String
    /// The collation's namespace; `nil` for the dialect's default one (`public`).
    public var schema: String?
    /// The library that sorts.
    public var provider: Provider
    /// The ICU locale (`und-u-ks-level2`), or the libc locale when ``lcCollate`` and ``lcCtype`` are the same.
    public var locale: String?
    /// The libc `LC_COLLATE` when it differs from ``lcCtype``.
    public var lcCollate: String?
    /// The libc `LC_CTYPE` when it differs from ``lcCollate``.
    public var lcCtype: String?
    /// Whether strings that are equal byte for byte only compare equal; `false` for a
    /// case- or accent-insensitive ICU collation.
    public var isDeterministic: Bool

    /// A collation of `provider` with this locale, deterministic unless told.
    ///
    /// ```swift
    /// CollationSchema(name: "german", provider: .libc, locale: "de_DE.utf8")
    /// // create collation "german" (provider = libc, locale = 'de_DE.utf8')
    /// ```
    public init(name: String, schema: String? = nil, provider: Provider = .icu, locale: String? = nil, lcCollate: String? = nil,
                lcCtype: String? = nil, isDeterministic: Bool = true) {
        self.name = name
        self.schema = schema
        self.provider = provider
        self.locale = locale
        self.lcCollate = lcCollate
        self.lcCtype = lcCtype
        self.isDeterministic = isDeterministic
    }

    /// The collation's name with its namespace (`app.case_insensitive`), by which collations are matched and written in SQL.
    public var qualifiedName: QualifiedName { QualifiedName(name, schema: schema) }

    /// The same collation with a libc locale whose two parts are equal written as ``locale``.
    public var normalized: CollationSchema {
        var result = self
        if result.locale == nil, let collate = lcCollate, collate == lcCtype {
            result.locale = collate
            result.lcCollate = nil
            result.lcCtype = nil
        }
        return result
    }
}
