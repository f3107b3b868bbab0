import Foundation
import SchemaKitCLI
import SchemaKitCore
import SchemaKitMySQL
import SchemaKitPostgres
import SchemaKitSQLite

// `schemakit diff` and `schemakit inspect`, with every driver.
await SchemaKitTool.main { text in
    let url = try DatabaseURL(text)
    switch url.scheme {
    case .sqlite:
        // Reading a database must not create one: a mistyped --to would otherwise be an empty
        // schema, and `diff --run` would drop every table of --from to match it.
        guard url.database == ":memory:" || FileManager.default.fileExists(atPath: url.database) else {
            throw SchemaError(.connectionFailed, "No SQLite database file at '\(url.database)'")
        }
        return .sqlite(path: url.database)
    case .postgres: return try .postgres(url: text)
    case .mysql, .mariadb: return try .mysql(url: text)
    }
}
