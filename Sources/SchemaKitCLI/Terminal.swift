import Foundation
import SchemaKitCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the commands write: SQL to standard output (highlighted on a terminal, plain when
/// piped), messages and progress to standard error.
final class Terminal: Sendable {
    let colorsStandardOutput: Bool
    let standardErrorIsTerminal: Bool

    init(environment: [String: String]) {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        colorsStandardOutput = isatty(STDOUT_FILENO) == 1 && !noColor && environment["TERM"] != "dumb"
        standardErrorIsTerminal = isatty(STDERR_FILENO) == 1
    }

    /// Writes SQL to standard output.
    func sql(_ text: String) {
        write(colorsStandardOutput ? SQLHighlighter.highlight(text) : text, to: FileHandle.standardOutput)
    }

    /// Writes text to standard output as it is (help).
    func plain(_ text: String) {
        write(text, to: FileHandle.standardOutput)
    }

    /// Writes a line to standard error.
    func message(_ line: String) {
        write(line + "\n", to: FileHandle.standardError)
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
                write("\r\(frames[frame % frames.count]) \(label)", to: FileHandle.standardError)
                frame += 1
                try await Task.sleep(for: .milliseconds(80))
            }
        }
        func stop() async {
            spinner.cancel()
            // Wait for the last frame before clearing the line, or it would stay in front of the next message.
            _ = await spinner.result
            write("\r\u{1B}[2K", to: FileHandle.standardError)
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

    private func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
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
