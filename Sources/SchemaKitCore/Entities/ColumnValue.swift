import Foundation

/// A Swift type SchemaKit knows how to store in one column.
///
/// `String`, the integer family, `Double`, `Float`, `Decimal`, `Bool`, `Date`, `UUID` and `Data`
/// conform; `Optional` makes the column nullable; `CaseIterable & RawRepresentable` enums are
/// recognised without a conformance, and ``JSON`` stores any `Codable` value as JSON.
public protocol ColumnValue {
    /// The portable column type for this Swift type.
    static var columnType: ColumnType { get }
}

extension String: ColumnValue { public static var columnType: ColumnType { .string } }
extension Substring: ColumnValue { public static var columnType: ColumnType { .string } }
extension Int: ColumnValue { public static var columnType: ColumnType { .integer } }
extension Int8: ColumnValue { public static var columnType: ColumnType { .tinyint } }
extension Int16: ColumnValue { public static var columnType: ColumnType { .smallint } }
extension Int32: ColumnValue { public static var columnType: ColumnType { .integer } }
extension Int64: ColumnValue { public static var columnType: ColumnType { .bigint } }
extension UInt8: ColumnValue { public static var columnType: ColumnType { .tinyint } }
extension UInt16: ColumnValue { public static var columnType: ColumnType { .smallint } }
extension UInt32: ColumnValue { public static var columnType: ColumnType { .integer } }
extension UInt64: ColumnValue { public static var columnType: ColumnType { .bigint } }
extension UInt: ColumnValue { public static var columnType: ColumnType { .integer } }
extension Double: ColumnValue { public static var columnType: ColumnType { .double } }
extension Float: ColumnValue { public static var columnType: ColumnType { .float } }
extension Decimal: ColumnValue { public static var columnType: ColumnType { .decimal } }
extension Bool: ColumnValue { public static var columnType: ColumnType { .boolean } }
extension Date: ColumnValue { public static var columnType: ColumnType { .datetime } }
extension UUID: ColumnValue { public static var columnType: ColumnType { .uuid } }
extension Data: ColumnValue { public static var columnType: ColumnType { .blob } }

/// Stores any `Codable` value in one JSON column (`jsonb` on PostgreSQL, `json` elsewhere).
///
/// ```swift
/// struct Book { var metadata: JSON<[String: String]> }
/// Property(\.metadata)   // "metadata" jsonb not null
/// ```
public struct JSON<Value: Codable>: ColumnValue {
    /// The wrapped value, encoded as JSON in the column.
    public var value: Value
    /// Wraps a value to store it as JSON.
    public init(_ value: Value) { self.value = value }
    public static var columnType: ColumnType { .json }
}

extension JSON: Sendable where Value: Sendable {}
extension JSON: Equatable where Value: Equatable {}
extension JSON: Hashable where Value: Hashable {}

/// What SchemaKit infers from a Swift type: column type, nullability, enum cases, array-ness.
struct InferredColumn: Equatable {
    var type: ColumnType
    var isNullable: Bool
    var enumItems: [String]?
    var isArray: Bool
}

/// Lets inference look through `Optional` without knowing the wrapped type statically.
private protocol OptionalMarker { static var wrappedType: Any.Type { get } }
extension Optional: OptionalMarker { static var wrappedType: Any.Type { Wrapped.self } }

/// Lets inference look through `Array` for PostgreSQL array columns.
private protocol ArrayMarker { static var elementType: Any.Type { get } }
extension Array: ArrayMarker { static var elementType: Any.Type { Element.self } }

enum ColumnInference {
    /// Infers the column for a Swift type, or `nil` when the type is not storable in one column.
    static func infer(_ type: Any.Type) -> InferredColumn? {
        if let optional = type as? any OptionalMarker.Type {
            guard var inner = infer(optional.wrappedType) else { return nil }
            inner.isNullable = true
            return inner
        }
        if let value = type as? any ColumnValue.Type {
            return InferredColumn(type: value.columnType, isNullable: false, enumItems: nil, isArray: false)
        }
        if let enumeration = type as? any CaseIterable.Type, let items = enumItems(of: enumeration) {
            return items
        }
        if let array = type as? any ArrayMarker.Type, let element = infer(array.elementType), !element.isArray {
            return InferredColumn(type: element.type, isNullable: false, enumItems: element.enumItems, isArray: true)
        }
        return nil
    }

    private static func enumItems(of type: any CaseIterable.Type) -> InferredColumn? {
        func open<T: CaseIterable>(_: T.Type) -> [Any] { Array(T.allCases) }
        let cases = open(type)
        var raws: [String] = []
        var isNumeric = false
        for value in cases {
            guard let raw = value as? any RawRepresentable else { return nil }
            switch raw.rawValue {
            case let string as String: raws.append(string)
            case let int as any BinaryInteger:
                isNumeric = true
                raws.append(String(describing: int))
            default: return nil
            }
        }
        return InferredColumn(type: isNumeric ? .smallint : .enumeration, isNullable: false,
                              enumItems: raws, isArray: false)
    }
}

extension ColumnInference {
    static func isOptional(_ type: Any.Type) -> Bool { type is any OptionalMarker.Type }
}
