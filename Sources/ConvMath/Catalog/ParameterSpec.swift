/// One argument a layer's constructor takes, as the framework names it.
public struct ParameterSpec: Sendable, Equatable {
    public var name: String
    public var isRequired: Bool
    /// True when the argument changes the counts or shapes; false for `activation`, `name`, ….
    public var affectsCount: Bool
    /// False for arguments a framework only takes by keyword.
    public var isPositional: Bool

    /// Reads a compact spelling: `filters!` is required, `~activation` does not change the counts.
    private init(compact bytes: Slice<UnsafeBufferPointer<UInt8>>, positional: Bool) {
        var text = bytes
        affectsCount = text.first != UInt8(ascii: "~")
        if !affectsCount { text = text.dropFirst() }
        isRequired = text.last == UInt8(ascii: "!")
        if isRequired { text = text.dropLast() }
        name = String(decoding: UnsafeBufferPointer(rebasing: text), as: UTF8.self)
        isPositional = positional
    }

    /// Reads compact spellings separated by spaces onto the end of `specs`, going through the bytes
    /// once: splitting the text by characters was most of the time `summary` spent on its own work.
    static func read(_ compact: String, positional: Bool, into specs: inout [ParameterSpec]) {
        var compact = compact
        compact.withUTF8 { bytes in
            // A spelling and its space take at least two bytes; most take far more than four.
            specs.reserveCapacity(specs.count + bytes.count / 4 + 1)
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: " ") {
                if end > start { specs.append(ParameterSpec(compact: bytes[start..<end], positional: positional)) }
                start = end + 1
            }
        }
    }
}
