/// The reader's stylesheet and player script, served from memory at `/static/lede.css` and
/// `/static/player.js`. They are real files (`Sources/LedeServer/Resources/lede.css` and `player.js`)
/// that SwiftPM embeds in the binary at build time (`.embedInCode` in Package.swift), so an installed
/// `lede` stays one relocatable file that needs no resource folder beside it.
enum StaticAssets {
    /// Readable on a phone: one column, system fonts, large tap targets (see `lede.css`).
    static let stylesheet = String(decoding: PackageResources.lede_css, as: UTF8.self)

    /// The synced player: highlights the sentence being spoken, seeks on a click, plays and steps by
    /// sentence from the keyboard (see `player.js`). The page works without it.
    static let playerScript = String(decoding: PackageResources.player_js, as: UTF8.self)
}
