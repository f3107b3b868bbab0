/// The rows of the four ``SQLiteCatalogQueries``, as text (`nil` for SQL null; integers in
/// decimal), one array of cells per row in the column order each query documents.
///
/// A plain value, `Codable` so that rows recorded from a real database can be replayed through
/// ``SQLiteSchemaReader``:
///
/// ```swift
/// var rows = SQLiteCatalogRows()
/// rows.tables = [["note", #"create table "note" ("id" integer not null primary key autoincrement, "body" text)"#]]
/// rows.columns = [["note", "0", "id", "INTEGER", "1", nil, "1", "0"], ["note", "1", "body", "TEXT", "0", nil, "0", "0"]]
/// let schema = SQLiteSchemaReader().schema(from: rows)
/// schema.tables[0].primaryKey?.columns          // ["id"]
/// schema.tables[0].columns[0].isAutoincrement   // true: the create SQL says `autoincrement`
/// ```
struct SQLiteCatalogRows: Sendable, Hashable, Codable {
    /// ``SQLiteCatalogQueries/tables``.
    var tables: [[String?]] = []
    /// ``SQLiteCatalogQueries/columns``.
    var columns: [[String?]] = []
    /// ``SQLiteCatalogQueries/indexes``.
    var indexes: [[String?]] = []
    /// ``SQLiteCatalogQueries/foreignKeys``.
    var foreignKeys: [[String?]] = []
}
