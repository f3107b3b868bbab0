import Foundation
@testable import SchemaKitCLI
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `Terminal.writeAll`, the one place the CLI writes: every byte or the `errno` that stopped it.
@Suite("Terminal.writeAll")
struct TerminalWriteTests {
    @Test("a non-blocking pipe drained slowly: short writes and EAGAIN, every byte arrives in order")
    func shortWrites() throws {
        let pipe = try FaultProcess.OutputPipe()
        defer { close(pipe.readEnd) }
        _ = fcntl(pipe.writeEnd, F_SETFL, fcntl(pipe.writeEnd, F_GETFL) | O_NONBLOCK)
        // Four times a Linux pipe buffer, so the writer must wait and go on from where it stopped.
        let bytes = (0..<(256 * 1024)).map { UInt8(truncatingIfNeeded: $0 % 251) }
        let reader = Thread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            var received: [UInt8] = []
            while true {
                usleep(500)
                let count = read(pipe.readEnd, &buffer, buffer.count)
                if count <= 0 { break }
                received += buffer.prefix(count)
            }
            Self.received.withLock { $0 = received }
        }
        reader.start()
        let failure = Terminal.writeAll(bytes, to: pipe.writeEnd)
        close(pipe.writeEnd)
        while !reader.isFinished { usleep(1000) }
        #expect(failure == nil)
        #expect(Self.received.withLock { $0 } == bytes)
    }

    @Test("a pipe nobody reads: EPIPE, not a signal")
    func closedPipe() throws {
        // What CommandRunner does first; without it the test process would die here.
        signal(SIGPIPE, SIG_IGN)
        let pipe = try FaultProcess.OutputPipe()
        close(pipe.readEnd)
        defer { close(pipe.writeEnd) }
        #expect(Terminal.writeAll(Array("create table t (id integer);\n".utf8), to: pipe.writeEnd) == EPIPE)
    }

    @Test("/dev/full: ENOSPC", .enabled(if: FaultProcess.hasDevFull, "no /dev/full"))
    func fullDevice() throws {
        let full = try FaultProcess.full()
        defer { try? full.close() }
        #expect(Terminal.writeAll(Array("x".utf8), to: full.fileDescriptor) == ENOSPC)
        #expect(Terminal.writeAll([], to: full.fileDescriptor) == nil, "nothing to write, nothing written")
    }

    private static let received = LockedBytes()
}

/// The reader thread's bytes, handed to the test under a lock.
private final class LockedBytes: @unchecked Sendable {
    // @unchecked: `bytes` is only touched under `lock`.
    private let lock = NSLock()
    private var bytes: [UInt8] = []

    func withLock<T>(_ body: (inout [UInt8]) -> T) -> T {
        lock.withLock { body(&bytes) }
    }
}
