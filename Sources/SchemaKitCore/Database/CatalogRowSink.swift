import Foundation

/// The builder a driver hands catalog rows to, one at a time, from whatever thread its
/// connection runs on, and that the introspector reads once the last query has returned; the
/// lock orders the two, so no row has to be kept to be handed over.
///
/// ```swift
/// let sink = CatalogRowSink(PostgresSchemaReader.Builder(reader: reader))
/// try await database.query(sql) { row in sink.add { $0.add(row, from: .columns) } }
/// let schema = sink.finish { $0.takeSchema() }
/// ```
package final class CatalogRowSink<Builder: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var builder: Builder

    package init(_ builder: Builder) { self.builder = builder }

    /// Changes the builder: reads one row into it.
    package func add(_ body: (inout Builder) -> Void) {
        lock.withLock { body(&builder) }
    }

    /// What the builder has built; `body` may move it out of the builder rather than copy it.
    package func finish<Result>(_ body: (inout Builder) -> Result) -> Result {
        lock.withLock { body(&builder) }
    }
}
