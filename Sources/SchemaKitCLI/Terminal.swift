import Foundation
import SchemaKitCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the commands write: SQL to standard output (highlighted on a terminal, plain when
/// piped), messages and progress to standard error.
///
/// Writes go through `write(2)`, never `FileHandle.write`, which traps on a closed pipe or a full
/// disk. What a failed write means:
///
/// - standard error: nothing; a message that cannot be shown never changes the exit code (a
///   committed update still exits 0);
/// - standard output, `EPIPE`: the reader went away (`schemakit inspect … | head -1`); later
///   output is dropped and the command carries on, its exit code unchanged (0 for a dump; a
///   command that also changes a database finishes the change);
/// - standard output, anything else (`ENOSPC`, `EIO`): the dump failed; ``sql(_:)`` throws
///   ``StandardOutputError`` before the command changes anything, and the command exits 1 with
///   `error: cannot write to standard output: <cause>`.
///
/// `SIGPIPE` must be ignored (``CommandRunner`` does it first), or a closed pipe kills the process
/// before `write(2)` can report `EPIPE`.
final class Terminal: Sendable {
    let colorsStandardOutput: Bool
    let standardErrorIsTerminal: Bool
    private let standardOutputState = StandardOutputState()

    init(environment: [String: String]) {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        colorsStandardOutput = isatty(STDOUT_FILENO) == 1 && !noColor && environment["TERM"] != "dumb"
        standardErrorIsTerminal = isatty(STDERR_FILENO) == 1
    }

    /// Writes SQL to standard output; throws ``StandardOutputError`` when it cannot be written for
    /// any reason but a reader that went away.
    func sql(_ text: String) throws {
        try writeStandardOutput(colorsStandardOutput ? SQLHighlighter.highlight(text) : text)
    }

    /// Writes text to standard output as it is (help); fails as ``sql(_:)`` does.
    func plain(_ text: String) throws {
        try writeStandardOutput(text)
    }

    /// Writes a line to standard error; a failure is ignored.
    func message(_ line: String) {
        writeStandardError(line + "\n")
    }

    /// A one-line error on standard error: `error: <cause>`.
    func error(_ cause: String) {
        message("error: " + cause)
    }

    /// Shows `label` with a spinner on standard error while `work` runs, when standard error is a
    /// terminal; nothing otherwise.
    func progress<Result: Sendable>(_ label: String, _ work: () async throws -> Result) async throws -> Result {
        guard standardErrorIsTerminal else { return try await work() }
        let spinner = Task {
            let frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
            var frame = 0
            // Only after a moment: quick work shows no spinner at all.
            try await Task.sleep(for: .milliseconds(300))
            while !Task.isCancelled {
                writeStandardError("\r\(frames[frame % frames.count]) \(label)")
                frame += 1
                try await Task.sleep(for: .milliseconds(80))
            }
        }
        func stop() async {
            spinner.cancel()
            // Wait for the last frame before clearing the line, or it would stay in front of the next message.
            _ = await spinner.result
            writeStandardError("\r\u{1B}[2K")
        }
        do {
            let result = try await work()
            await stop()
            return result
        } catch {
            await stop()
            throw error
        }
    }

    /// Replaces the status line on standard error (a terminal only): `[12/200] tenant_012 applied`.
    func status(_ line: String) {
        guard standardErrorIsTerminal else { return }
        writeStandardError("\r\u{1B}[2K" + line)
    }

    /// Clears the status line.
    func clearStatus() {
        guard standardErrorIsTerminal else { return }
        writeStandardError("\r\u{1B}[2K")
    }

    private func writeStandardOutput(_ text: String) throws {
        // Once standard output has failed, nothing more goes there: after EPIPE nobody reads, and
        // after ENOSPC a second write would only fail again.
        guard standardOutputState.isWritable else { return }
        guard let failure = Self.writeAll(Array(text.utf8), to: STDOUT_FILENO) else { return }
        standardOutputState.close()
        if failure == EPIPE { return }
        throw StandardOutputError(errorNumber: failure)
    }

    private func writeStandardError(_ text: String) {
        // Deliberately ignored: see the type's documentation.
        _ = Self.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }

    /// Writes every byte of `bytes` to `descriptor`: again after a signal (`EINTR`), the rest after
    /// a short write, and after waiting when the descriptor is non-blocking (`EAGAIN`). Returns
    /// `errno` of the write that failed, or `nil`.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let result: Int = bytes.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return 0 }
                return write(descriptor, base + offset, buffer.count - offset)
            }
            if result > 0 {
                offset += result
                continue
            }
            if result == 0 { return EIO }
            let failure = errno
            switch failure {
            case EINTR:
                continue
            case EAGAIN, EWOULDBLOCK:
                // A non-blocking descriptor inherited from the caller: wait until it takes more.
                var request = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                if poll(&request, 1, -1) < 0, errno != EINTR { return errno }
            default:
                return failure
            }
        }
        return nil
    }
}

/// Standard output failed for a reason other than a closed pipe (`ENOSPC`, `EIO`): a dump that
/// was asked for could not be written. The CLI reports it as
/// `error: cannot write to standard output: No space left on device` and exits 1.
struct StandardOutputError: Error, CustomStringConvertible {
    /// The `errno` of the failed `write(2)`.
    var errorNumber: Int32

    var description: String {
        "cannot write to standard output: " + String(cString: strerror(errorNumber))
    }
}

/// Whether standard output still takes writes; shared by every task that writes.
private final class StandardOutputState: @unchecked Sendable {
    // @unchecked: `closed` is only read and written under `lock`.
    private let lock = NSLock()
    private var closed = false

    var isWritable: Bool { lock.withLock { !closed } }

    func close() { lock.withLock { closed = true } }
}

/// ANSI colours for SQL: keywords bold, string literals green, quoted names cyan, comments dim.
enum SQLHighlighter {
    static let keywords: Set<String> = [
        "add", "alter", "and", "as", "before", "by", "cascade", "check", "collate", "column", "comment", "constraint",
        "create", "default", "deferrable", "delete", "drop", "enum", "exists", "foreign", "from", "generated", "if",
        "in", "index", "initially", "insert", "into", "is", "key", "modify", "names", "not", "null", "on", "or",
        "owned", "pragma", "primary", "references", "rename", "schema", "select", "sequence", "set", "table", "to",
        "type", "unique", "update", "using", "value", "values", "where", "with",
    ]
    static let bold = "\u{1B}[1m", green = "\u{1B}[32m", cyan = "\u{1B}[36m", dim = "\u{1B}[2m", reset = "\u{1B}[0m"

    /// How the highlighter reads SQL whose dialect it is not told: `"…"` and `` `…` `` names,
    /// `'…'` strings, `-- …` and `/* … */` comments.
    static let rules: SQLLexicalRules = {
        var rules = SQLLexicalRules.ansi
        rules.identifierQuotes.append(.backtick)
        return rules
    }()

    static func highlight(_ sql: String, rules: SQLLexicalRules = SQLHighlighter.rules) -> String {
        var result = ""
        for token in SQLLexer(rules: rules).tokens(in: sql) {
            switch token.kind {
            case .string: result += green + token.text + reset
            case .quotedIdentifier: result += cyan + token.text + reset
            case .comment: result += dim + token.text + reset
            case .word where keywords.contains(token.text.lowercased()): result += bold + token.text + reset
            default: result += token.text
            }
        }
        return result
    }
}
