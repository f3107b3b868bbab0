import SwiftSyntax
import SwiftSyntaxMacros

/// `@PrimaryKey`, `@Property`, `@Embedded`, `@Ignored`, `#Index`, `#Unique` and `#Check` expand to
/// nothing: `@Entity` reads them.
public struct MarkerMacro: PeerMacro, DeclarationMacro {
    public static func expansion(
        of node: AttributeSyntax,
        providingPeersOf declaration: some DeclSyntaxProtocol,
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        []
    }

    public static func expansion(
        of node: some FreestandingMacroExpansionSyntax,
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        []
    }
}
