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
