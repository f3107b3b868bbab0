import SchemaKitCLI
import SchemaKitCore
import SchemaKitMySQL
import SchemaKitPostgres
import SchemaKitSQLite

// `schemakit diff` and `schemakit inspect`, with every driver.
await SchemaKitTool.main { url in
    switch try DatabaseURL(url).scheme {
    case .sqlite: .sqlite(path: try DatabaseURL(url).database)
    case .postgres: try .postgres(url: url)
    case .mysql, .mariadb: try .mysql(url: url)
    }
}
