import StyledText
/// The main menu: Quiz, Lessons, Stats, Quit.
enum MenuScreen {
    static func frame(_ state: AppState) -> Frame {
        var body: [StyledLine] = [
            .blank,
            StyledLine("Learn to count the parameters of convolutional layers, and to derive them.", role: .emphasis),
            .blank,
        ]
        let resumable = state.session != nil && state.session?.phase != .finished
        for item in MenuItem.allCases {
            let selected = item == state.menuSelection
            let marker = selected ? (state.asciiOnly ? ">" : "›") : " "
            let name = item == .quiz && resumable ? "Resume quiz" : item.title
            var line = StyledLine(" \(marker) \(item.number)  ", role: selected ? .accent : .plain, strong: selected)
            line.append(name.padding(to: 13), role: selected ? .selected : .emphasis)
            let description = item == .continueStudy ? state.studyPlan.summary : item.description
            line.append("  " + description, role: .muted)
            body.append(line)
        }
        if state.notice != nil {
            body.append(.blank)
            body += Frame.noteLines(state)
        }
        body.append(.blank)
        body += StyledLine.wrapped("A kernel is always as deep as its input: 10 filters of 3×3 over 24×24×3 have "
                                   + "10·(3·3·3)+10 = 280 parameters.", width: state.size.columns - 2, role: .muted, ascii: state.asciiOnly)
        return Frame(title: "convtutor", titleRight: "menu", body: body, status: "")
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
