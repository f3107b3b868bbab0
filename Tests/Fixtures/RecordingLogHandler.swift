import Foundation
import Logging

/// Log lines, collected across tasks.
public final class LogRecords: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    public init() {}
    public var lines: [String] { lock.withLock { stored } }
    public func append(_ line: String) { lock.withLock { stored.append(line) } }
}

/// A log handler that records each line as `message key=value …`, the metadata in key order.
public struct RecordingLogHandler: LogHandler {
    public let records: LogRecords
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info

    public init(records: LogRecords) { self.records = records }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let fields = (event.metadata ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        records.append(([event.message.description] + fields).joined(separator: " "))
    }
}
