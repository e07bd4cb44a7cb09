import StyledText
import Tutor

/// Classroom mode for a projector: the question with the numbers it gives in large glyphs, then the
/// derivation revealed one step at a time, each step's result large, its words at normal size below,
/// and its picture as large as the window allows; every line in one centred column of readable
/// length, and nothing dim (`ScreenBuffer.withoutDimText`).
enum DemoScreen {
    static func frame(_ state: AppState, item index: Int, revealed: Int) -> Frame {
        guard index < state.demoItems.count else { return Frame(title: "convtutor · Classroom", body: [], status: "") }
        let item = state.demoItems[index]
        let steps = item.derivation.steps.count
        let column = PresenterColumn(size: state.size)
        let slide = DemoSlide(item: item, revealed: revealed, column: column, ascii: state.asciiOnly)
        let rows = max(0, state.size.rows - 2)
        let levels = DemoDetail.levels(earlier: max(0, min(revealed, steps) - 1))
        var body = slide.lines(levels[levels.count - 1])
        for level in levels {
            let lines = slide.lines(level)
            if lines.count <= rows {
                body = lines
                break
            }
        }
        return Frame(title: "convtutor · Classroom · " + (item.place ?? "layer \(index + 1) of \(state.demoItems.count)"),
                     titleRight: "step \(min(revealed, steps)) of \(steps)",
                     body: column.place(body), status: "")
    }
}
