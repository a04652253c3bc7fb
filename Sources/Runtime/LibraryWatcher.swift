import Dispatch
import Glibc
import Synchronization

/// Says when a chapter file in the watched folders changes: inotify where the kernel has it,
/// else a look at the folders' files every `pollInterval`. It reports only that something
/// changed; what changed is for the library's reread to find (through the chapter cache,
/// unchanged files cost a lookup).
final class LibraryWatcher: Sendable {
    /// How often folders are looked at when inotify cannot be used.
    static let pollInterval: Duration = .seconds(2)

    private let changed: @Sendable () -> Void
    private let inotify: Int32
    private let watched = Mutex<Set<String>>([])
    private let queue = DispatchQueue(label: "sobes.watch", qos: .utility)

    init(onChange changed: @escaping @Sendable () -> Void) {
        self.changed = changed
        inotify = inotify_init1(Int32(IN_CLOEXEC))
        if inotify >= 0 {
            queue.async { [self] in readEvents() }
        } else {
            queue.async { [self] in poll(previous: nil) }
        }
    }

    /// Watches these folders too (those already watched stay watched).
    func watch(_ folders: [String]) {
        let new = watched.withLock { watched in
            let new = folders.filter { !watched.contains($0) }
            watched.formUnion(new)
            return new
        }
        guard inotify >= 0 else { return }
        // Saves by rename (vim, most editors) are a move into the folder; a new track is a
        // folder created; a chapter removed is a delete or a move out; the folder itself may go.
        let events = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF)
        for folder in new { _ = inotify_add_watch(inotify, folder, events) }
    }

    private func readEvents() {
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(inotify, buffer, size)
            if count < 0 {
                if errno == EINTR { continue }
                return
            }
            var offset = 0
            var relevant = false
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = buffer.advanced(by: offset + MemoryLayout<inotify_event>.size)
                let name = event.len > 0 ? String(cString: nameStart.assumingMemoryBound(to: CChar.self)) : ""
                let folderItself = UInt32(IN_ISDIR | IN_DELETE_SELF | IN_MOVE_SELF)
                if event.mask & folderItself != 0 || Self.isChapterFile(name) { relevant = true }
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
            }
            if relevant { changed() }
        }
    }

    /// Without inotify: each folder's Markdown files (and sub-folders) with their sizes and
    /// modification times, compared with the last look.
    private func poll(previous: [String: [String: FileSignature]]?) {
        var seen: [String: [String: FileSignature]] = [:]
        for folder in watched.withLock({ $0 }) { seen[folder] = Self.entries(in: folder) }
        if let previous, previous.contains(where: { folder, files in seen[folder].map { $0 != files } ?? false }) { changed() }
        let snapshot = seen
        queue.asyncAfter(deadline: .now() + .seconds(Int(Self.pollInterval.components.seconds))) { [self] in poll(previous: snapshot) }
    }

    private struct FileSignature: Equatable, Sendable {
        var size: Int
        var seconds: Int
        var nanoseconds: Int
    }

    private static func entries(in folder: String) -> [String: FileSignature] {
        guard let directory = opendir(folder) else { return [:] }
        defer { closedir(directory) }
        var files: [String: FileSignature] = [:]
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard isChapterFile(name) || entry.pointee.d_type == UInt8(DT_DIR) && !name.hasPrefix(".") else { continue }
            var info = stat()
            guard stat(folder + "/" + name, &info) == 0 else { continue }
            files[name] = FileSignature(size: Int(info.st_size), seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec)
        }
        return files
    }

    /// Markdown files, not an editor's backup or swap file beside them.
    static func isChapterFile(_ name: String) -> Bool {
        !name.hasPrefix(".") && name.lowercased().hasSuffix(".md")
    }
}
