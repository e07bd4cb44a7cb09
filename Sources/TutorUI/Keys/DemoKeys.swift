/// Classroom mode's keys: reveal the derivation a step at a time, go back, move between layers.
enum DemoKeys: ScreenKeys {
    enum Action: Sendable, Equatable {
        /// The next step; after the answer, the next layer.
        case reveal
        case back
        case nextLayer
        case previousLayer
        case firstStep
        case allSteps
        case quit
        case help
    }

    static func bindings(_ state: AppState) -> [KeyBinding<Action>] {
        let quit = KeyBinding<Action>([.character("q"), .escape], .quit, label: "q quit", help: "leave classroom mode")
        guard case .demo(let item, _) = state.screen, item < state.demoItems.count else { return [quit] }
        let left = Key.left.name(ascii: state.asciiOnly), right = Key.right.name(ascii: state.asciiOnly)
        let layers = "n/p next/previous layer"
        return [
            KeyBinding([.character(" "), .right, .enter, .character("l")], .reveal, label: "Space/\(right) reveal",
                       help: "reveal the next step; after the answer, the next layer"),
            KeyBinding([.left, .backspace, .character("h")], .back, label: "\(left) back", help: "hide the last step shown"),
            KeyBinding([.character("n"), .pageDown], .nextLayer, label: layers, help: "the next layer, from its question"),
            KeyBinding([.character("p"), .pageUp], .previousLayer, label: layers, help: "the layer before, from its question"),
            KeyBinding([.home], .firstStep, label: "Home question", help: "back to the question, every step hidden",
                       inStatusLine: false),
            KeyBinding([.end], .allSteps, label: "End answer", help: "every step and the answer", inStatusLine: false),
            quit,
            .help(.help, inStatusLine: false),
        ]
    }

    static func perform(_ action: Action, key: Key, on state: inout AppState) -> [AppEffect] {
        guard case .demo(let item, let revealed) = state.screen, item < state.demoItems.count else { return [.quit] }
        let steps = state.demoItems[item].derivation.steps.count
        switch action {
        case .reveal:
            if revealed < steps { state.screen = .demo(item: item, revealed: revealed + 1) }
            else if item + 1 < state.demoItems.count { state.screen = .demo(item: item + 1, revealed: 0) }
        case .back: state.screen = .demo(item: item, revealed: max(0, revealed - 1))
        case .nextLayer: state.screen = .demo(item: min(state.demoItems.count - 1, item + 1), revealed: 0)
        case .previousLayer: state.screen = .demo(item: max(0, item - 1), revealed: 0)
        case .firstStep: state.screen = .demo(item: item, revealed: 0)
        case .allSteps: state.screen = .demo(item: item, revealed: steps)
        case .quit: return [.quit]
        case .help: state.helpVisible = true
        }
        return []
    }
}
