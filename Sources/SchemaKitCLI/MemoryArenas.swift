#if canImport(Glibc)
import Glibc
#endif

/// The allocator settings of a command-line process.
///
/// glibc gives each thread that allocates under contention an arena of its own, up to eight per
/// core, and memory freed in one arena serves only that arena. A schema command builds two
/// catalogs of tens of thousands of values on the driver threads and compares them on another:
/// with the default, freed row buffers sit in arenas nothing allocates from again, and the peak
/// of a 5,000-table update was 20–40 MiB higher than with two arenas (same time; one arena is
/// slower, every thread waiting on one lock). `MALLOC_ARENA_MAX`, when set, is left to decide.
enum MemoryArenas {
    /// Limits glibc to two arenas unless `MALLOC_ARENA_MAX` says otherwise; elsewhere, nothing.
    static func limit(environment: [String: String]) {
        #if canImport(Glibc)
        guard environment["MALLOC_ARENA_MAX"] == nil else { return }
        // `mallopt` is in <malloc.h>, which the Glibc module does not export: looked up by name,
        // and absent under another C library (musl), where nothing is done.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mArenaMax: Int32 = -8   // M_ARENA_MAX in <malloc.h>
        _ = unsafeBitCast(symbol, to: Mallopt.self)(mArenaMax, 2)
        #endif
    }

    /// Gives the pages of freed memory back (glibc's `malloc_trim`): between stages, what one
    /// stage freed in an arena another thread will not allocate from again stops counting.
    static func trim() {
        #if canImport(Glibc)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }
}
