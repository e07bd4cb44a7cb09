import ArgumentParser

/// Reads a `--seed` value: a whole number from 0 up, with a message that gives the range when it is not.
enum SeedOption {
    static func parse(_ text: String) throws -> UInt64 {
        guard let value = UInt64(text) else {
            throw ValidationError("a seed is a whole number from 0 to \(UInt64.max), such as 15")
        }
        return value
    }
}
