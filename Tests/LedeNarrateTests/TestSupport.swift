import Foundation
// Shared by every test target: SharedData (the package and ../shared), ProgramRun, LedeBinary.
@_exported import LedeTestSupport
import LedeNarrate


/// The narration style (what the voice gets) and NeMo's spelling of the same readings.
let narration = TextNormalizer()
let plain = TextNormalizer(style: .nemoConventions)

func say(_ s: String) -> String { narration.spoken(s) }
