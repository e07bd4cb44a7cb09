import StyledText

/// The characters a charset draws with, and label formatting that depends on it.
struct Glyphs: Sendable, Equatable {
    let charset: DiagramCharset
    let channelsFirst: Bool

    init(_ charset: DiagramCharset, channelsFirst: Bool = false) {
        self.charset = charset
        self.channelsFirst = channelsFirst
    }

    init(_ options: DiagramOptions) {
        self.init(options.charset, channelsFirst: options.channelsFirst)
    }

    private var unicode: Bool { charset == .unicode }

    var horizontal: Character { unicode ? "─" : "-" }
    var vertical: Character { unicode ? "│" : "|" }
    var topLeft: Character { unicode ? "┌" : "+" }
    var topRight: Character { unicode ? "┐" : "+" }
    var bottomLeft: Character { unicode ? "└" : "+" }
    var bottomRight: Character { unicode ? "┘" : "+" }
    var diagonal: Character { unicode ? "╱" : "/" }
    var leftHead: Character { unicode ? "◀" : "<" }
    var rightHead: Character { unicode ? "▶" : ">" }

    var times: String { unicode ? "×" : "x" }
    var dot: String { unicode ? "·" : "*" }
    var ellipsis: String { unicode ? "⋯" : "..." }
    var verticalEllipsis: String { unicode ? "⋮" : ":" }
    var convolve: String { unicode ? "✱" : "*" }
    var rangeDash: String { unicode ? "–" : "-" }

    func rule(_ count: Int) -> String {
        String(repeating: horizontal, count: max(0, count))
    }

    /// A right-pointing arrow `length` characters long.
    func arrow(_ length: Int) -> String {
        rule(length - 1) + String(rightHead)
    }

    /// `24 × 24 × 3`.
    func dims(_ numbers: [Int]) -> String {
        numbers.map(String.init).joined(separator: " \(times) ")
    }

    /// A volume's sizes with its channels where the framework writes them: `24 × 24 × 3` or `3 × 24 × 24`.
    func volume(_ spatial: [Int], channels: Int) -> String {
        dims(channelsFirst ? [channels] + spatial : spatial + [channels])
    }

    /// `3·3·3`.
    func product(_ numbers: [Int]) -> String {
        numbers.map(String.init).joined(separator: dot)
    }

    /// Caller-supplied text made safe for the charset: in ASCII mode, spelled by the shared fold table.
    func safe(_ text: String) -> String {
        unicode ? text : ASCIIFold.fold(text)
    }

    /// `1–4`, or just `1` when the range holds one number.
    func range(_ first: Int, _ last: Int) -> String {
        first == last ? "\(first)" : "\(first)\(rangeDash)\(last)"
    }
}
