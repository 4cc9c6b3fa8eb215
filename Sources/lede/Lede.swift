import ArgumentParser

/// The `lede` command: each subcommand is a small struct in a file of its own.
@main
struct Lede: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "Turn news articles into a clean read and a natural listen, offline.",
        version: "0.1.0",
        subcommands: [
            ReadCommand.self,
            StoryCommand.self,
            BatchCommand.self,
            QuotesCommand.self,
            SentencesCommand.self,
            BenchCommand.self,
            TrainCommand.self,
            ListenCommand.self,
            SayCommand.self,
            VoicesCommand.self,
            NormalizeCommand.self,
            ServeCommand.self,
            AddCommand.self,
        ]
    )
}
