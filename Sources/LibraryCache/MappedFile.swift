#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Search

/// A file mapped read-only into memory, unmapped when the last reference goes. The bytes
/// are read in place: opening a cache file costs a system call, not a copy.
///
/// Cache files are only ever replaced by a rename, never rewritten in place, so a mapped
/// file does not shrink under the reader.
final class MappedFile: @unchecked Sendable, PageReleasing {
    let bytes: UnsafeRawBufferPointer

    /// Nil when the file is missing, empty, not a regular file or cannot be mapped.
    init?(path: String, maximumSize: Int = 1 << 30) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
              info.st_size > 0, info.st_size <= maximumSize else { return nil }
        let size = Int(info.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    /// Gives the mapped pages back (they stay in the page cache and are read again when
    /// touched). Touching one page maps its neighbours too (the kernel's fault-around, 64 KB),
    /// so a head or a body read from a file leaves much of the file resident: a library's
    /// entries would add up to the size of the cache.
    func release() {
        guard let base = bytes.baseAddress else { return }
        madvise(UnsafeMutableRawPointer(mutating: base), bytes.count, Int32(MADV_DONTNEED))
    }

    func releasePages() { release() }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}
