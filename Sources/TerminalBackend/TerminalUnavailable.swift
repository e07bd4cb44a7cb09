/// Why the full-screen terminal cannot be used; `description` is a sentence for the user.
public enum TerminalUnavailable: Error, Sendable, Equatable, CustomStringConvertible {
    /// Standard input is a pipe, a file or the null device.
    case inputNotTerminal
    /// Standard output is a pipe or a file.
    case outputNotTerminal
    /// `TERM` is unset or empty.
    case terminalTypeUnset
    /// `TERM` is `dumb` (an editor buffer, a CI log): no cursor addressing.
    case dumbTerminal
    /// `TERM` names a type the terminfo database does not know.
    case unknownTerminalType(String)
    /// The terminal type exists but cannot move the cursor (a hard-copy or generic type).
    case noCursorAddressing(String)
    /// A full-screen session is already running in this process.
    case alreadyInUse
    /// ncurses could not set up the screen.
    case setupFailed(String)

    public var description: String {
        switch self {
        case .inputNotTerminal:
            "standard input is not a terminal"
        case .outputNotTerminal:
            "standard output is not a terminal"
        case .terminalTypeUnset:
            "the terminal type is unknown (TERM is not set)"
        case .dumbTerminal:
            "the terminal is a dumb terminal (TERM=dumb) and cannot draw a full screen"
        case .unknownTerminalType(let type):
            "the terminal type '\(type)' is not in the terminfo database"
        case .noCursorAddressing(let type):
            "the terminal type '\(type)' cannot move the cursor"
        case .alreadyInUse:
            "the full-screen terminal is already in use"
        case .setupFailed(let type):
            "the terminal '\(type)' could not be set up for full-screen use"
        }
    }
}
