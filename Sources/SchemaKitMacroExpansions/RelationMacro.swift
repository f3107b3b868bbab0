import SwiftSyntax
import SwiftSyntaxMacros

/// `@ManyToOne`, `@OneToOne`, `@OneToMany` and `@ManyToMany`: besides being read by `@Entity`,
/// each adds a private, never-called function next to the property that compiles only when the
/// property holds the target's primary key type (``SchemaKitCore/RelationKey``). A mismatch is
/// therefore a compiler error in the expansion of the attribute on that property:
///
/// ```swift
/// @ManyToOne(Book.self) var bookId: Int      // Book's key is a UUID
/// // error: static method 'holds(_:primaryKeyOf:)' requires the types 'Int' and 'Book.PrimaryKeyValue' (aka 'UUID') be equivalent
/// ```
///
/// The key is the property's type without `?`; for the to-many relations, the element of
/// `[Key]` or `Set<Key>` (other collection spellings are not checked).
public struct RelationMacro: PeerMacro {
    public static func expansion(
        of node: AttributeSyntax,
        providingPeersOf declaration: some DeclSyntaxProtocol,
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        guard let variable = declaration.as(VariableDeclSyntax.self), let marker = Marker(node), marker.isRelation,
              let target = node.targetType, isInsideType(context)
        else { return [] }
        let marked = MarkedVariable(variable)
        // Misused markers are @Entity's to report; a check here would only add a second error.
        guard marked.markers.count == 1, !marked.isStaticOrLazy, !marked.isComputed else { return [] }
        return marked.storedBindings.compactMap { name, type, _ -> DeclSyntax? in
            guard let type, type.unstorableKind == nil else { return nil }
            var key = type.nonOptional
            if marker.isToMany {
                guard let element = type.nonOptional.collectionElement else { return nil }
                key = element
            }
            if key.nonOptional.trimmedDescription == target { return nil }
            let keyType = key.is(IdentifierTypeSyntax.self) || key.is(MemberTypeSyntax.self)
                ? key.trimmedDescription : "(\(key.trimmedDescription))"
            return """
                nonisolated private static func __schemaKit_\(raw: name.text.trimmingBackticks)() {
                    SchemaKitCore.RelationKey.holds(\(raw: keyType).self, primaryKeyOf: \(raw: target).self)
                }
                """
        }
    }

    /// Peers are declared only inside a type, where `@Entity` can be.
    static func isInsideType(_ context: some MacroExpansionContext) -> Bool {
        guard let parent = context.lexicalContext.first else { return false }
        return parent.is(StructDeclSyntax.self) || parent.is(ClassDeclSyntax.self)
    }
}
