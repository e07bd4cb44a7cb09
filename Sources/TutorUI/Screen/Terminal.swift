/// A place to draw frames and read keys: the full-screen ncurses terminal, or a scripted one in tests.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Takes over the screen. Throws when the terminal cannot be used full-screen.
    func start() throws
    /// Gives the screen back exactly as it was (cursor, echo, colours). Safe to call twice.
    func stop()
    /// Draws the changed runs of a frame and places (or hides) the cursor, then shows the result.
    func draw(_ runs: [CellRun], cursor: Position?)
    /// The next event, waiting at most `timeout` milliseconds (nil: wait for ever); nil on timeout.
    func nextEvent(timeout: Int?) -> TerminalEvent?
}
