#if canImport(Glibc)
import Glibc
#endif
import LedeCore

/// Which network addresses Lede may fetch from: public unicast only, unless told otherwise.
///
/// ```swift
/// AddressPolicy.isPublic(ipv4: [10, 0, 0, 1])          // false
/// try AddressPolicy.resolvePublic(host: "localhost")  // throws LedeError.fetch
/// ```
enum AddressPolicy {
    /// False for loopback, private (RFC 1918), CGNAT, link-local, multicast, reserved and unspecified IPv4.
    static func isPublic(ipv4 a: [UInt8]) -> Bool {
        guard a.count == 4 else { return false }
        switch (a[0], a[1]) {
        case (0, _), (10, _), (127, _): return false
        case (100, 64...127): return false           // carrier-grade NAT
        case (169, 254): return false                // link-local
        case (172, 16...31): return false
        case (192, 168): return false
        case (192, 0) where a[2] == 0 || a[2] == 2: return false  // IETF protocol assignments, TEST-NET-1
        case (198, 18...19): return false            // benchmarking
        case (198, 51) where a[2] == 100, (203, 0) where a[2] == 113: return false  // TEST-NET-2/3
        case (224...255, _): return false            // multicast, reserved, broadcast
        default: return true
        }
    }

    /// False for ::, ::1, link-local, unique-local, multicast, documentation, and IPv4-mapped or
    /// NAT64 forms of non-public IPv4.
    static func isPublic(ipv6 a: [UInt8]) -> Bool {
        guard a.count == 16 else { return false }
        if a[0..<15].allSatisfy({ $0 == 0 }) { return false }                         // :: and ::1
        if a[0..<10].allSatisfy({ $0 == 0 }) && a[10] == 0xFF && a[11] == 0xFF { return isPublic(ipv4: Array(a[12..<16])) }
        if a[0..<12].allSatisfy({ $0 == 0 }) { return isPublic(ipv4: Array(a[12..<16])) }  // IPv4-compatible
        if a[0] == 0x00, a[1] == 0x64, a[2] == 0xFF, a[3] == 0x9B { return isPublic(ipv4: Array(a[12..<16])) }  // NAT64
        if a[0] == 0xFE && (a[1] & 0xC0) == 0x80 { return false }                     // fe80::/10 link-local
        if (a[0] & 0xFE) == 0xFC { return false }                                      // fc00::/7 unique-local
        if a[0] == 0xFF { return false }                                               // multicast
        if a[0] == 0x20, a[1] == 0x01, a[2] == 0x0D, a[3] == 0xB8 { return false }     // documentation
        if a[0] == 0xFE && (a[1] & 0xC0) == 0xC0 { return false }                     // deprecated site-local
        return true
    }

    /// Resolves a host name and returns its addresses as text, refusing the host when any answer
    /// is not public (a name that resolves to both kinds is treated as hostile).
    static func check(host: String, allowPrivate: Bool) throws -> [String] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        let rc = getaddrinfo(bare, nil, &hints, &result)
        guard rc == 0, let first = result else {
            throw LedeError.fetch("cannot resolve host \(host)")
        }
        defer { freeaddrinfo(first) }
        var addresses: [String] = []
        var blocked: [String] = []
        var p: UnsafeMutablePointer<addrinfo>? = first
        while let info = p {
            if let sa = info.pointee.ai_addr {
                var bytes: [UInt8] = []
                var text = ""
                if info.pointee.ai_family == AF_INET {
                    sa.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { sin in
                        var addr = sin.pointee.sin_addr
                        bytes = withUnsafeBytes(of: &addr) { Array($0) }
                    }
                    text = bytes.map(String.init).joined(separator: ".")
                    if !isPublic(ipv4: bytes) { blocked.append(text) }
                } else if info.pointee.ai_family == AF_INET6 {
                    sa.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { sin in
                        var addr = sin.pointee.sin6_addr
                        bytes = withUnsafeBytes(of: &addr) { Array($0) }
                    }
                    text = stride(from: 0, to: 16, by: 2).map { String(format16(bytes[$0], bytes[$0 + 1])) }.joined(separator: ":")
                    if !isPublic(ipv6: bytes) { blocked.append(text) }
                }
                if !text.isEmpty { addresses.append(text) }
            }
            p = info.pointee.ai_next
        }
        if !blocked.isEmpty && !allowPrivate {
            throw LedeError.fetch("\(host) resolves to a private, loopback or link-local address (\(blocked.joined(separator: ", "))); pass --allow-private to fetch it anyway")
        }
        return addresses
    }

    private static func format16(_ a: UInt8, _ b: UInt8) -> String {
        String(UInt16(a) << 8 | UInt16(b), radix: 16)
    }
}
