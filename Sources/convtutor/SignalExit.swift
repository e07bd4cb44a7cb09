import TerminalBackend
#if canImport(Glibc)
import Glibc
#endif

/// Ends the program the way a signal would have ended it, once the full screen has been put away,
/// so that the shell sees 130, 143 or 129 after Ctrl-C, SIGTERM or SIGHUP on every screen.
enum SignalExit {
    static func followStop(of terminal: NcursesTerminal) {
        guard let signal = terminal.stopSignal else { return }
        Glibc.signal(signal, SIG_DFL)
        raise(signal)
    }
}
