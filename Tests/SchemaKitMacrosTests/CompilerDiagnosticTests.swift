import Foundation
import SchemaKitTestFixtures
import Testing

/// Compiles small files against the built `SchemaKit` module and macro plugin with `swiftc`, to
/// see what the type checker says about macro expansions, and where. Skipped when the build
/// directory or `swiftc` cannot be found (the expansion tests still run).
@Suite("macros under the compiler", .enabled(if: Compiler.find() != nil))
struct CompilerDiagnosticTests {
    @Test("a relation holding another type than the target's key is an error at the property")
    func relationKeyMismatch() async throws {
        let output = try await #require(Compiler.find()).typecheck("""
            import Foundation
            import SchemaKit

            @Entity struct Book {
                @PrimaryKey var id: UUID
            }

            @Entity struct Review {
                @PrimaryKey var id: Int
                @ManyToOne(Book.self) var bookId: Int
            }
            """)
        #expect(output.status != 0)
        #expect(output.errors == [
            "error: static method 'holds(_:primaryKeyOf:)' requires the types 'Int' and 'Book.PrimaryKeyValue' (aka 'UUID') be equivalent",
        ], "\(output.text)")
        #expect(output.text.contains("main.swift:10:5: note: in expansion of macro 'ManyToOne' on property 'bookId' here"),
                "\(output.text)")
    }

    @Test("a relation target that is not an entity is an error at the attribute")
    func targetNotAnEntity() async throws {
        let output = try await #require(Compiler.find()).typecheck("""
            import SchemaKit

            struct Money { var cents: Int }

            @Entity struct Review {
                @PrimaryKey var id: Int
                @ManyToOne(Money.self) var price: Int
            }
            """)
        #expect(output.status != 0)
        #expect(output.errors.contains { $0.contains("'Money' conform to 'Entity'") }, "\(output.text)")
    }

    @Test("entities compile with main-actor default isolation: nonisolated members and conformance")
    func mainActorDefaultIsolation() async throws {
        let output = try await #require(Compiler.find()).typecheck("""
            import Foundation
            import SchemaKit

            @Entity public struct Book: Identifiable {
                @PrimaryKey public var id: UUID
                @ManyToOne(Author.self) var authorId: Author.ID?
                @ManyToMany(Tag.self) var tags: Set<Tag.ID> = []
                @OneToMany(Review.self, mappedBy: "book") var reviews: [Int] = []
            }

            @Entity nonisolated final class Author {
                @PrimaryKey var id: Int64 = 0
                @Property(length: 100) var name: String = ""
                @OneToOne(Legacy.self) var legacyId: String?
            }

            @Entity nonisolated struct Review: Entity {
                @PrimaryKey var id: Int
                @ManyToOne(Book.self, deleteRule: .cascade) var book: Book.ID
            }

            @Entity(table: "tags") struct Tag {
                #Index<Tag>(\\.id, name: "tag_id_index")
                #Check("id > 0")
                @PrimaryKey var id: Int
            }

            /// Hand-written, without a declared key: relations to it are not checked.
            nonisolated struct Legacy: Entity {
                var code: String
                static let schema = EntitySchema(Legacy.self) { PrimaryKey(\\.code) }
            }

            nonisolated func configuration() -> SchemaConfiguration {
                SchemaConfiguration(entities: [Book.self, Author.self, Review.self, Tag.self, Legacy.self],
                                    database: .dialect(.postgreSQL))
            }
            """, arguments: ["-default-isolation", "MainActor"])
        #expect(output.status == 0, "\(output.text)")
    }
}

/// `swiftc` with the module search path and macro plugin of the build that runs these tests.
struct Compiler {
    var swiftc: URL
    var modules: URL
    var plugin: URL

    struct Output {
        var status: Int32
        var text: String
        /// The `error:` lines, without their file and position.
        var errors: [String] {
            text.split(separator: "\n").compactMap { line in
                line.range(of: "error: ").map { String(line[$0.lowerBound...]) }
            }
            .reduce(into: []) { unique, line in if !unique.contains(line) { unique.append(line) } }
        }
    }

    /// The build directory holding this test binary, when it has the modules and the plugin.
    static func find() -> Compiler? {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        // On macOS the binary sits inside an .xctest bundle.
        while directory.path.contains(".xctest") { directory.deleteLastPathComponent() }
        let modules = directory.appendingPathComponent("Modules")
        let plugin = directory.appendingPathComponent("SchemaKitMacros-tool")
        let manager = FileManager.default
        guard manager.fileExists(atPath: modules.appendingPathComponent("SchemaKit.swiftmodule").path),
              manager.isExecutableFile(atPath: plugin.path)
        else { return nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        let swiftc = path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("swiftc") }
            .first { manager.isExecutableFile(atPath: $0.path) }
        return swiftc.map { Compiler(swiftc: $0, modules: modules, plugin: plugin) }
    }

    /// Type-checks `source` as `main.swift` in Swift 6 mode.
    func typecheck(_ source: String, arguments: [String] = []) async throws -> Output {
        try await blockingWait { try typecheckWaiting(source, arguments: arguments) }
    }

    private func typecheckWaiting(_ source: String, arguments: [String]) throws -> Output {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("schemakit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("main.swift")
        try source.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = swiftc
        process.arguments = [
            "-typecheck", "-swift-version", "6", "-I", modules.path,
            "-load-plugin-executable", plugin.path + "#SchemaKitMacros", "-diagnostic-style", "llvm", file.path,
        ] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, text: String(decoding: data, as: UTF8.self))
    }
}
