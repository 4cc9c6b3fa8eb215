import ArgumentParser

/// `lede train`: (re)trains Lede's own statistical models, from openly licensed data and data the
/// project makes itself; each writes its weights as Swift source.
///
///     lede train names --data ../shared/bench/ner --out Sources/LedeLanguage/Entities/NameModelWeights.swift
///     lede train lines --dumps out/dumps --bench ../shared/bench --out Sources/LedeExtract/PlainText/LineModelWeights.swift
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train Lede's own models (names: Benchmarks/language.sh; lines: Benchmarks/plaintext.sh).",
        subcommands: [TrainNamesCommand.self, TrainLinesCommand.self])
}

