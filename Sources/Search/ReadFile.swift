#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// True when something exists at the path.
func fileExists(_ path: String) -> Bool {
    access(path, F_OK) == 0
}
