import ArgumentParser

/// `lede bench …`: measurements against peers. Each benchmark is a subcommand in a file of its own;
/// the scripts under `Benchmarks/` run the peer in the same run and print the ratio.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Lede against its peers (see Benchmarks/ and the README's table).",
        subcommands: [
            BenchExtractionCommand.self,
            BenchStoryCommand.self,
            BenchSentencesCommand.self,
            BenchNormalizationCommand.self,
        ]
    )
}
