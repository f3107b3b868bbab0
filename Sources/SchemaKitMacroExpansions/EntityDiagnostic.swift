import SwiftDiagnostics
import SwiftSyntax

/// The errors `@Entity` reports at the user's declaration.
enum EntityDiagnostic: DiagnosticMessage {
    case notAStructOrClass(kind: String)
    case duplicateMarker(Marker, property: String)
    case ignoredWithMarker(Marker, property: String)
    case conflictingMarkers(first: Marker, second: Marker, property: String)
    case markerOnNonStoredProperty(Marker, property: String, reason: String)
    case unstorableType(property: String, type: String?, kind: UnstorableKind, canUseColumnType: Bool)
    case relationHoldsTarget(Marker, property: String, target: String, suggestion: String)
    case defaultAndDefaultRaw(property: String)

    var message: String {
        switch self {
        case .notAStructOrClass(let kind):
            "@Entity applies to a struct or a class, not to \(kind)"
        case .duplicateMarker(let marker, let property):
            "'\(property)' is marked @\(marker.rawValue) twice"
        case .ignoredWithMarker(let marker, let property):
            "'\(property)' is @Ignored, so it has no column for @\(marker.rawValue) to describe"
        case .conflictingMarkers(let first, let second, let property):
            "'\(property)' is already @\(first.rawValue); it cannot also be @\(second.rawValue)"
        case .markerOnNonStoredProperty(let marker, let property, let reason):
            "@\(marker.rawValue) applies to a stored instance property, and '\(property)' is \(reason)"
        case .unstorableType(let property, let type, let kind, let canUseColumnType):
            (type.map { "'\(property)' has \(kind.description), '\($0)'," } ?? "'\(property)' holds a closure,")
                + " which no column can store; mark it @Ignored"
                + (canUseColumnType ? " or give it @Property(type:) or @Property(columnType:)" : "")
        case .relationHoldsTarget(let marker, let property, let target, let suggestion):
            "@\(marker.rawValue) stores the key of '\(target)', not a '\(target)' value: declare '\(property)' as '\(suggestion)'"
        case .defaultAndDefaultRaw(let property):
            "'\(property)' has both default: and defaultRaw:; give one"
        }
    }

    var diagnosticID: MessageID {
        let id = switch self {
        case .notAStructOrClass: "notAStructOrClass"
        case .duplicateMarker: "duplicateMarker"
        case .ignoredWithMarker: "ignoredWithMarker"
        case .conflictingMarkers: "conflictingMarkers"
        case .markerOnNonStoredProperty: "markerOnNonStoredProperty"
        case .unstorableType: "unstorableType"
        case .relationHoldsTarget: "relationHoldsTarget"
        case .defaultAndDefaultRaw: "defaultAndDefaultRaw"
        }
        return MessageID(domain: "SchemaKitMacros", id: id)
    }

    var severity: DiagnosticSeverity { .error }
}

/// The fix-its offered with ``EntityDiagnostic``.
enum EntityFixIt: FixItMessage {
    case remove(Marker)
    case markIgnored(property: String)
    case useKeyType(String)

    var message: String {
        switch self {
        case .remove(let marker): "remove '@\(marker.rawValue)'"
        case .markIgnored(let property): "mark '\(property)' @Ignored"
        case .useKeyType(let type): "use '\(type)'"
        }
    }

    var fixItID: MessageID {
        switch self {
        case .remove: MessageID(domain: "SchemaKitMacros", id: "remove")
        case .markIgnored: MessageID(domain: "SchemaKitMacros", id: "markIgnored")
        case .useKeyType: MessageID(domain: "SchemaKitMacros", id: "useKeyType")
        }
    }
}

extension FixIt {
    /// Removes one attribute from a declaration, keeping the line's indentation.
    static func remove(_ attribute: AttributeSyntax, marker: Marker, from variable: VariableDeclSyntax) -> FixIt {
        var elements = Array(variable.attributes)
        guard let index = elements.firstIndex(where: { $0.as(AttributeSyntax.self)?.id == attribute.id }) else {
            return FixIt(message: EntityFixIt.remove(marker), changes: [])
        }
        let removed = elements.remove(at: index)
        if index < elements.count {
            // The removed attribute's leading trivia (newline, indentation) moves to the next one.
            elements[index] = elements[index].with(\.leadingTrivia, removed.leadingTrivia)
        }
        var fixed = variable.with(\.attributes, AttributeListSyntax(elements))
        if elements.isEmpty {
            fixed = fixed.with(\.leadingTrivia, variable.leadingTrivia)
        } else if index == elements.count, elements[index - 1].trailingTrivia.isEmpty {
            // The last attribute went: what follows keeps its line break or space.
            let separator = removed.leadingTrivia.isEmpty ? removed.trailingTrivia : removed.leadingTrivia
            if var modifier = fixed.modifiers.first {
                modifier.leadingTrivia = separator + modifier.leadingTrivia
                fixed.modifiers = DeclModifierListSyntax([modifier] + Array(fixed.modifiers.dropFirst()))
            } else {
                fixed.bindingSpecifier.leadingTrivia = separator + fixed.bindingSpecifier.leadingTrivia
            }
        }
        return FixIt(message: EntityFixIt.remove(marker), changes: [.replace(oldNode: Syntax(variable), newNode: Syntax(fixed))])
    }

    /// Puts `@Ignored` in front of a declaration.
    static func markIgnored(_ variable: VariableDeclSyntax, property: String) -> FixIt {
        let ignored = AttributeSyntax(attributeName: IdentifierTypeSyntax(name: .identifier("Ignored")))
            .with(\.leadingTrivia, variable.leadingTrivia)
            .with(\.trailingTrivia, .space)
        var fixed = variable.with(\.leadingTrivia, [])
        fixed.attributes = AttributeListSyntax([.attribute(ignored)] + Array(fixed.attributes))
        return FixIt(message: EntityFixIt.markIgnored(property: property),
                     changes: [.replace(oldNode: Syntax(variable), newNode: Syntax(fixed))])
    }
}
