import Foundation

/// Catalog rows recorded from a real server, as committed under `Recorded/<engine>/<fixture>.json`.
///
/// The rows are kept by query name (`tables`, `columns`, …) exactly as the driver received
/// them, as text; `server` and, for MySQL, `isMariaDB` and `version` say what produced them
/// (the MySQL reader's rules depend on the server). Written one row per line, so a
/// re-recording reviews as a readable diff.
struct RecordedCatalog: Codable, Equatable {
    /// `select version()` or the client's server version string.
    var server: String
    var isMariaDB: Bool?
    var version: [Int]?
    /// What created the schema: a fixture's name, or the hand-written statements.
    var source: [String]
    var rows: [String: [[String?]]]

    /// The rows as one of the drivers' `Codable` row types (`PostgresCatalogRows`, `SQLiteCatalogRows`).
    func decodedRows<Rows: Decodable>(as type: Rows.Type) throws -> Rows {
        try JSONDecoder().decode(Rows.self, from: JSONEncoder().encode(rows))
    }

    /// A driver's rows value as cells by query name.
    static func cells<Rows: Encodable>(of value: Rows) throws -> [String: [[String?]]] {
        try JSONDecoder().decode([String: [[String?]]].self, from: JSONEncoder().encode(value))
    }

    // MARK: - Files

    /// `Tests/SchemaKitDriverTests/Recorded`, found from this file: the directory is excluded
    /// from the target, so the recorder can write where the tests read.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Recorded")

    static func url(engine: String, fixture: String) -> URL {
        directory.appendingPathComponent(engine).appendingPathComponent(fileName(fixture) + ".json")
    }

    /// `composite keys` → `composite-keys`.
    static func fileName(_ fixture: String) -> String {
        fixture.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
    }

    static func load(engine: String, fixture: String) throws -> RecordedCatalog {
        try JSONDecoder().decode(RecordedCatalog.self, from: Data(contentsOf: url(engine: engine, fixture: fixture)))
    }

    func write(engine: String, fixture: String) throws {
        let url = Self.url(engine: engine, fixture: fixture)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(json().utf8).write(to: url)
    }

    /// Pretty JSON with one row (or source line) per line, keys sorted.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func compact<T: Encodable>(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        func list(_ items: [String], indent: String) -> String {
            items.isEmpty ? "[]" : "[\n" + items.map { indent + "  " + $0 }.joined(separator: ",\n") + "\n\(indent)]"
        }
        var fields: [String] = []
        if let isMariaDB { fields.append("\"isMariaDB\": \(isMariaDB)") }
        fields.append("\"rows\": {\n" + (try rows.keys.sorted().map { key in
            "    \(try compact(key)): " + list(try (rows[key] ?? []).map(compact), indent: "    ")
        }).joined(separator: ",\n") + "\n  }")
        fields.append("\"server\": \(try compact(server))")
        fields.append("\"source\": " + list(try source.map(compact), indent: "  "))
        if let version { fields.append("\"version\": \(try compact(version))") }
        return "{\n" + fields.map { "  " + $0 }.joined(separator: ",\n") + "\n}\n"
    }
}
