import ArgumentParser

/// `lede train`: (re)trains Lede's own statistical models from openly licensed data.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train Lede's own models from openly licensed data.",
        subcommands: [TrainNamesCommand.self])
}
