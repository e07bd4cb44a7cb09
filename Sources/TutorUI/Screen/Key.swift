/// A key press, as the terminal reports it.
public enum Key: Sendable, Equatable, Hashable {
    case character(Character)
    /// Ctrl plus a letter, e.g. `.control("u")` for Ctrl-U.
    case control(Character)
    case enter
    case backspace
    case delete
    case tab
    case backTab
    case escape
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    case function(Int)
}

/// What the terminal delivers to the program's loop.
public enum TerminalEvent: Sendable, Equatable {
    case key(Key)
    case resize(Size)
    /// The input has ended (a closed pipe, a hang-up) or a signal asked the program to stop.
    case end
}
