/// A standalone PostgreSQL sequence: one a column default draws from (`nextval('receipt_seq')`)
/// or that an application calls itself. A `serial` column's own sequence is part of that column
/// (``ColumnSchema/isAutoincrement``), and an identity column's part of its identity; neither is
/// a `SequenceSchema`.
///
/// An option left `nil` is the default for the sequence's type and direction, so a sequence
/// read back compares equal to the one declared with the defaults left out.
///
/// ```swift
/// SequenceSchema(name: "batch_seq", dataType: "integer", increment: 5, maxValue: 1_000_000, cache: 10, cycles: true,
///                ownedBy: SequenceOwner(table: QualifiedName("batch"), column: "id"))
/// // create sequence "batch_seq" as integer increment by 5 maxvalue 1000000 cache 10 cycle;
/// // alter sequence "batch_seq" owned by "batch"."id"   (once the table exists)
/// ```
public struct SequenceSchema: Sendable, Hashable, Codable {
    /// The sequence's name without its namespace.
    public var name: String
    /// The sequence's namespace; `nil` for the dialect's default one (`public`).
    public var schema: String?
    /// `smallint`, `integer` or `bigint` (the default).
    public var dataType: String
    /// The step between values; negative for a descending sequence.
    public var increment: Int64
    /// The lowest value; `nil` for the default (1 ascending, the type's minimum descending).
    public var minValue: Int64?
    /// The highest value; `nil` for the default (the type's maximum ascending, -1 descending).
    public var maxValue: Int64?
    /// The first value; `nil` for the default (the minimum ascending, the maximum descending).
    public var start: Int64?
    /// How many values a session takes at once.
    public var cache: Int64
    /// Whether the sequence starts again at its minimum (maximum) after its maximum (minimum).
    public var cycles: Bool
    /// The column the sequence belongs to (`owned by`): dropping the column or its table drops it.
    public var ownedBy: SequenceOwner?

    /// A sequence with PostgreSQL's defaults unless told: `bigint`, ascending by 1, no cycle.
    ///
    /// ```swift
    /// SequenceSchema(name: "receipt_number_seq", start: 6000)
    /// // create sequence "receipt_number_seq" start with 6000
    /// ```
    public init(
        name: String, schema: String? = nil, dataType: String = "bigint", increment: Int64 = 1, minValue: Int64? = nil,
        maxValue: Int64? = nil, start: Int64? = nil, cache: Int64 = 1, cycles: Bool = false, ownedBy: SequenceOwner? = nil
    ) {
        self.name = name
        self.schema = schema
        self.dataType = dataType
        self.increment = increment
        self.minValue = minValue
        self.maxValue = maxValue
        self.start = start
        self.cache = cache
        self.cycles = cycles
        self.ownedBy = ownedBy
    }

    /// The sequence's name with its namespace (`app.batch_seq`), by which sequences are matched and written in SQL.
    public var qualifiedName: QualifiedName { QualifiedName(name, schema: schema) }

    /// The same sequence with its type spelled `smallint`, `integer` or `bigint`, and every
    /// option equal to its default left `nil`: two sequences that behave alike are equal.
    public var normalized: SequenceSchema {
        var result = self
        result.dataType = Self.canonicalType(dataType)
        let ascending = increment > 0
        let (typeMin, typeMax) = Self.bounds(of: result.dataType)
        if minValue == (ascending ? 1 : typeMin) { result.minValue = nil }
        if maxValue == (ascending ? typeMax : -1) { result.maxValue = nil }
        let lowest = result.minValue ?? (ascending ? 1 : typeMin), highest = result.maxValue ?? (ascending ? typeMax : -1)
        if start == (ascending ? lowest : highest) { result.start = nil }
        return result
    }

    /// The options that differ from PostgreSQL's defaults, as `create sequence` and `alter
    /// sequence` write them: `as integer`, `increment by 5`, `minvalue 1`, `maxvalue 1000`,
    /// `start with 10`, `cache 10`, `cycle`.
    public var options: [String] {
        let sequence = normalized
        var options: [String] = []
        if sequence.dataType != "bigint" { options.append("as \(sequence.dataType)") }
        if sequence.increment != 1 { options.append("increment by \(sequence.increment)") }
        if let value = sequence.minValue { options.append("minvalue \(value)") }
        if let value = sequence.maxValue { options.append("maxvalue \(value)") }
        if let value = sequence.start { options.append("start with \(value)") }
        if sequence.cache != 1 { options.append("cache \(sequence.cache)") }
        if sequence.cycles { options.append("cycle") }
        return options
    }

    /// Whether the sequence is the one `serial` makes for a column of `type`: of that type, with
    /// every option the default (its owner aside).
    ///
    /// ```swift
    /// SequenceSchema(name: "t_id_seq", dataType: "integer").isSerialSequence(ofType: "int")   // true
    /// ```
    public func isSerialSequence(ofType type: String) -> Bool {
        var sequence = normalized
        sequence.ownedBy = nil
        return sequence == SequenceSchema(name: name, schema: schema, dataType: Self.canonicalType(type))
    }

    /// `smallint`, `integer` or `bigint` for PostgreSQL's spellings of them (`int4`, `int`, `int8`, …).
    static func canonicalType(_ type: String) -> String {
        switch type.lowercased() {
        case "smallint", "int2": "smallint"
        case "integer", "int", "int4": "integer"
        case "bigint", "int8": "bigint"
        default: type.lowercased()
        }
    }

    /// The range of a sequence type.
    static func bounds(of type: String) -> (Int64, Int64) {
        switch type {
        case "smallint": (Int64(Int16.min), Int64(Int16.max))
        case "integer": (Int64(Int32.min), Int64(Int32.max))
        default: (Int64.min, Int64.max)
        }
    }
}

/// The column a sequence belongs to (`alter sequence … owned by "batch"."id"`).
///
/// ```swift
/// SequenceOwner(table: QualifiedName("batch"), column: "id")   // owned by "batch"."id"
/// ```
public struct SequenceOwner: Sendable, Hashable, Codable {
    /// The column's table, in the sequence's namespace or another.
    public var table: QualifiedName
    /// The column's name.
    public var column: String

    /// The column `column` of `table`.
    public init(table: QualifiedName, column: String) {
        self.table = table
        self.column = column
    }
}
