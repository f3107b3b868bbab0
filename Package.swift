// swift-tools-version:6.1
import CompilerPluginSupport
import PackageDescription

let package = Package(
    name: "SchemaKit",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "SchemaKit", targets: ["SchemaKit"]),
        .library(name: "SchemaKitCore", targets: ["SchemaKitCore"]),
        .library(name: "SchemaKitSQLite", targets: ["SchemaKitSQLite"]),
        .library(name: "SchemaKitPostgres", targets: ["SchemaKitPostgres"]),
        .library(name: "SchemaKitMySQL", targets: ["SchemaKitMySQL"]),
        .library(name: "SchemaKitCLI", targets: ["SchemaKitCLI"]),
        .library(name: "SchemaKitService", targets: ["SchemaKitService"]),
        .executable(name: "schemakit", targets: ["schemakit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.1"),
        .package(url: "https://github.com/pointfreeco/swift-macro-testing", from: "0.7.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "SchemaKitCore",
            dependencies: [.product(name: "Logging", package: "swift-log")]
        ),
        .target(
            // What the macros write; a plain library so that the macro tests link it rather than
            // the macro target (a test depending on a macro target is built, with everything
            // under it, a second time for the host).
            name: "SchemaKitMacroExpansions",
            dependencies: [
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftSyntaxBuilder", package: "swift-syntax"),
                .product(name: "SwiftSyntaxMacros", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
            ]
        ),
        .macro(
            name: "SchemaKitMacros",
            dependencies: [
                "SchemaKitMacroExpansions",
                .product(name: "SwiftSyntaxMacros", package: "swift-syntax"),
                .product(name: "SwiftCompilerPlugin", package: "swift-syntax"),
            ]
        ),
        .target(name: "SchemaKit", dependencies: ["SchemaKitCore", "SchemaKitMacros"]),
        .target(
            name: "SchemaKitSQLite",
            dependencies: ["SchemaKitCore", .product(name: "SQLiteNIO", package: "sqlite-nio")]
        ),
        .target(
            name: "SchemaKitPostgres",
            dependencies: [
                "SchemaKitCore", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .systemLibrary(name: "CMariaDB", pkgConfig: "libmariadb", providers: [.apt(["libmariadb-dev"])]),
        .target(name: "SchemaKitMySQL", dependencies: ["SchemaKitCore", "CMariaDB"]),
        .target(
            name: "SchemaKitCLI",
            dependencies: [
                "SchemaKitCore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "SchemaKitService",
            dependencies: ["SchemaKitCore", .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")]
        ),
        .executableTarget(
            name: "schemakit",
            dependencies: ["SchemaKitCLI", "SchemaKitSQLite", "SchemaKitPostgres", "SchemaKitMySQL"]
        ),
        .target(name: "SchemaKitTestFixtures", dependencies: ["SchemaKitCore", .product(name: "Logging", package: "swift-log")],
                path: "Tests/Fixtures"),
        .testTarget(name: "SchemaKitCoreTests", dependencies: ["SchemaKitCore", "SchemaKitTestFixtures"],
                    exclude: ["__Snapshots__"]),
        .testTarget(
            name: "SchemaKitMacrosTests",
            dependencies: [
                "SchemaKit", "SchemaKitMacroExpansions", "SchemaKitTestFixtures",
                .product(name: "MacroTesting", package: "swift-macro-testing"),
                .product(name: "SwiftSyntaxMacroExpansion", package: "swift-syntax"),
            ]
        ),
        .executableTarget(
            name: "blog",
            dependencies: ["SchemaKit", "SchemaKitCLI", "SchemaKitSQLite", "SchemaKitPostgres", "SchemaKitMySQL"],
            path: "Examples/Blog"
        ),
        .executableTarget(
            // N generated entities (value API, no macros) for timing the schema commands as whole processes.
            name: "entity-bench",
            dependencies: ["SchemaKitCore", "SchemaKitCLI", "SchemaKitSQLite", "SchemaKitPostgres", "SchemaKitMySQL", "SchemaKitTestFixtures"],
            path: "Benchmarks/EntityBench"
        ),
        .testTarget(
            name: "SchemaKitIntegrationTests",
            dependencies: [
                "SchemaKitCore", "SchemaKitSQLite", "SchemaKitPostgres", "SchemaKitMySQL", "SchemaKitTestFixtures",
                // An application's own connections, handed to SchemaKit.
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "SQLiteNIO", package: "sqlite-nio"),
                "SchemaKitService", .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            // The drivers' catalog readers fed rows recorded from real servers: no server needed.
            name: "SchemaKitDriverTests",
            dependencies: ["SchemaKitCore", "SchemaKitSQLite", "SchemaKitPostgres", "SchemaKitMySQL", "SchemaKitTestFixtures"],
            // Read (and re-recorded) through #filePath, so the recorder writes where the tests read.
            exclude: ["Recorded"]
        ),
        .executableTarget(
            name: "todo-server",
            dependencies: [
                "SchemaKit", "SchemaKitCLI", "SchemaKitService", "SchemaKitSQLite", "SchemaKitPostgres",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Examples/TodoServer"
        ),
        .testTarget(
            name: "SchemaKitCLITests",
            // The executables are run as subprocesses; depending on them makes `swift test` build them.
            dependencies: ["SchemaKitCore", "SchemaKitCLI", "SchemaKitSQLite", "SchemaKitPostgres", "SchemaKitMySQL", "SchemaKitTestFixtures",
                           "blog", "schemakit", "todo-server", "entity-bench"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
