import SwiftDiagnostics
import SwiftSyntax
import SwiftSyntaxBuilder
import SwiftSyntaxMacros

/// `@Entity`: turns a type's stored properties and marker attributes into an `Entity`
/// conformance whose `schema` is built with the value API (`EntitySchema(T.self) { … }`).
///
/// The macro only rewrites syntax: attribute arguments are forwarded verbatim to the matching
/// builder component, so names, types and defaults are resolved by the compiler and by the
/// naming strategy at run time, exactly as for a hand-written schema. What syntax alone shows to
/// be wrong (conflicting markers, a function-typed column, a relation holding the target itself)
/// is reported at the property, with a fix-it where one is obvious.
public struct EntityMacro: ExtensionMacro {
    /// Freestanding markers in the body and the builder component each becomes.
    static let typeMarkers: [String: String] = ["Index": "Indexed", "Unique": "Unique", "Check": "Check"]

    public static func expansion(
        of node: AttributeSyntax,
        attachedTo declaration: some DeclGroupSyntax,
        providingExtensionsOf type: some TypeSyntaxProtocol,
        conformingTo protocols: [TypeSyntax],
        in context: some MacroExpansionContext
    ) throws -> [ExtensionDeclSyntax] {
        guard declaration.is(StructDeclSyntax.self) || declaration.is(ClassDeclSyntax.self) else {
            context.diagnose(Diagnostic(node: node, message: EntityDiagnostic.notAStructOrClass(kind: kind(of: declaration))))
            return []
        }
        let typeName = type.trimmedDescription
        var lines: [String] = []
        var constraints: [String] = []
        var primaryKeyTypes: [TypeSyntax?] = []
        var hasPrimaryRelation = false
        for member in declaration.memberBlock.members {
            if let variable = member.decl.as(VariableDeclSyntax.self) {
                let marked = MarkedVariable(variable)
                guard case .column(let marker) = validated(marked, in: context) else { continue }
                lines += components(for: marked, marker: marker, typeName: typeName, in: context)
                if marker?.marker == .primaryKey {
                    primaryKeyTypes += marked.storedBindings.map(\.type)
                } else if let marker, marker.marker == .manyToOne || marker.marker == .oneToOne,
                          marker.attribute.argument("primary")?.expression.trimmedDescription == "true" {
                    hasPrimaryRelation = true
                }
            } else if let marker = member.decl.as(MacroExpansionDeclSyntax.self),
                      let component = typeMarkers[marker.macroName.text] {
                let generic = marker.macroName.text == "Check"
                    ? "<\(typeName)>" : (marker.genericArgumentClause?.trimmedDescription ?? "<\(typeName)>")
                constraints.append("SchemaKitCore.\(component)\(generic)(\(marker.arguments.trimmedDescription))")
            }
        }
        lines += constraints

        let access = accessLevel(of: declaration)
        var aliases: [String] = []
        if primaryKeyTypes.count == 1, let keyType = primaryKeyTypes[0], !hasPrimaryRelation {
            let declared = declaredMemberNames(of: declaration)
            if !declared.contains("PrimaryKeyValue") {
                aliases.append("\(access)typealias PrimaryKeyValue = \(keyType.trimmedDescription)")
            }
            if !declared.contains("ID"), !inherits("Identifiable", declaration) {
                aliases.append("\(access)typealias ID = \(keyType.trimmedDescription)")
            }
        }

        let conformance = protocols.isEmpty ? "" : ": \(nonisolatedConformance)SchemaKitCore.Entity"
        let entityArguments = ["\(typeName).self", node.forwardedArguments].filter { !$0.isEmpty }.joined(separator: ", ")
        let body = lines.map { "            " + $0 }.joined(separator: "\n")
        let aliasLines = aliases.map { "    " + $0 + "\n" }.joined()
        let source: DeclSyntax = """
            extension \(raw: typeName)\(raw: conformance) {
            \(raw: aliasLines)    \(raw: access)nonisolated static var schema: SchemaKitCore.EntitySchema {
                    SchemaKitCore.EntitySchema(\(raw: entityArguments)) {
            \(raw: body)
                    }
                }
            }
            """
        guard let extensionDecl = source.as(ExtensionDeclSyntax.self) else { return [] }
        return [extensionDecl]
    }

    /// In a module whose default isolation is the main actor, a plain conformance declared in an
    /// extension of a `nonisolated` type is main-actor isolated, and `[any Entity.Type]` could not
    /// be used off the main actor; a `nonisolated` conformance (Swift 6.2) never is. The plugin is
    /// built by the compiler that compiles the expansion, so its version decides the spelling.
    static var nonisolatedConformance: String {
        #if compiler(>=6.2)
        "nonisolated "
        #else
        ""
        #endif
    }

    /// What a member contributes to the schema.
    enum Member {
        /// Nothing: ignored, static, lazy or computed.
        case none
        /// Columns (or a to-many relation), described by the marker if there is one.
        case column((marker: Marker, attribute: AttributeSyntax)?)
    }

    /// Checks a member's markers, reporting misuse, and tells what the member contributes.
    static func validated(_ marked: MarkedVariable, in context: some MacroExpansionContext) -> Member {
        let variable = marked.declaration
        let name = marked.storedBindings.first?.name.text ?? variable.bindings.first?.pattern.trimmedDescription ?? "?"
        if marked.isStaticOrLazy || marked.isComputed {
            let reason = marked.isComputed ? "computed" : "static or lazy"
            for (marker, attribute) in marked.markers {
                context.diagnose(Diagnostic(
                    node: attribute,
                    message: EntityDiagnostic.markerOnNonStoredProperty(marker, property: name, reason: reason),
                    fixIt: .remove(attribute, marker: marker, from: variable)
                ))
            }
            return .none
        }
        var chosen: (marker: Marker, attribute: AttributeSyntax)?
        let isIgnored = marked.markers.contains { $0.marker == .ignored }
        var seen: Set<Marker> = []
        for (marker, attribute) in marked.markers {
            defer { seen.insert(marker) }
            if seen.contains(marker) {
                context.diagnose(Diagnostic(
                    node: attribute, message: EntityDiagnostic.duplicateMarker(marker, property: name),
                    fixIt: .remove(attribute, marker: marker, from: variable)
                ))
            } else if isIgnored, marker != .ignored {
                context.diagnose(Diagnostic(
                    node: attribute, message: EntityDiagnostic.ignoredWithMarker(marker, property: name),
                    fixIt: .remove(attribute, marker: marker, from: variable)
                ))
            } else if let first = chosen {
                context.diagnose(Diagnostic(
                    node: attribute,
                    message: EntityDiagnostic.conflictingMarkers(first: first.marker, second: marker, property: name),
                    fixIt: .remove(attribute, marker: marker, from: variable)
                ))
            } else if marker != .ignored {
                chosen = (marker, attribute)
            }
        }
        if isIgnored { return .none }
        if let chosen, chosen.attribute.argument("default") != nil, let raw = chosen.attribute.argument("defaultRaw") {
            context.diagnose(Diagnostic(node: raw, message: EntityDiagnostic.defaultAndDefaultRaw(property: name)))
        }
        return .column(chosen)
    }

    /// The builder lines for one `var`/`let` declaration (one per stored binding).
    static func components(
        for marked: MarkedVariable, marker chosen: (marker: Marker, attribute: AttributeSyntax)?,
        typeName: String, in context: some MacroExpansionContext
    ) -> [String] {
        var lines: [String] = []
        for (identifier, type, binding) in marked.storedBindings {
            let name = identifier.text.trimmingBackticks
            if !typeIsStorable(type, binding: binding, property: name, marked: marked, chosen: chosen, in: context) {
                continue
            }
            guard let (marker, attribute) = chosen else {
                lines.append("SchemaKitCore.Property(\\\(typeName).\(identifier.text))")
                continue
            }
            if marker.isRelation, let type, let target = attribute.targetType,
               let suggestion = keySuggestion(for: type, target: target, toMany: marker.isToMany) {
                context.diagnose(Diagnostic(
                    node: type,
                    message: EntityDiagnostic.relationHoldsTarget(marker, property: name, target: target, suggestion: suggestion.trimmedDescription),
                    fixIt: FixIt(message: EntityFixIt.useKeyType(suggestion.trimmedDescription),
                                 changes: [.replace(oldNode: Syntax(type), newNode: Syntax(suggestion.with(\.trailingTrivia, type.trailingTrivia)))])
                ))
                continue
            }
            let forwarded = attribute.forwardedArguments
            if marker.takesName {
                let parts = ["\"\(name)\"", forwarded].filter { !$0.isEmpty }.joined(separator: ", ")
                lines.append("SchemaKitCore.\(marker.rawValue)<\(typeName)>(\(parts))")
            } else {
                let parts = ["\\\(typeName).\(identifier.text)", forwarded].filter { !$0.isEmpty }.joined(separator: ", ")
                lines.append("SchemaKitCore.\(marker.rawValue)(\(parts))")
            }
        }
        return lines
    }

    /// Reports a type that syntax shows no column can hold; `false` when one was reported.
    static func typeIsStorable(
        _ type: TypeSyntax?, binding: PatternBindingSyntax, property: String, marked: MarkedVariable,
        chosen: (marker: Marker, attribute: AttributeSyntax)?, in context: some MacroExpansionContext
    ) -> Bool {
        if chosen?.marker == .embedded { return true }
        let kind: UnstorableKind?
        let node: Syntax
        if let type {
            kind = type.unstorableKind
            node = Syntax(type)
        } else if let closure = binding.initializer?.value.as(ClosureExprSyntax.self) {
            kind = .function
            node = Syntax(closure)
        } else {
            return true
        }
        guard let kind else { return true }
        let hasColumnType = chosen.map { $0.marker.acceptsColumnType
            && ($0.attribute.argument("type") != nil || $0.attribute.argument("columnType") != nil) } ?? false
        if hasColumnType, kind.allowsExplicitColumnType { return true }
        let canUseColumnType = kind.allowsExplicitColumnType && (chosen == nil || chosen?.marker.acceptsColumnType == true)
        let message = EntityDiagnostic.unstorableType(
            property: property, type: type?.trimmedDescription, kind: kind, canUseColumnType: canUseColumnType)
        let fixIts: [FixIt] = marked.markers.isEmpty ? [.markIgnored(marked.declaration, property: property)] : []
        context.diagnose(Diagnostic(node: node, message: message, fixIts: fixIts))
        return false
    }

    /// For a relation property typed as its target (`var book: Book`), the key type to use
    /// instead (`Book.ID`, keeping `?` and `[…]`); `nil` when the type is not the target.
    static func keySuggestion(for type: TypeSyntax, target: String, toMany: Bool) -> TypeSyntax? {
        let key = TypeSyntax(MemberTypeSyntax(baseType: TypeSyntax(stringLiteral: target), name: .identifier("ID")))
        if let wrapped = type.optionalWrapped {
            return keySuggestion(for: wrapped, target: target, toMany: toMany)
                .map { TypeSyntax(OptionalTypeSyntax(wrappedType: $0)) }
        }
        if toMany {
            guard let element = type.collectionElement?.nonOptional, element.trimmedDescription == target else { return nil }
            return TypeSyntax(ArrayTypeSyntax(element: key))
        }
        return type.trimmedDescription == target ? key : nil
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

    /// Names of the nested types and type aliases the declaration already has.
    static func declaredMemberNames(of declaration: some DeclGroupSyntax) -> Set<String> {
        var names: Set<String> = []
        for member in declaration.memberBlock.members {
            let decl = member.decl
            if let alias = decl.as(TypeAliasDeclSyntax.self) { names.insert(alias.name.text) }
            if let nested = decl.as(StructDeclSyntax.self) { names.insert(nested.name.text) }
            if let nested = decl.as(EnumDeclSyntax.self) { names.insert(nested.name.text) }
            if let nested = decl.as(ClassDeclSyntax.self) { names.insert(nested.name.text) }
        }
        return names
    }

    /// Whether the declaration's own inheritance clause names `protocolName`.
    static func inherits(_ protocolName: String, _ declaration: some DeclGroupSyntax) -> Bool {
        declaration.inheritanceClause?.inheritedTypes.contains {
            $0.type.trimmedDescription.split(separator: ".").last.map(String.init) == protocolName
        } ?? false
    }

    static func kind(of declaration: some DeclGroupSyntax) -> String {
        if declaration.is(EnumDeclSyntax.self) { return "an enum" }
        if declaration.is(ActorDeclSyntax.self) { return "an actor" }
        if declaration.is(ProtocolDeclSyntax.self) { return "a protocol" }
        if declaration.is(ExtensionDeclSyntax.self) { return "an extension" }
        return "this declaration"
    }
}

extension String {
    /// `default` for `` `default` ``.
    var trimmingBackticks: String {
        hasPrefix("`") && hasSuffix("`") && count > 1 ? String(dropFirst().dropLast()) : self
    }
}
