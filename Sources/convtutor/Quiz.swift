import ArgumentParser

/// `convtutor quiz`: straight into a quiz.
struct Quiz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz", _superCommandName: "convtutor",
        abstract: "Answer generated questions; wrong answers get a diagnosis and a walkthrough.",
        discussion: HelpText.plain("""
            Type a number or an expression such as 10*(3*3*3)+10. Keys: Enter checks, h reveals a hint, \
            w walks through the derivation, t shows the PyTorch spelling, g switches to guided mode, \
            ? lists every key, Esc goes to the menu, Ctrl-C quits.

            An answer that cannot be saved (a full disk, say) is said at once and retried with the next \
            one. Exit status: 0, or 74 when answers were still unsaved at the end (how many is said on \
            standard error), or 64 for a mistake in the options.

            Examples:
              convtutor quiz
              convtutor quiz --seed 7 --skill conv2d --skill conv1d --count 10
              convtutor quiz --guided --skill depthwise
              convtutor quiz --plain < answers.txt
              convtutor quiz --set week-3.md --name "Ada L."
            """))

    @OptionGroup var options: QuizOptions

    func run() throws {
        try InteractiveSession.run(options, startInQuiz: true)
    }
}

/// `convtutor` with no command: the full-screen tutor's menu.
struct Home: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "menu", _superCommandName: "convtutor",
        abstract: "Open the full-screen tutor at its menu (what plain 'convtutor' does).")

    @OptionGroup var options: QuizOptions

    func run() throws {
        try InteractiveSession.run(options, startInQuiz: false)
    }
}
