import ArgumentParser
import Foundation
import Hummingbird
import Logging
import PostgresNIO
import SchemaKit
import SchemaKitCLI
import SchemaKitPostgres
import SchemaKitService
import SchemaKitSQLite
import ServiceLifecycle
import SQLiteNIO

// A to-do list over HTTP, on SQLite (todo.sqlite) by default or PostgreSQL (DATABASE_URL), whose
// schema SchemaKit checks or brings up to date before the server takes its first request:
//
//   swift run todo-server                          # serve on 127.0.0.1:8080, schema updated at boot
//   swift run todo-server schema update --dump     # the schema commands, mounted in the app
//   SCHEMA_ON_BOOT=strict swift run todo-server    # refuse to start on a database that differs
//
//   curl -X POST localhost:8080/todos -d '{"title": "Write the docs"}'
//   curl localhost:8080/todos

@Entity(comment: "Things to do")
struct Todo {
    @PrimaryKey var id: Int
    @Property(length: 200) var title: String
    @Property(default: false) var done: Bool
    var due: Date?
    @Property(defaultRaw: "current_timestamp") var createdAt: Date
}

/// The configuration the schema commands and the boot-time check share.
enum TodoSchema: SchemaCommandHost {
    static var url: String { ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "sqlite:todo.sqlite" }

    static func configuration() async throws -> SchemaConfiguration {
        SchemaConfiguration(entities: [Todo.self],
                            database: try DatabaseConnectors([.sqlite, .postgreSQL]).configuration(for: url))
    }
}

@main
struct TodoServer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "todo-server", abstract: "A to-do list over HTTP.",
        subcommands: [Serve.self, SchemaCommandGroup<TodoSchema>.self], defaultSubcommand: Serve.self)
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Serve the to-do list (the default).")

    @Option(help: "The port to listen on, on 127.0.0.1.")
    var port = Int(ProcessInfo.processInfo.environment["PORT"] ?? "") ?? 8080

    @Option(help: "What SchemaKit does at boot: update (apply), check (log differences) or strict (refuse to start on a difference).")
    var schemaOnBoot = ProcessInfo.processInfo.environment["SCHEMA_ON_BOOT"] ?? "update"

    func run() async throws {
        let logger = {
            var logger = Logger(label: "todo-server")
            logger.logLevel = .info
            return logger
        }()
        let action: SchemaService.Action = switch schemaOnBoot {
        case "update": .update(.init())
        case "check": .check(failOnDrift: false)
        case "strict": .check(failOnDrift: true)
        default: throw ValidationError("--schema-on-boot must be update, check or strict, not '\(schemaOnBoot)'")
        }
        let configuration = try await TodoSchema.configuration()
        let url = try DatabaseURL(TodoSchema.url)
        let store: any TodoStore
        var services: [any Service] = []
        let schema: SchemaService
        var close: @Sendable () async throws -> Void = {}
        if url.scheme == .postgres {
            let resolved = try url.resolvingPassword(environment: ProcessInfo.processInfo.environment)
            let client = PostgresClient(configuration: .init(
                host: resolved.host, port: resolved.port ?? 5432, username: resolved.user ?? "postgres",
                password: resolved.password, database: resolved.database,
                tls: try PostgresSchemaDatabase.clientTLS(for: resolved)))
            services.append(client)
            store = PostgresTodoStore(client: client, logger: logger)
            schema = SchemaService(configuration: configuration, action: action, logger: logger) { work in
                try await PostgresSchemaDatabase.withConnection(from: client, logger: logger) { try await work($0) }
            }
        } else {
            let connection = try await SQLiteConnection.open(storage: .file(path: url.database), logger: logger)
            close = { try await connection.close() }
            store = SQLiteTodoStore(connection: connection)
            schema = SchemaService(configuration: configuration, action: action, logger: logger) { work in
                try await work(try await SQLiteSchemaDatabase.using(connection, logger: logger))
            }
        }
        var app = Application(router: Self.router(store), configuration: .init(address: .hostname("127.0.0.1", port: port)),
                              logger: logger)
        app.addServices(services)
        // No request before the schema is ready: the check runs before the server listens, and a
        // failure stops the start-up.
        app.beforeServerStarts { try await schema.prepare() }
        do {
            try await app.runService()
        } catch {
            try? await close()
            throw error
        }
        try await close()
    }

    static func router(_ store: any TodoStore) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("health") { _, _ in "ok" }
        router.get("todos") { _, _ in try await store.all() }
        router.post("todos") { request, context -> EditedResponse<TodoItem> in
            let input = try await request.decode(as: NewTodo.self, context: context)
            guard !input.title.isEmpty, input.title.count <= 200 else {
                throw HTTPError(.badRequest, message: "title must hold 1 to 200 characters")
            }
            return EditedResponse(status: .created, response: try await store.add(input))
        }
        router.patch("todos/:id") { request, context -> TodoItem in
            let id = try context.parameters.require("id", as: Int.self)
            let change = try await request.decode(as: TodoChange.self, context: context)
            guard let item = try await store.setDone(id, change.done) else { throw HTTPError(.notFound) }
            return item
        }
        router.delete("todos/:id") { _, context -> HTTPResponse.Status in
            let id = try context.parameters.require("id", as: Int.self)
            return try await store.remove(id) ? .noContent : .notFound
        }
        return router
    }
}

struct TodoItem: ResponseCodable, Equatable {
    var id: Int
    var title: String
    var done: Bool
}

struct NewTodo: Decodable {
    var title: String
}

struct TodoChange: Decodable {
    var done: Bool
}

/// Where the application keeps its rows: its own queries, on its own connections.
protocol TodoStore: Sendable {
    func all() async throws -> [TodoItem]
    func add(_ todo: NewTodo) async throws -> TodoItem
    func setDone(_ id: Int, _ done: Bool) async throws -> TodoItem?
    func remove(_ id: Int) async throws -> Bool
}

struct PostgresTodoStore: TodoStore {
    let client: PostgresClient
    let logger: Logger

    private func items(_ query: PostgresQuery) async throws -> [TodoItem] {
        var items: [TodoItem] = []
        for try await (id, title, done) in try await client.query(query, logger: logger).decode((Int, String, Bool).self) {
            items.append(TodoItem(id: id, title: title, done: done))
        }
        return items
    }

    func all() async throws -> [TodoItem] { try await items("select id, title, done from todo order by id") }
    func add(_ todo: NewTodo) async throws -> TodoItem {
        guard let item = try await items("insert into todo (title) values (\(todo.title)) returning id, title, done").first else {
            throw HTTPError(.internalServerError)
        }
        return item
    }
    func setDone(_ id: Int, _ done: Bool) async throws -> TodoItem? {
        try await items("update todo set done = \(done) where id = \(id) returning id, title, done").first
    }
    func remove(_ id: Int) async throws -> Bool {
        try await !items("delete from todo where id = \(id) returning id, title, done").isEmpty
    }
}

struct SQLiteTodoStore: TodoStore {
    let connection: SQLiteConnection

    private func items(_ sql: String, _ binds: [SQLiteData] = []) async throws -> [TodoItem] {
        try await connection.query(sql, binds).map { row in
            TodoItem(id: row.column("id")?.integer ?? 0, title: row.column("title")?.string ?? "", done: row.column("done")?.bool ?? false)
        }
    }

    func all() async throws -> [TodoItem] { try await items("select id, title, done from todo order by id") }
    func add(_ todo: NewTodo) async throws -> TodoItem {
        guard let item = try await items("insert into todo (title) values (?) returning id, title, done", [.text(todo.title)]).first else {
            throw HTTPError(.internalServerError)
        }
        return item
    }
    func setDone(_ id: Int, _ done: Bool) async throws -> TodoItem? {
        try await items("update todo set done = ? where id = ? returning id, title, done", [.integer(done ? 1 : 0), .integer(id)]).first
    }
    func remove(_ id: Int) async throws -> Bool {
        try await !items("delete from todo where id = ? returning id, title, done", [.integer(id)]).isEmpty
    }
}

