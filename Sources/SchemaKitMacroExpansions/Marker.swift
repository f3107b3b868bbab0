import SwiftSyntax

/// The marker attributes SchemaKit reads on a stored property, each named after the value-API
/// component it becomes.
enum Marker: String, CaseIterable {
    case primaryKey = "PrimaryKey"
    case property = "Property"
    case manyToOne = "ManyToOne"
    case oneToOne = "OneToOne"
    case oneToMany = "OneToMany"
    case manyToMany = "ManyToMany"
    case embedded = "Embedded"
    case ignored = "Ignored"

    /// The marker an attribute spells, also when qualified (`@SchemaKit.Property`).
    init?(_ attribute: AttributeSyntax) {
        let name = attribute.attributeName.trimmedDescription
        guard let last = name.split(separator: ".").last, let marker = Marker(rawValue: String(last)) else { return nil }
        self = marker
    }

    /// The four relation markers, whose target's key the property holds.
    var isRelation: Bool { [.manyToOne, .oneToOne, .oneToMany, .manyToMany].contains(self) }

    /// Relations holding a collection of the target's keys.
    var isToMany: Bool { self == .oneToMany || self == .manyToMany }

    /// Components built from a property name rather than a key path (they have no column).
    var takesName: Bool { isToMany }

    /// Markers whose `type:`/`columnType:` arguments give an explicit column type.
    var acceptsColumnType: Bool { self == .primaryKey || self == .property }
}

/// The markers on one `var`/`let` member, in source order.
struct MarkedVariable {
    var declaration: VariableDeclSyntax
    var markers: [(marker: Marker, attribute: AttributeSyntax)]

    init(_ declaration: VariableDeclSyntax) {
        self.declaration = declaration
        markers = declaration.attributes.compactMap { element in
            guard let attribute = element.as(AttributeSyntax.self), let marker = Marker(attribute) else { return nil }
            return (marker, attribute)
        }
    }

    /// `static`, `class` or `lazy`: never a column.
    var isStaticOrLazy: Bool {
        declaration.modifiers.contains { ["static", "class", "lazy"].contains($0.name.text) }
    }

    /// The stored bindings (name and type, the type as written or inherited from a later binding
    /// in `var a, b: Int`); computed properties are left out, observed ones kept.
    var storedBindings: [(name: TokenSyntax, type: TypeSyntax?, binding: PatternBindingSyntax)] {
        let bindings = Array(declaration.bindings)
        var result: [(name: TokenSyntax, type: TypeSyntax?, binding: PatternBindingSyntax)] = []
        for (offset, binding) in bindings.enumerated() {
            guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier else { continue }
            if let accessor = binding.accessorBlock, !Self.isObserverOnly(accessor) { continue }
            let type = bindings[offset...].lazy.compactMap { $0.typeAnnotation?.type }.first
            result.append((identifier, type, binding))
        }
        return result
    }

    /// True when every binding is computed (a `get`/`set` or a getter body).
    var isComputed: Bool {
        !declaration.bindings.isEmpty && declaration.bindings.allSatisfy { binding in
            binding.accessorBlock.map { !Self.isObserverOnly($0) } ?? false
        }
    }

    static func isObserverOnly(_ accessor: AccessorBlockSyntax) -> Bool {
        guard case .accessors(let list) = accessor.accessors else { return false }
        return list.allSatisfy { ["willSet", "didSet"].contains($0.accessorSpecifier.text) }
    }
}

extension AttributeSyntax {
    /// The attribute's arguments, verbatim, or `""`.
    var forwardedArguments: String {
        guard case .argumentList(let list) = arguments else { return "" }
        return list.trimmedDescription
    }

    /// The labelled argument, if written.
    func argument(_ label: String) -> LabeledExprSyntax? {
        guard case .argumentList(let list) = arguments else { return nil }
        return list.first { $0.label?.text == label }
    }

    /// `Book` for `@ManyToOne(Book.self, …)`: the type named by the first, unlabelled argument.
    var targetType: String? {
        guard case .argumentList(let list) = arguments, let first = list.first, first.label == nil,
              let access = first.expression.as(MemberAccessExprSyntax.self), access.declName.baseName.text == "self",
              let base = access.base
        else { return nil }
        return base.trimmedDescription
    }
}
