import Screen
import TOMLKit

/// Reads theme files: a `[palette]` of named colours and role keys such as
/// `"markup.heading" = { fg = "blue", bg = "#1e1e2e", modifiers = ["bold"] }`
/// or the short form `"syntax.comment" = "gray"` (a foreground).
public enum ThemeLoader {
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    public static func parse(_ text: String, name: String, path: String) throws(Failure) -> Theme {
        let table = try TOMLDocument.table(text, path: path)
        var palette: [String: Color] = [:]
        if let paletteTable = table["palette"]?.table {
            for (key, value) in paletteTable {
                guard let text = value.colorText, let color = ColorName.parse(text, palette: [:]) else {
                    throw Failure(path: path, message: "palette.\(key): not a colour (use \"#rrggbb\", 0-255 or a colour name)")
                }
                palette[key] = color
            }
        }
        var theme = Theme(name: name, styles: [:])
        for (key, value) in table where key != "palette" {
            guard let role = Role(rawValue: key) else {
                throw Failure(path: path, message: "unknown key \"\(key)\"")
            }
            theme[own: role] = try style(value, key: key, palette: palette, path: path)
        }
        return theme
    }

    static func style(_ value: TOMLValueConvertible, key: String, palette: [String: Color], path: String) throws(Failure) -> Style {
        func color(_ text: String, _ field: String) throws(Failure) -> Color {
            guard let color = ColorName.parse(text, palette: palette) else {
                throw Failure(path: path, message: "\(key).\(field): unknown colour \"\(text)\"")
            }
            return color
        }
        if let text = value.colorText { return Style(foreground: try color(text, "fg")) }
        guard let fields = value.table else {
            throw Failure(path: path, message: "\(key): expected a colour or a table { fg, bg, modifiers }")
        }
        var style = Style()
        for (field, fieldValue) in fields {
            switch field {
            case "fg", "bg":
                guard let text = fieldValue.colorText else { throw Failure(path: path, message: "\(key).\(field): expected a colour") }
                if field == "fg" { style.foreground = try color(text, field) } else { style.background = try color(text, field) }
            case "modifiers":
                guard let names = fieldValue.array else { throw Failure(path: path, message: "\(key).modifiers: expected a list") }
                for name in names {
                    guard let text = name.string, let attribute = attributeNames[text] else {
                        throw Failure(path: path, message: "\(key).modifiers: unknown modifier \"\(name.string ?? "?")\"")
                    }
                    style.attributes.insert(attribute)
                }
            default:
                throw Failure(path: path, message: "\(key): unknown key \"\(field)\"")
            }
        }
        return style
    }

    static let attributeNames: [String: Attributes] = [
        "bold": .bold, "dim": .dim, "italic": .italic, "underlined": .underline, "underline": .underline,
        "reversed": .reverse, "reverse": .reverse, "crossed_out": .strikethrough, "strikethrough": .strikethrough,
    ]
}

/// Colour names in theme files: "#rrggbb", a palette entry, a 256-colour index, an ANSI name.
enum ColorName {
    static func parse(_ text: String, palette: [String: Color]) -> Color? {
        if let color = palette[text] { return color }
        if text == "default" || text == "reset" { return .default }
        if text.hasPrefix("#"), text.count == 7, let value = UInt32(text.dropFirst(), radix: 16) {
            return .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
        }
        if let index = UInt8(text) { return .indexed(index) }
        if let index = ansiNames.firstIndex(of: text) { return .ansi(UInt8(index)) }
        return nil
    }

    static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "gray",
        "light-gray", "light-red", "light-green", "light-yellow", "light-blue", "light-magenta", "light-cyan", "white",
    ]
}

extension TOMLValueConvertible {
    /// A colour written as a string or as a bare 256-colour index.
    var colorText: String? { string ?? int.map(String.init) }
}
