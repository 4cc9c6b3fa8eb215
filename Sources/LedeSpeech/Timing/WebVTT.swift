import Foundation
import LedeCore

/// A WebVTT transcript from the timing map: one cue per spoken sentence (or part of one), with its
/// written text. A quotation whose speaker Lede knows is a voice span, so players can show who
/// speaks: `<v Vadim Prokopiev>“Power can only be taken by force,”`.
///
/// ```swift
/// let vtt = WebVTT.document(script: script, timings: rendition.timings)
/// ```
public enum WebVTT {
    public static func document(script: Script, timings: [TimingEntry]) -> String {
        let texts = Dictionary(script.segments.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        var out = "WEBVTT\n"
        var cue = 0
        for entry in timings where entry.endMs > entry.startMs {
            let text = cueText(texts[entry.id] ?? "")
            guard !text.isEmpty else { continue }
            cue += 1
            let voice = entry.quoted == true ? entry.speaker.map(voiceTag) ?? "" : ""
            out += "\n\(cue)\n\(timestamp(entry.startMs)) --> \(timestamp(entry.endMs))\n\(voice)\(text)\n"
        }
        return out
    }

    /// A sentence as cue text: on one line (a blank line would end the cue), with `&`, `<` and `>`
    /// escaped, since WebVTT reads them as markup (`<c>`, `<v>`…) and a player may render it.
    static func cueText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        // "-->" becomes an arrow first (what readers of the transcript see), then markup is escaped.
        for character in text.replacingOccurrences(of: "-->", with: "\u{2192}").split(whereSeparator: \.isNewline)
            .joined(separator: " ") {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }

    /// `<v NAME>`: the name escaped like cue text, since a `>` in it would end the tag early and
    /// an `&` or `<` be read as markup.
    static func voiceTag(_ speaker: String) -> String {
        let name = cueText(speaker).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return name.isEmpty ? "" : "<v \(name)>"
    }

    /// `hh:mm:ss.ttt`.
    static func timestamp(_ ms: Int) -> String {
        let h = ms / 3_600_000, m = ms / 60_000 % 60, s = ms / 1000 % 60, t = ms % 1000
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2)).\(pad(t, 3))"
    }
}
