#if canImport(Glibc)
import Glibc
#endif

/// The time the tutor reads, in seconds: the system's monotonic clock, or, for tests, the number
/// written in the file that `CONVTUTOR_TEST_CLOCK` names (read afresh each time, never slept on).
enum ProgramClock {
    static let environmentVariable = "CONVTUTOR_TEST_CLOCK"

    static func make() -> () -> Double {
        if let path = getenv(environmentVariable).map({ String(cString: $0) }), !path.isEmpty {
            return { readSeconds(path) }
        }
        return {
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
        }
    }

    private static func readSeconds(_ path: String) -> Double {
        guard let file = fopen(path, "r") else { return 0 }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 64)
        guard fgets(&buffer, Int32(buffer.count), file) != nil else { return 0 }
        let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return Double(text.filter { !$0.isWhitespace }) ?? 0
    }
}
