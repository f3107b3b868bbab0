/// The ``Entity/PrimaryKeyValue`` of an entity that does not declare one (a composite key, or a
/// hand-written schema): relations to it are not type-checked.
public enum UndeclaredPrimaryKey {}

/// Compile-time checks that a relation property holds its target's primary key.
///
/// The relation macros call it next to the property, so a mismatch is a compiler error there:
///
/// ```swift
/// @Entity struct Book { @PrimaryKey var id: UUID }
/// @Entity struct Review {
///     @ManyToOne(Book.self) var bookId: Int
///     // error: static method 'holds(_:primaryKeyOf:)' requires the types 'Int' and 'Book.PrimaryKeyValue' (aka 'UUID') be equivalent
/// }
/// ```
public enum RelationKey {
    /// Compiles only when `Key` is `Target`'s primary key type (an optional or an array of keys
    /// is checked by its element: pass `Int.self` for `Int?` and `[Int]`).
    public static func holds<Key, Target: Entity>(_ key: Key.Type, primaryKeyOf target: Target.Type)
    where Key == Target.PrimaryKeyValue {}

    /// Any key is accepted for a target whose primary key type is undeclared.
    @_disfavoredOverload
    public static func holds<Key, Target: Entity>(_ key: Key.Type, primaryKeyOf target: Target.Type)
    where Target.PrimaryKeyValue == UndeclaredPrimaryKey {}
}
