import Foundation
import SwiftDiagnostics
import SwiftSyntax
import SwiftSyntaxBuilder
import SwiftSyntaxMacros

/// `@Entity`: turns a type's stored properties and marker attributes into an `Entity`
/// conformance whose `schema` is built with the value API (`EntitySchema(T.self) { … }`).
///
/// The macro only rewrites syntax: attribute arguments are forwarded verbatim to the matching
/// builder component, so names, types and defaults are resolved by the compiler and by the
/// naming strategy at run time, exactly as for a hand-written schema.
public struct EntityMacro: ExtensionMacro {
    /// Marker attributes on properties and the builder component each becomes.
    static let propertyMarkers: Set<String> = ["PrimaryKey", "Property", "ManyToOne", "OneToOne", "Embedded"]
    /// Markers whose component takes the property name instead of a key path.
    static let namedMarkers: Set<String> = ["OneToMany", "ManyToMany"]
    /// Freestanding markers in the body for indexes, uniques and checks.
    static let typeMarkers: Set<String> = ["Indexed", "Unique", "Check"]

    public static func expansion(
        of node: AttributeSyntax,
        attachedTo declaration: some DeclGroupSyntax,
        providingExtensionsOf type: some TypeSyntaxProtocol,
        conformingTo protocols: [TypeSyntax],
        in context: some MacroExpansionContext
    ) throws -> [ExtensionDeclSyntax] {
        guard declaration.is(StructDeclSyntax.self) || declaration.is(ClassDeclSyntax.self) else {
            context.diagnose(Diagnostic(node: node, message: EntityDiagnostic.notAStructOrClass))
            return []
        }
        let typeName = type.trimmedDescription
        var lines: [String] = []
        var constraints: [String] = []
        for member in declaration.memberBlock.members {
            if let variable = member.decl.as(VariableDeclSyntax.self) {
                lines += components(for: variable, typeName: typeName, in: context)
            } else if let marker = member.decl.as(MacroExpansionDeclSyntax.self), typeMarkers.contains(marker.macroName.text) {
                let name = marker.macroName.text
                let generic = name == "Check" ? "<\(typeName)>" : (marker.genericArgumentClause?.trimmedDescription ?? "<\(typeName)>")
                constraints.append("SchemaKitCore.\(name)\(generic)(\(marker.arguments.trimmedDescription))")
            }
        }
        lines += constraints

        let access = accessLevel(of: declaration)
        let conformance = protocols.isEmpty ? "" : ": SchemaKitCore.Entity"
        let entityArguments = ["\(typeName).self", arguments(node)].filter { !$0.isEmpty }.joined(separator: ", ")
        let body = lines.map { "            " + $0 }.joined(separator: "\n")
        let source: DeclSyntax = """
            extension \(raw: typeName)\(raw: conformance) {
                \(raw: access)nonisolated static var schema: SchemaKitCore.EntitySchema {
                    SchemaKitCore.EntitySchema(\(raw: entityArguments)) {
            \(raw: body)
                    }
                }
            }
            """
        guard let extensionDecl = source.as(ExtensionDeclSyntax.self) else { return [] }
        return [extensionDecl]
    }

    /// The builder lines for one `var`/`let` declaration (one per binding).
    static func components(
        for variable: VariableDeclSyntax, typeName: String, in context: some MacroExpansionContext
    ) -> [String] {
        if variable.modifiers.contains(where: { ["static", "class", "lazy"].contains($0.name.text) }) { return [] }
        let markers = variable.attributes.compactMap { $0.as(AttributeSyntax.self) }
            .filter { markerName($0).map { propertyMarkers.contains($0) || namedMarkers.contains($0) || $0 == "Ignored" } ?? false }
        if markers.contains(where: { markerName($0) == "Ignored" }) { return [] }
        if markers.count > 1 {
            context.diagnose(Diagnostic(node: variable, message: EntityDiagnostic.severalMarkers))
            return []
        }
        var lines: [String] = []
        for binding in variable.bindings {
            guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text else { continue }
            // Computed properties hold no column; observed stored properties do.
            if let accessor = binding.accessorBlock, !isObserverOnly(accessor) { continue }
            let name = identifier.trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            guard let marker = markers.first, let markerName = markerName(marker) else {
                lines.append("SchemaKitCore.Property(\\\(typeName).\(identifier))")
                continue
            }
            let forwarded = arguments(marker)
            if namedMarkers.contains(markerName) {
                let parts = ["\"\(name)\"", forwarded].filter { !$0.isEmpty }.joined(separator: ", ")
                lines.append("SchemaKitCore.\(markerName)<\(typeName)>(\(parts))")
            } else {
                let parts = ["\\\(typeName).\(identifier)", forwarded].filter { !$0.isEmpty }.joined(separator: ", ")
                lines.append("SchemaKitCore.\(markerName)(\(parts))")
            }
        }
        return lines
    }

    static func isObserverOnly(_ accessor: AccessorBlockSyntax) -> Bool {
        guard case .accessors(let list) = accessor.accessors else { return false }
        return list.allSatisfy { ["willSet", "didSet"].contains($0.accessorSpecifier.text) }
    }

    static func markerName(_ attribute: AttributeSyntax) -> String? {
        let name = attribute.attributeName.trimmedDescription
        return name.split(separator: ".").last.map(String.init)
    }

    static func arguments(_ attribute: AttributeSyntax) -> String {
        guard case .argumentList(let list) = attribute.arguments else { return "" }
        return list.trimmedDescription
    }

    static func accessLevel(of declaration: some DeclGroupSyntax) -> String {
        for modifier in declaration.modifiers {
            switch modifier.name.text {
            case "public", "open": return "public "
            case "package": return "package "
            default: continue
            }
        }
        return ""
    }
}

/// Markers expand to nothing; `@Entity` reads them.
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

enum EntityDiagnostic: String, DiagnosticMessage {
    case notAStructOrClass
    case severalMarkers

    var message: String {
        switch self {
        case .notAStructOrClass: "@Entity applies to a struct or a class"
        case .severalMarkers: "a property takes one of @PrimaryKey, @Property, @ManyToOne, @OneToOne, @OneToMany, @ManyToMany, @Embedded or @Ignored"
        }
    }

    var diagnosticID: MessageID { MessageID(domain: "SchemaKitMacros", id: rawValue) }
    var severity: DiagnosticSeverity { .error }
}
