import CNcurses
import StyledText
import Synchronization
import TutorUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

// MARK: - Process-wide state shared with signal handlers and the exit hook

/// The signal (SIGINT, SIGTERM or SIGHUP) that asked the session to end; 0 for none. The signal
/// handler writes it, `nextEvent` reads it.
private let pendingStopSignal = Atomic<Int32>(0)
/// True between a successful `start()` and `stop()`; the exit hook restores the terminal then.
private let sessionActive = Atomic<Bool>(false)
private let exitHookInstalled = Atomic<Bool>(false)

/// The signals that end the session through `nextEvent` returning `.end`.
private let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

/// The full-screen terminal on ncursesw. It is the only code that talks to ncurses.
///
/// Choices:
/// - **Raw mode** (`raw()`, `noecho()`, `nonl()`, `keypad`): Ctrl-C arrives as the key
///   `.control("c")`, so the program quits through its normal path and calls `stop()`; Ctrl-S and
///   Ctrl-Q are keys too (no flow control). Esc waits 25 ms for a sequence (`set_escdelay`).
/// - **Ctrl-Z** is handled here: the terminal is given back (`def_prog_mode`, `endwin`), the
///   process group is stopped as the terminal's own Ctrl-Z would stop it, and after `fg` the
///   screen is taken again (`reset_prog_mode`, full repaint) and `.resize(size)` is delivered so the
///   program redraws. The program never sees `.control("z")`.
/// - **SIGINT, SIGTERM and SIGHUP** (sent from outside) set a flag that `nextEvent` turns into
///   `.end` within about 100 ms, even when the caller waits for ever (the wait is cut in slices);
///   `stopSignal` then names the signal. A signal the process was started ignoring (`nohup`)
///   stays ignored. The handlers are installed before `newterm`, so ncurses
///   does not install its own (which would end the process at once), and `stop()` puts the
///   previous ones back. As a last resort an `atexit` hook calls `endwin()` when the program exits
///   without `stop()`.
/// - **End of input**: three reads in a row that fail at once (a closed or hung-up terminal)
///   deliver `.end`; a closed input never spins.
/// - **Locale**: `start()` calls `setlocale(LC_ALL, "")` and keeps the user's locale. When that
///   locale is not installed (or, in a static binary, not readable by its C library) but its name says
///   UTF-8, characters are read and written as the built-in `C.UTF-8` does. `supportsUnicode` is false
///   when the character set is not UTF-8, and the program should then draw with ASCII. Characters that are not one column wide in the locale are drawn as `?`.
/// - **Colour**: one pair per coloured palette entry, in the colours of the `Theme`, on the terminal's
///   default background (or, for a theme with a background of its own, on that, set as pair 0's too);
///   `NO_COLOR` (present and not empty) or a terminal without colours leaves only attributes.
///
/// One session at a time per process.
public final class NcursesTerminal: Terminal {
    /// Whether the locale's character set is UTF-8, so box drawing and symbols can be used.
    public private(set) var supportsUnicode = false
    /// Whether the session shows colours (false with `NO_COLOR` or a monochrome terminal).
    public private(set) var usesColor = false
    /// The signal that ended the session (SIGINT, SIGTERM or SIGHUP), if one did; a program may
    /// re-raise it after `stop()` to exit as the signal asked.
    public private(set) var stopSignal: Int32?

    private let environment: [String: String]
    private let theme: Theme
    private var screen: OpaquePointer?
    private var colorMode = ColorMode.monochrome
    private var decoder = InputDecoder()
    private var cursorVisible: Bool?
    private var savedSignalActions: [(signal: Int32, action: sigaction)] = []

    /// A terminal that will read `TERM` and `NO_COLOR` from `environment` and colour the screen in
    /// `theme` (when it has colour).
    public init(environment: [String: String] = NcursesTerminal.processEnvironment(), theme: Theme = .dark) {
        self.environment = environment
        self.theme = theme
    }

    deinit {
        stop()
    }

    /// The process's environment variables, as they were at start-up (read once: the commands that
    /// need them ask for them in several places).
    public static func processEnvironment() -> [String: String] {
        startEnvironment
    }

    private static let startEnvironment: [String: String] = {
        var result: [String: String] = [:]
        guard var entry = cnc_environment() else { return result }
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            entry += 1
        }
        return result
    }()

    // MARK: - Can the screen be used?

    /// Whether full-screen use is possible here: standard input and output are terminals and
    /// `TERM` names a terminfo type that can move the cursor. On failure the program should fall
    /// back to line mode and may tell the user the reason.
    public static func canRunFullScreen(environment: [String: String]) -> Result<Void, TerminalUnavailable> {
        canRunFullScreen(
            environment: environment,
            inputIsTerminal: isatty(STDIN_FILENO) == 1,
            outputIsTerminal: isatty(STDOUT_FILENO) == 1
        )
    }

    static func canRunFullScreen(
        environment: [String: String],
        inputIsTerminal: Bool,
        outputIsTerminal: Bool
    ) -> Result<Void, TerminalUnavailable> {
        guard inputIsTerminal else { return .failure(.inputNotTerminal) }
        guard outputIsTerminal else { return .failure(.outputNotTerminal) }
        guard let type = environment["TERM"], !type.isEmpty else { return .failure(.terminalTypeUnset) }
        guard type != "dumb" else { return .failure(.dumbTerminal) }
        let verdict = type.withCString { cnc_check_terminfo($0) }
        switch verdict {
        case CNC_TERMINFO_USABLE:
            return .success(())
        case CNC_TERMINFO_NO_CURSOR_ADDRESSING:
            return .failure(.noCursorAddressing(type))
        default:
            return .failure(.unknownTerminalType(type))
        }
    }

    // MARK: - Terminal

    /// The size of the screen in cells (of the controlling terminal before `start()`; 80×24 when
    /// there is none).
    public var size: Size {
        if screen != nil {
            return Size(columns: Int(cnc_columns()), rows: Int(cnc_rows()))
        }
        var rows: Int32 = 0
        var columns: Int32 = 0
        guard cnc_window_size(STDOUT_FILENO, &rows, &columns) == 0 else { return Size(columns: 80, rows: 24) }
        return Size(columns: Int(columns), rows: Int(rows))
    }

    /// Takes over the screen; throws `TerminalUnavailable` when that is impossible. Does nothing
    /// when already started.
    public func start() throws {
        guard screen == nil else { return }
        guard !sessionActive.load(ordering: .acquiring) else { throw TerminalUnavailable.alreadyInUse }
        if case .failure(let reason) = Self.canRunFullScreen(environment: environment) { throw reason }
        let type = environment["TERM"] ?? ""

        if setlocale(LC_ALL, "") == nil, LocaleName.isUTF8({ environment[$0] }) { setlocale(LC_CTYPE, "C.UTF-8") }
        supportsUnicode = cnc_codeset_is_utf8() != 0
        pendingStopSignal.store(0, ordering: .relaxed)
        stopSignal = nil
        cnc_unblock_terminal_signals()
        installSignalHandlers()
        guard let screen = type.withCString({ cnc_newterm($0) }) else {
            restoreSignalHandlers()
            throw TerminalUnavailable.setupFailed(type)
        }
        self.screen = screen
        sessionActive.store(true, ordering: .releasing)
        installExitHook()

        raw()
        noecho()
        nonl()
        cnc_configure_stdscr()
        set_escdelay(25)
        setUpColors()
        werase(cnc_stdscr())
        cursorVisible = nil
        decoder = InputDecoder()
    }

    /// Gives the screen back as it was (cursor shown, echo and line mode on, colours reset) and
    /// puts back the previous signal handlers. Safe to call twice.
    public func stop() {
        guard let screen else { return }
        curs_set(1)
        cnc_set_style(CNC_A_NORMAL, 0)
        endwin()
        delscreen(screen)
        self.screen = nil
        sessionActive.store(false, ordering: .releasing)
        restoreSignalHandlers()
    }

    /// Draws the runs (clipped to the screen), places or hides the cursor, then refreshes once.
    public func draw(_ runs: [CellRun], cursor: Position?) {
        guard screen != nil else { return }
        let rows = Int(cnc_rows())
        let columns = Int(cnc_columns())
        for run in runs where run.position.row >= 0 && run.position.row < rows {
            var text: [wchar_t] = []
            var column = run.position.column
            var firstColumn: Int?
            for character in run.text {
                if column >= columns { break }
                if column >= 0 {
                    if firstColumn == nil { firstColumn = column }
                    appendCell(character, to: &text)
                }
                column += 1
            }
            guard let firstColumn, !text.isEmpty else { continue }
            let look = Self.appearance(of: run.style, mode: colorMode)
            cnc_set_style(attributes(of: look), look.pair)
            let count = Int32(text.count)
            text.append(0)
            _ = text.withUnsafeBufferPointer { buffer in
                cnc_put(Int32(run.position.row), Int32(firstColumn), buffer.baseAddress, count)
            }
        }
        cnc_set_style(CNC_A_NORMAL, 0)
        if let cursor, cursor.row >= 0, cursor.row < rows, cursor.column >= 0, cursor.column < columns {
            setCursorVisible(true)
            cnc_move(Int32(cursor.row), Int32(cursor.column))
        } else {
            setCursorVisible(false)
        }
        cnc_refresh()
    }

    /// The next key, resize or end, waiting at most `timeout` ms (nil: for ever); nil on timeout.
    public func nextEvent(timeout: Int?) -> TerminalEvent? {
        guard screen != nil else { return .end }
        let event = decoder.next(
            timeout: timeout,
            read: { wait in Self.readRaw(wait: wait) },
            stopRequested: { pendingStopSignal.load(ordering: .relaxed) != 0 }
        )
        switch event {
        case nil:
            return nil
        case .key(.control("z")):
            suspend()
            return .resize(size)
        case .key(let key):
            return .key(key)
        case .resize:
            cnc_force_repaint()
            return .resize(size)
        case .end:
            let signal = pendingStopSignal.load(ordering: .relaxed)
            if signal != 0 { stopSignal = signal }
            return .end
        }
    }

    // MARK: - Helpers

    private static func readRaw(wait: Int) -> RawRead {
        var value: UInt32 = 0
        var result: Int32 = ERR
        let elapsed = ContinuousClock().measure {
            result = cnc_get_wch(Int32(clamping: wait), &value)
        }
        let milliseconds = Int(elapsed.components.seconds) * 1000
            + Int(elapsed.components.attoseconds / 1_000_000_000_000_000)
        switch result {
        case OK:
            return RawRead(input: .character(value), elapsed: milliseconds)
        case KEY_CODE_YES:
            return RawRead(input: .keyCode(Int32(bitPattern: value)), elapsed: milliseconds)
        default:
            return RawRead(input: nil, elapsed: milliseconds)
        }
    }

    /// Adds one cell's wide characters: the character itself when it is printable and one column
    /// wide here, else `?` (or a space for control characters), so the grid never shifts.
    private func appendCell(_ character: Character, to text: inout [wchar_t]) {
        let scalars = Array(character.unicodeScalars)
        guard let base = scalars.first else { return }
        if base.value < 0x20 || (0x7F...0x9F).contains(base.value) {
            text.append(0x20)
            return
        }
        let wide = scalars.map { wchar_t(bitPattern: $0.value) }
        guard cnc_cell_width(wide[0]) == 1, wide.dropFirst().allSatisfy({ cnc_cell_width($0) == 0 }) else {
            text.append(0x3F)
            return
        }
        text.append(contentsOf: wide)
    }

    private func attributes(of look: Appearance) -> attr_t {
        var attributes = CNC_A_NORMAL
        if look.bold { attributes |= CNC_A_BOLD }
        if look.underline { attributes |= CNC_A_UNDERLINE }
        if look.reverse { attributes |= CNC_A_REVERSE }
        if look.dim { attributes |= CNC_A_DIM }
        return attributes
    }

    private func setCursorVisible(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        curs_set(visible ? 1 : 0)
        cursorVisible = visible
    }

    private func setUpColors() {
        colorMode = .monochrome
        let noColor = environment["NO_COLOR"]
        if noColor?.isEmpty ?? true, has_colors() {
            start_color()
            colorMode = Self.colorMode(
                hasColors: true,
                colorCount: Int(cnc_color_count()),
                pairCount: Int(cnc_color_pair_count()),
                noColor: noColor
            )
            let background: Int16
            if let canvas = Self.canvasColors(mode: colorMode, theme: theme) {
                assume_default_colors(Int32(canvas.text), Int32(canvas.background))
                background = canvas.background
            } else {
                background = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
            }
            for definition in Self.pairDefinitions(mode: colorMode, theme: theme, background: background) {
                init_pair(definition.pair, definition.foreground, definition.background)
            }
        }
        usesColor = colorMode != .monochrome
    }

    /// Gives the terminal back, stops like the terminal's own Ctrl-Z, and takes it again after `fg`.
    private func suspend() {
        def_prog_mode()
        endwin()
        cnc_suspend_process_group()
        reset_prog_mode()
        cursorVisible = nil
        cnc_force_repaint()
        cnc_refresh()
    }

    private func installSignalHandlers() {
        savedSignalActions = []
        // A parent may have started the program with these blocked; caught, they must also arrive.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signal in stopSignals { sigaddset(&unblocked, signal) }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        for signal in stopSignals {
            var previous = sigaction()
            let installed = cnc_catch_signal(signal, { caught in
                pendingStopSignal.store(caught, ordering: .relaxed)
            }, &previous)
            if installed == 1 { savedSignalActions.append((signal, previous)) }
        }
    }

    private func restoreSignalHandlers() {
        for saved in savedSignalActions {
            var action = saved.action
            cnc_restore_signal(saved.signal, &action)
        }
        savedSignalActions = []
    }

    private func installExitHook() {
        guard !exitHookInstalled.exchange(true, ordering: .acquiringAndReleasing) else { return }
        atexit {
            guard sessionActive.load(ordering: .acquiring) else { return }
            curs_set(1)
            endwin()
        }
    }
}
