/// One key binding of a screen: the keys, the action of that screen they perform, and what the
/// status line and the help say of them.
struct KeyBinding<Action: Sendable>: Sendable {
    var action: Action
    var help: KeyHelp

    var keys: [Key] { help.keys }

    /// - Parameters:
    ///   - label: the status line's hint, key first ("h hint").
    ///   - text: the help's line.
    ///   - inStatusLine: whether the label shows on the status line.
    ///   - names: how the help names the keys, when naming each key would not do.
    init(_ keys: [Key], _ action: Action, label: String, help text: String, inStatusLine: Bool = true,
         names: String? = nil) {
        self.action = action
        help = KeyHelp(keys: keys, label: label, text: text, inStatusLine: inStatusLine, names: names)
    }

    /// `?`: the help, which lists the screen's bindings.
    static func help(_ action: Action, inStatusLine: Bool = true) -> KeyBinding {
        KeyBinding([.character("?")], action, label: "? help", help: "this list of keys", inStatusLine: inStatusLine)
    }
}
