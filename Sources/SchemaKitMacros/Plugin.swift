import SchemaKitMacroExpansions
import SwiftCompilerPlugin
import SwiftSyntax
import SwiftSyntaxMacros

// The compiler plugin. What the macros write is in SchemaKitMacroExpansions, a plain library the
// macro tests link; the types below only hand over to it. They must be declared here: the
// compiler asks the plugin for `SchemaKitMacros.EntityMacro` (the module `#externalMacro` names)
// and the plugin matches it against its types' module-qualified names. A test target that
// depended on this macro target instead would make SwiftPM build the whole test product, and
// every module under it, a second time for the host: twice the build.

@main
struct SchemaKitMacrosPlugin: CompilerPlugin {
    let providingMacros: [any Macro.Type] = [EntityMacro.self, MarkerMacro.self, RelationMacro.self]
}

/// `@Entity`: ``SchemaKitMacroExpansions/EntityMacro``.
public struct EntityMacro: ExtensionMacro {
    public static func expansion(
        of node: AttributeSyntax,
        attachedTo declaration: some DeclGroupSyntax,
        providingExtensionsOf type: some TypeSyntaxProtocol,
        conformingTo protocols: [TypeSyntax],
        in context: some MacroExpansionContext
    ) throws -> [ExtensionDeclSyntax] {
        try SchemaKitMacroExpansions.EntityMacro.expansion(
            of: node, attachedTo: declaration, providingExtensionsOf: type, conformingTo: protocols, in: context)
    }
}

/// The markers (`@PrimaryKey`, `@Property`, `#Index`, …): ``SchemaKitMacroExpansions/MarkerMacro``.
public struct MarkerMacro: PeerMacro, DeclarationMacro {
    public static func expansion(
        of node: AttributeSyntax,
        providingPeersOf declaration: some DeclSyntaxProtocol,
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        try SchemaKitMacroExpansions.MarkerMacro.expansion(of: node, providingPeersOf: declaration, in: context)
    }

    public static func expansion(
        of node: some FreestandingMacroExpansionSyntax,
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        try SchemaKitMacroExpansions.MarkerMacro.expansion(of: node, in: context)
    }
}

/// The relations (`@ManyToOne`, …): ``SchemaKitMacroExpansions/RelationMacro``.
public struct RelationMacro: PeerMacro {
    public static func expansion(
        of node: AttributeSyntax,
        providingPeersOf declaration: some DeclSyntaxProtocol,
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        try SchemaKitMacroExpansions.RelationMacro.expansion(of: node, providingPeersOf: declaration, in: context)
    }
}
