// libFuzzer target for the theme and config readers (TOML through TOMLKit); built and run by
// run-library-fuzz.sh toml.
//
// Checked on every input: a theme, a config or a one-line failure naming the file, never a
// crash or a message spanning lines.
import Browser

@_cdecl("LLVMFuzzerTestOneInput")
public func tomlFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: size > 0 ? data : nil, count: size), as: UTF8.self)
    timed(size: size) {
        do {
            _ = try ThemeLoader.parse(text, name: "fuzz", path: "fuzz.toml")
        } catch {
            check("\(error)".hasPrefix("fuzz.toml: "), "a theme failure that does not name the file")
        }
        do {
            _ = try ConfigFile.parse(text, path: "config.toml")
        } catch {
            check("\(error)".hasPrefix("config.toml: "), "a config failure that does not name the file")
        }
    }
    return 0
}
