// Written by `lede train lines --furniture-pass` (see Benchmarks/plaintext/leave_one_round_out.sh); do not edit by hand.
// Rows: body, headline, byline, caption, credit, furniture. Columns: ProseFurnitureFeatures.names.
// Empty: no pass ships yet (trained ones cost a Zyte held-out column, see Benchmarks/README.md, eleventh round).
enum ProseFurnitureWeights {
    static let fourth: [[Double]] = []
}
