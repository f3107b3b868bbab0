import Foundation
import Testing

/// Compares text with a snapshot file under `__Snapshots__`, as a whole.
///
/// A missing snapshot is written and the test fails, so a new snapshot is always reviewed;
/// `SCHEMAKIT_RECORD=1` rewrites every snapshot.
func assertSnapshot(
    _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    // This file is Tests/SchemaKitCoreTests/Support/Snapshot.swift; snapshots sit beside Support.
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")
    let file = directory.appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["SCHEMAKIT_RECORD"] == "1"
    guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("Recorded snapshot \(name); review it and run again", sourceLocation: sourceLocation)
        return
    }
    #expect(actual == expected, "snapshot \(name) differs", sourceLocation: sourceLocation)
}
