import Foundation

/// Fills a database with rows: test fixtures, demo data, reference tables.
///
/// ```swift
/// struct DatabaseSeeder: Seeder {
///     func run(_ database: SeedDatabase) async throws {
///         try await database.insert(into: "author", ["name": "Ada", "email": "ada@example.com"])
///         try await database.call(TagSeeder.self)
///     }
/// }
/// // insert into "author" ("email", "name") values ('ada@example.com', 'Ada')
/// ```
public protocol Seeder: Sendable {
    /// Creates the seeder: `seeder:run`, `--seed` and `SeedDatabase.call(_:)` make seeders with it.
    init()
    /// Writes the seeder's rows through `database`. A thrown error stops seeding; rows earlier
    /// statements inserted stay.
    func run(_ database: SeedDatabase) async throws
}

extension Seeder {
    /// The name `seeder:run --class` and `--seed` know a seeder by: its type name.
    public static var seederName: String { String(describing: Self.self) }
}

/// The seeders an application has, and which one runs by default.
///
/// ```swift
/// SeederConfiguration(defaultSeeder: "DatabaseSeeder", seeders: [DatabaseSeeder.self, TagSeeder.self])
/// ```
public struct SeederConfiguration: Sendable {
    /// The type name of the seeder run when none is named; `DatabaseSeeder` by default.
    public var defaultSeeder: String
    /// The seeders that can be run by name (their type name), the default one among them.
    public var seeders: [any Seeder.Type]

    /// The application's seeders, and the name of the one that runs when none is named.
    public init(defaultSeeder: String = "DatabaseSeeder", seeders: [any Seeder.Type] = []) {
        self.defaultSeeder = defaultSeeder
        self.seeders = seeders
    }

    /// The seeder with this name (the default one for `nil`), or an error that lists the known ones.
    public func seeder(named name: String?) throws -> any Seeder.Type {
        let wanted = name ?? defaultSeeder
        if let seeder = seeders.first(where: { $0.seederName == wanted }) { return seeder }
        let known = seeders.map { $0.seederName }.sorted()
        throw SchemaError(.invalidConfiguration, "no seeder named '\(wanted)'"
            + (known.isEmpty ? "; the configuration lists none" : "; known seeders: \(known.joined(separator: ", "))"))
    }
}

/// A value bound into a statement. Values are never spliced into SQL as written: each is
/// rendered as a literal of the dialect, quotes (and MySQL's backslashes) escaped. Literals, not
/// server-side parameters, so the engine types them from their context as it does any literal
/// (a string into a JSON or enum column on PostgreSQL, say); a server running MySQL with
/// `NO_BACKSLASH_ESCAPES` is not supported. A `?` outside string literals, quoted names,
/// comments and dollar-quoted bodies (as ``SQLLexer`` reads the dialect's ``SQLLexicalRules``)
/// is always a placeholder (use `jsonb_exists` for PostgreSQL's `?` operator).
///
/// ```swift
/// try await database.execute("update book set price = ? where title = ?", [12.5, "Dune"])
/// ```
public enum SQLValue: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByNilLiteral {
    /// SQL `null`; the `nil` literal.
    case null
    /// An integer, written as is: `42`.
    case integer(Int)
    /// A floating-point number, written as Swift prints it (`12.5`); infinity and NaN become `null`.
    case double(Double)
    /// Text, quoted and escaped by the dialect: `'it''s'`.
    case string(String)
    /// A Boolean: `true` or `false`; `1` or `0` on SQL Server.
    case boolean(Bool)
    /// A point in time, written in UTC as `yyyy-MM-dd HH:mm:ss`.
    case date(Date)
    /// Bytes, as a hex literal: `x'00ff'`; `'\x00ff'::bytea` on PostgreSQL, `0x00ff` on SQL Server.
    case bytes(Data)

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(nilLiteral: ()) { self = .null }
}

/// What a ``Seeder`` works with: inserts and statements with bound values, and other seeders.
public struct SeedDatabase: Sendable {
    /// The connection the statements run on.
    public let database: any SchemaDatabase
    let seeders: SeederConfiguration
    /// The namespace `insert(into:)` uses when it is given none (`--schema` on the command line).
    public var defaultSchema: String?

    /// A seed database over a connection. `defaultSchema` qualifies the tables `insert(into:)` is
    /// given without a schema, on engines with schemas; `seeders` is the application's configuration.
    public init(database: any SchemaDatabase, seeders: SeederConfiguration = .init(), defaultSchema: String? = nil) {
        self.database = database
        self.seeders = seeders
        self.defaultSchema = defaultSchema
    }

    /// The connection's dialect, which quotes names and writes values as literals.
    public var dialect: any SQLDialect { database.dialect }

    /// Inserts rows into a table; every row names its columns (rows may differ).
    ///
    /// ```swift
    /// try await database.insert(into: "tag", ["name": "sci-fi"], ["name": "classic"])
    /// ```
    public func insert(into table: String, schema: String? = nil, _ rows: [String: SQLValue]...) async throws {
        try await insert(into: table, schema: schema, rows: rows)
    }

    /// Inserts rows given as an array: one `insert` per row, its columns in name order, all sent in
    /// one ``SchemaDatabase`` `execute` call.
    ///
    /// ```swift
    /// try await database.insert(into: "tag", rows: names.map { ["name": .string($0)] })
    /// // insert into "tag" ("name") values ('sci-fi'); insert into "tag" ("name") values ('classic')
    /// ```
    public func insert(into table: String, schema: String? = nil, rows: [[String: SQLValue]]) async throws {
        let name = QualifiedName(table, schema: schema ?? (dialect.capabilities.supportsSchemas ? defaultSchema : nil))
        let statements = rows.map { row -> SQLStatement in
            let columns = row.keys.sorted()
            let values = columns.map { dialect.literal(row[$0] ?? .null) }.joined(separator: ", ")
            return SQLStatement("insert into \(table: name) (\(ids: columns)) values (\(raw: values))", quotedBy: dialect,
                                kind: .copyRows, table: name)
        }
        try await database.execute(statements, transactional: true)
    }

    /// Runs one statement; each `?` outside strings, quoted names and comments takes the next value.
    public func execute(_ sql: String, _ values: [SQLValue] = []) async throws {
        try await database.execute([SQLStatement(unsafeSQL: try bind(sql, values), kind: .copyRows)], transactional: false)
    }

    /// Runs a query with bound values and returns its rows as text.
    public func rows(_ sql: String, _ values: [SQLValue] = []) async throws -> [[String?]] {
        try await database.rows(try bind(sql, values))
    }

    /// Runs another seeder.
    public func call(_ seeder: any Seeder.Type) async throws {
        try await seeder.init().run(self)
    }

    /// Replaces each `?` outside string literals, quoted names and comments with the next value.
    func bind(_ sql: String, _ values: [SQLValue]) throws -> String {
        try bindWithRanges(sql, values).sql
    }

    /// ``bind(_:_:)``, with where each value landed in the result.
    ///
    /// The placeholders are the dialect's, as ``SQLLexer`` reads them: a `?` inside a string
    /// literal, quoted name, comment or dollar-quoted body is text. Each value is written as a
    /// literal that reads as tokens of its own: a space goes between it and a neighbour it would
    /// run into (`-?` with `-1` is `- -1`, not the comment `--1`; `E?` with `'a\'` is `E 'a\'`).
    /// The result is read again to make sure of that; the statement is refused otherwise.
    func bindWithRanges(_ sql: String, _ values: [SQLValue]) throws -> (sql: String, valueRanges: [Range<String.Index>]) {
        let lexer = SQLLexer(rules: dialect.lexicalRules)
        let tokens = lexer.tokens(in: sql)
        let placeholders = tokens.count { $0.kind == .placeholder }
        guard placeholders == values.count else {
            throw SchemaError(.invalidConfiguration,
                              "the statement has \(placeholders) placeholder(s) but \(values.count) value(s) were given: \(sql)")
        }
        var result = ""
        var valueOffsets: [Range<Int>] = []
        var remaining = values[...]
        var previous = ""
        for (position, token) in tokens.enumerated() {
            guard token.kind == .placeholder, let value = remaining.popFirst() else {
                result += token.text
                previous = String(token.text)
                continue
            }
            let literal = dialect.literal(value)
            let next = position + 1 < tokens.count ? String(tokens[position + 1].text) : ""
            if !lexer.keepsApart(previous, literal) { result += " " }
            let start = result.utf8.count
            result += literal
            valueOffsets.append(start..<result.utf8.count)
            if !lexer.keepsApart(literal, next) { result += " " }
            previous = literal
        }
        let valueRanges = valueOffsets.map { offsets in
            result.utf8.index(result.startIndex, offsetBy: offsets.lowerBound)..<result.utf8.index(result.startIndex, offsetBy: offsets.upperBound)
        }
        guard lexer.keepsText(of: tokens, in: result, outside: valueRanges) else {
            throw SchemaError(.invalidConfiguration, "the values cannot be bound into the statement without changing how it reads: \(sql)")
        }
        return (result, valueRanges)
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }
}

extension SQLDialect {
    /// A value as a literal of this dialect: `'it''s'`, `42`, `true`, `null`, `x'00ff'`.
    public func literal(_ value: SQLValue) -> String {
        switch value {
        case .null: "null"
        case .integer(let number): String(number)
        case .double(let number): number.isFinite ? String(number) : "null"
        case .string(let text): quoteLiteral(text)
        case .boolean(let flag): booleanLiteral(flag)
        case .date(let date): timestampLiteral(SeedDatabase.timestamp(date))
        case .bytes(let data): bytesLiteral(data.map { String(format: "%02x", $0) }.joined())
        }
    }
}
