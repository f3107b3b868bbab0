import Foundation
import SchemaKitCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is at a SQLite path before SQLite opens it.
///
/// SQLite takes a 0-byte file for a new, empty database and reports a file that is not a
/// database only when a query reads it. For a schema tool both are dangerous: an empty schema on
/// the `--to` side of a diff plans to drop every table. So an existing file is checked first:
///
/// ```swift
/// try SQLiteDatabaseFile.inspect(path: "empty.db")
/// // SchemaError: 'empty.db' is empty (0 bytes), not a SQLite database
/// ```
///
/// The layout checked is the database header of <https://www.sqlite.org/fileformat2.html#the_database_header>.
enum SQLiteDatabaseFile: Equatable {
    /// Nothing at the path: opening it creates a database.
    case missing
    /// A file that starts with a complete SQLite header and is as long as that header says.
    case database

    /// The first 16 bytes of every SQLite 3 database: `SQLite format 3` and a NUL.
    static let magic = Array("SQLite format 3\0".utf8)
    /// The database header's size.
    static let headerSize = 100

    /// Checks the file at `path`; a file that is not a SQLite database is a
    /// `SchemaError/Code/connectionFailed` naming it and what is wrong.
    static func inspect(path: String) throws -> SQLiteDatabaseFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
        if isDirectory.boolValue {
            throw SchemaError(.connectionFailed, "'\(path)' is a directory, not a SQLite database")
        }
        let (size, header) = try readHeader(path)
        if size == 0 {
            throw SchemaError(.connectionFailed, "'\(path)' is empty (0 bytes), not a SQLite database")
        }
        guard header.count >= magic.count, Array(header.prefix(magic.count)) == magic else {
            throw SchemaError(.connectionFailed,
                              "'\(path)' is not a SQLite database: it does not start with the header 'SQLite format 3' (\(size) bytes)")
        }
        guard header.count == headerSize else {
            throw SchemaError(.connectionFailed,
                              "'\(path)' is truncated: \(size) bytes, shorter than the \(headerSize)-byte SQLite header")
        }
        let rawPageSize = Int(header[16]) << 8 | Int(header[17])
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else {
            throw SchemaError(.connectionFailed, "'\(path)' is not a valid SQLite database: its header gives a page size of \(rawPageSize)")
        }
        // The header's page count is trustworthy only when the change counter and the
        // "version valid for" number agree (every SQLite since 3.7.0 keeps them so).
        let pageCount = bigEndian(header, at: 28)
        guard pageCount > 0, bigEndian(header, at: 24) == bigEndian(header, at: 92) else { return .database }
        // After a crash, a journal or a WAL file holds what the file itself still lacks; SQLite
        // repairs it when it opens the database.
        for suffix in ["-journal", "-wal"] where (fileSize(atPath: path + suffix) ?? 0) > 0 {
            return .database
        }
        let expected = pageCount * pageSize
        if size < expected {
            throw SchemaError(.connectionFailed, "'\(path)' is truncated: its header counts \(pageCount) pages of \(pageSize) bytes "
                + "(\(expected) bytes) but the file has \(size) bytes")
        }
        return .database
    }

    /// The file's size and its first ``headerSize`` bytes (fewer when it is shorter).
    private static func readHeader(_ path: String) throws -> (size: Int, header: [UInt8]) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw cannotOpen(path, errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw cannotOpen(path, errno) }
        var header = [UInt8](repeating: 0, count: headerSize)
        var count = 0
        while count < headerSize {
            let result = header.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(descriptor, base + count, headerSize - count)
            }
            if result > 0 {
                count += result
            } else if result == 0 {
                break
            } else if errno != EINTR {
                throw cannotOpen(path, errno)
            }
        }
        return (Int(status.st_size), Array(header.prefix(count)))
    }

    private static func fileSize(atPath path: String) -> Int? {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : nil
    }

    private static func bigEndian(_ bytes: [UInt8], at offset: Int) -> Int {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    }

    private static func cannotOpen(_ path: String, _ errorNumber: Int32) -> SchemaError {
        SchemaError(.connectionFailed, "Cannot open SQLite database '\(path)': \(String(cString: strerror(errorNumber)))")
    }
}
