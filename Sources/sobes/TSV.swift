import ArgumentParser

/// `--header`, on every command that prints tsv.
struct TSVHeaderOption: ParsableArguments {
    @Flag(help: "A first row naming the columns (with --format tsv; highlight: tokens).") var header = false
}

/// Rows of tab-separated values. A field's backslash, tab, newline and carriage return are
/// written `\\`, `\t`, `\n` and `\r` (as PostgreSQL's and MySQL's text format), so a title
/// holding one can neither split a row nor lose what it held.
enum TSV {
    static func row(_ fields: [String]) -> String {
        fields.map(escaped).joined(separator: "\t") + "\n"
    }

    static func header(_ names: [String]) -> String { row(names) }

    static func escaped(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return field }
        var result = ""
        for scalar in field.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
