/// The shape of one sample flowing through a model: never includes the batch dimension.
public struct TensorShape: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var dimensions: [Int]

    public init(_ dimensions: [Int]) {
        self.dimensions = dimensions
    }

    public var rank: Int { dimensions.count }

    /// The channel count under the given layout (the last axis for Keras, the first for PyTorch).
    public func channels(_ layout: ChannelLayout) -> Int {
        switch layout {
        case .channelsLast: return dimensions.last ?? 0
        case .channelsFirst: return dimensions.first ?? 0
        }
    }

    /// The spatial axes under the given layout (everything but the channel axis).
    public func spatial(_ layout: ChannelLayout) -> [Int] {
        switch layout {
        case .channelsLast: return Array(dimensions.dropLast())
        case .channelsFirst: return Array(dimensions.dropFirst())
        }
    }

    /// Builds a shape from spatial sizes and a channel count, in the given layout.
    public static func with(spatial: [Int], channels: Int, layout: ChannelLayout) -> TensorShape {
        switch layout {
        case .channelsLast: return TensorShape(spatial + [channels])
        case .channelsFirst: return TensorShape([channels] + spatial)
        }
    }

    /// The number of elements, or nil when it does not fit in 64 bits.
    public var elementCount: Int? {
        try? Exact.product(dimensions)
    }

    /// `(22, 22, 10)`, as Python prints a tuple (`(10,)` for one axis).
    public var description: String {
        if dimensions.count == 1 { return "(\(dimensions[0]),)" }
        return "(" + listed(separator: ", ") + ")"
    }

    /// `22×22×10`, for prose.
    public var timesDescription: String {
        listed(separator: "×")
    }

    // Appended in a loop rather than joined: a generic `joined` costs a start-up its first lookups.
    private func listed(separator: String) -> String {
        var text = ""
        for (index, size) in dimensions.enumerated() {
            if index > 0 { text += separator }
            text += String(size)
        }
        return text
    }
}
