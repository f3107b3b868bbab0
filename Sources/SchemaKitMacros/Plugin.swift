import SwiftCompilerPlugin
import SwiftSyntaxMacros

@main
struct SchemaKitMacrosPlugin: CompilerPlugin {
    let providingMacros: [any Macro.Type] = [EntityMacro.self, MarkerMacro.self, RelationMacro.self]
}
