import TutorUI

/// A terminal that plays a list of events and keeps every frame it was asked to draw.
final class ScriptedTerminal: Terminal {
    var size: Size
    private var events: [TerminalEvent]
    private(set) var screen: ScreenBuffer
    private(set) var drawCalls: [[CellRun]] = []

    init(size: Size, events: [TerminalEvent]) {
        self.size = size
        self.events = events
        self.screen = ScreenBuffer(size: size)
    }

    func start() throws {}
    func stop() {}

    func draw(_ runs: [CellRun], cursor: Position?) {
        drawCalls.append(runs)
        for run in runs {
            screen.put(run.text, column: run.position.column, row: run.position.row, style: run.style)
        }
    }

    func nextEvent(timeout: Int?) -> TerminalEvent? {
        guard !events.isEmpty else { return .end }
        let event = events.removeFirst()
        if case .resize(let newSize) = event {
            size = newSize
            screen = ScreenBuffer(size: newSize)
        }
        return event
    }
}

/// Key events that type a string.
func typing(_ text: String) -> [AppEvent] {
    text.map { AppEvent.key(.character($0)) }
}
