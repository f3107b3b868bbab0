/// A value kept on the heap, shared by copies and replaced (never changed) on write; compared
/// and hashed by its value. A large struct with attributes most instances leave unset keeps
/// them in one optional `Boxed` (8 bytes) instead of inline.
///
/// ```swift
/// let box = Boxed(["a", "b"])
/// box.value       // ["a", "b"]
/// box == Boxed(["a", "b"])   // true
/// ```
enum Boxed<Value: Sendable & Hashable>: Sendable, Hashable {
    indirect case value(Value)

    init(_ value: Value) { self = .value(value) }

    var value: Value {
        switch self { case .value(let value): value }
    }
}

/// Attributes kept together in a ``Boxed``; `init()` is the value with none of them set, which
/// is kept as no box at all. An optional attribute is unset when `nil`.
protocol BoxedAttributes: Sendable, Hashable {
    init()
}

extension Optional {
    /// The box for `attributes`, or none when none of them is set: two values with the same
    /// attributes then store the same thing, and compare and hash alike.
    init<Attributes: BoxedAttributes>(boxing attributes: Attributes) where Wrapped == Boxed<Attributes> {
        self = attributes == Attributes() ? nil : Boxed(attributes)
    }

    /// Sets one attribute. Unsetting one where none is set changes nothing and makes no box: a
    /// reader sets every column's collation, most of them to `nil`.
    mutating func set<Attributes: BoxedAttributes, Value: Equatable>(
        _ attribute: WritableKeyPath<Attributes, Value>, to value: Value
    ) where Wrapped == Boxed<Attributes> {
        if self == nil, value == Attributes()[keyPath: attribute] { return }
        update { $0[keyPath: attribute] = value }
    }

    /// Sets one optional attribute; `nil` where none is set is known to change nothing without
    /// making the unset value to compare with (readers set a collation on every column).
    mutating func set<Attributes: BoxedAttributes, Value: Equatable>(
        _ attribute: WritableKeyPath<Attributes, Value?>, to value: Value?
    ) where Wrapped == Boxed<Attributes> {
        if self == nil, value == nil { return }
        update { $0[keyPath: attribute] = value }
    }

    /// Replaces the box with one holding the changed attributes (none when `change` unsets them all).
    mutating func update<Attributes: BoxedAttributes>(_ change: (inout Attributes) -> Void) where Wrapped == Boxed<Attributes> {
        var attributes = self?.value ?? Attributes()
        change(&attributes)
        self = Optional(boxing: attributes)
    }
}
