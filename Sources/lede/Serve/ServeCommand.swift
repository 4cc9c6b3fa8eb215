import ArgumentParser
import Foundation
import LedeSpeech
import Hummingbird
import LedeCore
import LedeServer
import LedeStore
import Logging

/// `lede serve`: the web library with its reader, API, feeds and narration workers.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web library: reader pages, JSON API, podcast feeds and narration workers.",
        discussion: """
        The library (SQLite database and audio files) lives in --data. Open http://HOST:PORT/ in a \
        browser; the API is described at /openapi.json. Adding, deleting and re-narrating through the \
        API need `Authorization: Bearer TOKEN` with a token from --token-file (one a line, at least 16 \
        characters); without a token file the library is read-only over HTTP (use `lede add`). With \
        --private, a browser opens http://HOST:PORT/?token=TOKEN once and keeps a cookie; podcast \
        apps subscribe to the feed address printed at start, which carries a read-only token \
        derived from TOKEN (it can read, never write).

        With --database postgres://USER@HOST:PORT/DB the articles, search and narration queue live \
        in PostgreSQL instead, so several `lede serve` on different machines share one library and \
        its work (each job is taken by one worker; a job whose worker stops reporting progress for \
        ten minutes is queued again). Audio files still go to --data: give the machines one shared \
        --data folder (NFS or similar) so each can serve what another narrated.

        An article added again with changed text (the same URL fetched again, or posted as html or \
        text with its url) is narrated again in the voice of its edition, and only the sentences \
        whose spoken words changed are rendered: the others come from the sentence audio cache in \
        DATA/audio/sentences (bounded by --sentence-cache-mb, least recently used out first).

        Examples:
          lede serve
          lede serve --data /srv/lede --port 8080 --token-file /etc/lede/tokens
          lede serve --private --token-file tokens --voice espeak:en-us --workers 2
          lede serve --voice piper:en_US-joe-medium --quote-voice hibari:heart
          lede serve --database postgres://lede@db.internal:5432/lede --data /mnt/shared/lede
        """)

    @Option(help: "The library folder (created if missing).")
    var data = "lede-data"

    @Option(help: "A PostgreSQL library shared by several machines (postgres://user[:password]@host[:port]/db); default: SQLite in --data.")
    var database: String?

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(help: "A file of bearer tokens, one a line, allowed to write (and to read with --private).")
    var tokenFile: String?

    @Flag(help: "Reads need a token too (feeds and audio take it as ?token=).")
    var `private` = false

    @Option(help: "Narrations run at once.")
    var workers = 1

    @Option(help: "The narration voice (see `lede voices`).")
    var voice = VoiceLibrary.defaultVoice

    @Option(help: "Read the words of direct quotations in this voice (API: \"quoteVoice\"); default: the narrator reads all.")
    var quoteVoice: String?

    @Option(help: "Speaking rate: 1 is the voice's own pace, 0.85 (the default) the pace of audio news (0.5 to 2).")
    var speed = Synthesizer.narrationSpeed

    @Option(help: "The public address used for links in feeds (default http://HOST:PORT).")
    var publicURL: String?

    @Flag(help: "Do not narrate added articles until asked (POST /api/articles/{id}/narrate).")
    var noAutoNarrate = false

    @Flag(help: "Allow URLs that resolve to private, loopback or link-local addresses (closed networks only).")
    var allowPrivate = false

    @Option(help: "Longest narration in minutes: longer scripts are refused, longer renders stopped (0: no cap).")
    var maxNarrationMinutes = 120.0

    @Option(help: "Megabytes of sentence audio kept in DATA/audio/sentences, so an article added again renders only its changed sentences (0: no cache).")
    var sentenceCacheMb = SentenceAudioCache.defaultMaxBytes >> 20

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be 1…65535") }
        guard (1...16).contains(workers) else { throw ValidationError("--workers must be 1…16") }
        guard (0.5...2).contains(speed) else { throw ValidationError("--speed must be 0.5…2") }
        guard (0...(1 << 20)).contains(sentenceCacheMb) else { throw ValidationError("--sentence-cache-mb must be 0…1048576") }
        guard maxNarrationMinutes >= 0, maxNarrationMinutes.isFinite else { throw ValidationError("--max-narration-minutes must be 0 or more") }
        if `private` && tokenFile == nil { throw ValidationError("--private needs --token-file: readers need tokens") }
    }

    func run() async throws {
        // A quote voice that is not installed stops the start, before the library is opened.
        if let quoteVoice { try VoiceOptions.checkQuoteVoice(quoteVoice) }
        var configuration = ServerConfiguration(dataDirectory: URL(fileURLWithPath: data))
        configuration.host = host
        configuration.port = port
        configuration.isPrivate = `private`
        configuration.workers = workers
        configuration.voice = voice
        configuration.quoteVoice = quoteVoice
        configuration.speed = speed
        configuration.publicURL = publicURL
        configuration.narrateOnAdd = !noAutoNarrate
        configuration.allowPrivateFetch = allowPrivate
        configuration.maxNarrationMinutes = maxNarrationMinutes > 0 ? maxNarrationMinutes : nil
        configuration.sentenceCacheBytes = sentenceCacheMb << 20
        if let tokenFile { configuration.tokens = try ServerConfiguration.readTokens(from: tokenFile) }
        var logger = Logger(label: "lede.serve")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let (store, files) = try await LibraryOpener.open(data: data, database: database)
        logger.info("library in \(database.map { _ in "PostgreSQL, audio in " } ?? "")\(configuration.dataDirectory.path); open http://\(host):\(port)/")
        let app = LedeApp(configuration: configuration, store: store, files: files, logger: logger)
        if `private` { for url in app.privateFeedURLs { logger.info("podcast feed (read-only token): \(url)") } }
        try await app.application().runService()
    }
}
