/// The publication day of an ISO 8601 timestamp, written as a reader would say it ("March 14, 2026");
/// the normaliser then turns it into words.
enum SpokenDate {
    private static let months = ["January", "February", "March", "April", "May", "June", "July",
                                 "August", "September", "October", "November", "December"]

    static func day(of iso: String?) -> String? {
        guard let iso, iso.count >= 10 else { return nil }
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return "\(months[m - 1]) \(d), \(y)"
    }
}
