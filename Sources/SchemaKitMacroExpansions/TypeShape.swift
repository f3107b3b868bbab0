import SwiftSyntax

/// What the macros can tell about a property's type from its spelling alone. The compiler, not
/// the macro, maps types to columns; these only catch what syntax already shows.
extension TypeSyntax {
    /// `T` for `T?`, `T!`, `Optional<T>` and `Swift.Optional<T>`; `nil` for any other type.
    var optionalWrapped: TypeSyntax? {
        if let optional = self.as(OptionalTypeSyntax.self) { return optional.wrappedType }
        if let implicit = self.as(ImplicitlyUnwrappedOptionalTypeSyntax.self) { return implicit.wrappedType }
        return genericArgument(of: ["Optional", "Swift.Optional"])
    }

    /// The type with one level of optionality removed.
    var nonOptional: TypeSyntax { optionalWrapped ?? self }

    /// `T` for `[T]`, `Array<T>` and `Set<T>` (also qualified with `Swift.`); `nil` otherwise.
    var collectionElement: TypeSyntax? {
        if let array = self.as(ArrayTypeSyntax.self) { return array.element }
        return genericArgument(of: ["Array", "Swift.Array", "Set", "Swift.Set"])
    }

    /// The single generic argument of `Name<T>` when the type is spelled with one of `names`.
    private func genericArgument(of names: Set<String>) -> TypeSyntax? {
        let base: String
        let clause: GenericArgumentClauseSyntax?
        if let identifier = self.as(IdentifierTypeSyntax.self) {
            base = identifier.name.text
            clause = identifier.genericArgumentClause
        } else if let member = self.as(MemberTypeSyntax.self) {
            base = member.baseType.trimmedDescription + "." + member.name.text
            clause = member.genericArgumentClause
        } else {
            return nil
        }
        guard names.contains(base), let arguments = clause?.arguments, arguments.count == 1,
              let argument = arguments.first?.argument
        else { return nil }
        switch argument {
        case .type(let type): return type
        default: return nil
        }
    }

    /// The kind of type no column can hold, judged from syntax: a function, a tuple, an
    /// existential or opaque type, a metatype, `Void`. Looks through optionals and arrays.
    var unstorableKind: UnstorableKind? {
        let type = nonOptional
        if let element = type.collectionElement { return element.unstorableKind }
        if let attributed = type.as(AttributedTypeSyntax.self) { return attributed.baseType.unstorableKind }
        if type.is(FunctionTypeSyntax.self) { return .function }
        if let tuple = type.as(TupleTypeSyntax.self) {
            if tuple.elements.isEmpty { return .void }
            if tuple.elements.count == 1, let only = tuple.elements.first, only.firstName == nil {
                return only.type.unstorableKind
            }
            return .tuple
        }
        if let someOrAny = type.as(SomeOrAnyTypeSyntax.self) {
            return someOrAny.someOrAnySpecifier.text == "some" ? .opaque : .existential
        }
        if type.is(CompositionTypeSyntax.self) { return .existential }
        if type.is(MetatypeTypeSyntax.self) { return .metatype }
        if let identifier = type.as(IdentifierTypeSyntax.self), identifier.genericArgumentClause == nil {
            switch identifier.name.text {
            case "Void", "Never": return .void
            case "Any", "AnyObject": return .existential
            default: return nil
            }
        }
        return nil
    }
}

/// Why a property's type cannot be a column.
enum UnstorableKind: Equatable {
    case function, tuple, existential, opaque, metatype, void

    var description: String {
        switch self {
        case .function: "a function type"
        case .tuple: "a tuple type"
        case .existential: "an existential type"
        case .opaque: "an opaque type"
        case .metatype: "a metatype"
        case .void: "an empty type"
        }
    }

    /// An explicit `type:`/`columnType:` makes sense for an existential or opaque value (stored
    /// as JSON, say), never for a function, a metatype or `Void`.
    var allowsExplicitColumnType: Bool { self == .existential || self == .opaque || self == .tuple }
}
