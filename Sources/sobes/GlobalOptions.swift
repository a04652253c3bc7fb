import ArgumentParser

/// Options written before the command, as git and rg users do (`sobes --content DIR list`):
/// moved after the command's name, where the command declares them. The root cannot declare
/// them itself, or ArgumentParser would give their values to it rather than to the command.
enum GlobalOptions {
    /// Options of many commands that take a value, and flags.
    static let valued: Set<String> = ["--content", "--data", "--theme", "--color"]
    static let flags: Set<String> = ["--verbose", "--header"]

    static func movedAfterCommand(_ arguments: [String], root: any ParsableCommand.Type = Sobes.self) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
            if flags.contains(argument) || (valued.contains(name) && argument.contains("=")) {
                leading.append(argument)
                index += 1
            } else if valued.contains(argument), index + 1 < arguments.count {
                leading += arguments[index...(index + 1)]
                index += 2
            } else {
                break
            }
        }
        // The command's path: `notes export` takes them after `export`.
        var command: any ParsableCommand.Type = root
        var path: [String] = []
        while index < arguments.count,
              let child = command.configuration.subcommands.first(where: { $0._commandName == arguments[index] }) {
            path.append(arguments[index])
            command = child
            index += 1
        }
        guard !leading.isEmpty, !path.isEmpty else { return arguments }
        return path + leading + arguments[index...]
    }
}
