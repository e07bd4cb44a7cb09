import Tutor

/// Draws an `AppState` into a frame. Pure: the size comes from the buffer; no terminal, clock or I/O.
public enum AppRenderer {
    public static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        var state = state
        state.size = buffer.size
        buffer.asciiOnly = state.asciiOnly
        if state.isTooSmall {
            TooSmallScreen.draw(state, into: &buffer)
            return
        }
        var frame: Frame
        switch state.screen {
        case .menu: frame = MenuScreen.frame(state)
        case .quiz: frame = QuizScreen.frame(state)
        case .walkthrough(let step): frame = WalkthroughScreen.frame(state, step: step)
        case .summary: frame = SummaryScreen.frame(state)
        case .demo(let item, let revealed): frame = DemoScreen.frame(state, item: item, revealed: revealed)
        case .interviewReport(let selected): frame = InterviewReportScreen.frame(state, selected: selected)
        case .stats: frame = StatsScreen.frame(state)
        case .lessonList(let selected): frame = LessonListScreen.frame(state, selected: selected)
        case .lesson(let index, let scroll): frame = LessonScreen.frame(state, index: index, scroll: scroll)
        }
        frame.keys = state.statusKeys
        frame.notice = state.saving
        frame.draw(into: &buffer)
        if state.helpVisible { HelpOverlay.draw(state, into: &buffer) }
        if case .demo = state.screen { buffer = buffer.withoutDimText() }
    }

    /// A convenience for tests and the run loop: a fresh frame of the state's size.
    public static func frame(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: state.size)
        render(state, into: &buffer)
        return buffer
    }
}
