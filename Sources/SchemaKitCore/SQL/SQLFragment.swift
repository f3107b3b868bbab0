/// A piece of SQL whose identifiers and literals are quoted by the dialect that renders it.
///
/// Names are never spliced into SQL text: they are interpolated as identifiers or literals,
/// and the dialect quotes them (doubling embedded quotes, escaping backslashes on MySQL).
///
/// ```swift
/// let fragment: SQLFragment = "alter table \(table: name) add \(id: "note") text default \(literal: "it's")"
/// dialect.render(fragment)   // alter table "book" add "note" text default 'it''s'
/// ```
public struct SQLFragment: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    enum Segment: Sendable, Hashable {
        case raw(String)
        case identifier(String)
        case qualified(QualifiedName)
        case literal(String)
    }

    var segments: [Segment]

    public init(stringLiteral value: String) { segments = value.isEmpty ? [] : [.raw(value)] }
    public init(stringInterpolation: StringInterpolation) { segments = stringInterpolation.segments }

    /// SQL text taken as it is: model expressions (a check, a default, a type) and scripts.
    /// Nothing is quoted; never pass a name or a value through here.
    public init(unsafeSQL sql: String) { segments = sql.isEmpty ? [] : [.raw(sql)] }

    /// The empty fragment.
    public static let empty = SQLFragment(segments: [])

    init(segments: [Segment]) { self.segments = segments }

    /// Whether the fragment holds no SQL at all.
    public var isEmpty: Bool { segments.isEmpty }

    /// Two fragments one after the other.
    public static func + (lhs: SQLFragment, rhs: SQLFragment) -> SQLFragment {
        SQLFragment(segments: lhs.segments + rhs.segments)
    }

    /// Appends `rhs` to `lhs`.
    public static func += (lhs: inout SQLFragment, rhs: SQLFragment) { lhs.segments += rhs.segments }

    /// A debugging form with ANSI quoting.
    public var description: String { render(with: ANSIQuoting()) }

    func render(with quoting: some SQLQuoting) -> String {
        var text = ""
        for segment in segments {
            switch segment {
            case .raw(let sql): text += sql
            case .identifier(let name): text += quoting.quoteIdentifier(name)
            case .qualified(let name): text += quoting.quoteQualified(name)
            case .literal(let value): text += quoting.quoteLiteral(value)
            }
        }
        return text
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var segments: [Segment] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { segments.append(.raw(literal)) }
        }

        /// A quoted identifier: `"name"`.
        public mutating func appendInterpolation(id name: String) { segments.append(.identifier(name)) }
        /// Quoted identifiers separated by `, `.
        public mutating func appendInterpolation(ids names: [String]) {
            for (offset, name) in names.enumerated() {
                if offset > 0 { segments.append(.raw(", ")) }
                segments.append(.identifier(name))
            }
        }
        /// A possibly schema-qualified, quoted name: `"auth"."users"`.
        public mutating func appendInterpolation(table name: QualifiedName) { segments.append(.qualified(name)) }
        /// A quoted string literal: `'it''s'`.
        public mutating func appendInterpolation(literal value: String) { segments.append(.literal(value)) }
        /// SQL used verbatim.
        public mutating func appendInterpolation(raw sql: String) { segments.append(.raw(sql)) }
        /// A name written as a keyword (an operator class, a storage parameter): as it is when it
        /// is a bare word (`text_pattern_ops`), quoted as an identifier otherwise.
        public mutating func appendInterpolation(word name: String) {
            segments.append(isBareWord(name) ? .raw(name) : .identifier(name))
        }
        /// Another fragment.
        public mutating func appendInterpolation(_ fragment: SQLFragment) { segments += fragment.segments }
        /// Quoted string literals separated by `, `: `'a', 'b'`.
        public mutating func appendInterpolation(literals values: [String]) {
            for (offset, value) in values.enumerated() {
                if offset > 0 { segments.append(.raw(", ")) }
                segments.append(.literal(value))
            }
        }
    }
}

extension Sequence<SQLFragment> {
    /// The fragments with `separator` between them.
    public func joined(separator: String) -> SQLFragment {
        var result = SQLFragment.empty
        for (offset, fragment) in enumerated() {
            if offset > 0, !separator.isEmpty { result.segments.append(.raw(separator)) }
            result.segments += fragment.segments
        }
        return result
    }
}

/// How a dialect quotes identifiers and string literals.
public protocol SQLQuoting: Sendable {
    /// `name` as a quoted identifier, embedded quotes escaped: `"a""b"`.
    func quoteIdentifier(_ name: String) -> String
    /// `value` as a string literal, embedded quotes (and on MySQL backslashes) escaped: `'it''s'`.
    func quoteLiteral(_ value: String) -> String
    /// A possibly schema-qualified name, each part quoted: `"auth"."users"`.
    func quoteQualified(_ name: QualifiedName) -> String
}

extension SQLQuoting {
    public func quoteQualified(_ name: QualifiedName) -> String {
        if let schema = name.schema { return quoteIdentifier(schema) + "." + quoteIdentifier(name.name) }
        return quoteIdentifier(name.name)
    }
}

/// Standard SQL quoting: `"name"`, `'value'`, embedded quotes doubled.
struct ANSIQuoting: SQLQuoting {
    func quoteIdentifier(_ name: String) -> String {
        "\"" + name.doubling("\"") + "\""
    }

    func quoteLiteral(_ value: String) -> String {
        "'" + value.doubling("'") + "'"
    }
}
