/// The deep-learning framework whose spelling, layout and counting rules a layer follows.
public enum Framework: String, Sendable, Equatable, CaseIterable {
    case keras
    case pytorch

    /// The name people call it by, for messages.
    public var displayName: String {
        switch self {
        case .keras: return "Keras"
        case .pytorch: return "PyTorch"
        }
    }

    /// Where the channel axis sits in this framework's input shapes (no batch dimension).
    public var channelLayout: ChannelLayout {
        switch self {
        case .keras: return .channelsLast
        case .pytorch: return .channelsFirst
        }
    }
}

/// Whether the channel axis of a tensor comes last (Keras) or first (PyTorch).
public enum ChannelLayout: Sendable, Equatable {
    case channelsLast
    case channelsFirst
}
