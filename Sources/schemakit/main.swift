import Foundation
import SchemaKitCLI
import SchemaKitCore
import SchemaKitMySQL
import SchemaKitPostgres
import SchemaKitSQLite

// `schemakit diff` and `schemakit inspect`, with every driver.
// Reading a database must not create one: a mistyped --to would otherwise be an empty schema,
// and `diff --run` would drop every table of --from to match it.
let existingSQLiteFile = DatabaseConnectors.Registration(schemes: [.sqlite]) { url in
    guard url.database == ":memory:" || FileManager.default.fileExists(atPath: url.database) else {
        throw SchemaError(.connectionFailed, "No SQLite database file at '\(url.database)'")
    }
    return .sqlite(path: url.database)
}
let connectors = DatabaseConnectors([existingSQLiteFile, .postgreSQL, .mySQL])

// `schemakit diff` and `schemakit inspect`, with every driver.
await SchemaKitTool.main { text in try connectors.configuration(for: text) }
