import Tutor

/// What happens to the app: a key, a new terminal size.
public enum AppEvent: Sendable, Equatable {
    case key(Key)
    case resize(Size)
}

/// What the app asks the outside world to do; only the executable carries effects out.
public enum AppEffect: Sendable, Equatable {
    case quit
    case record(AttemptRecord)
}
