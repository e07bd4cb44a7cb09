import PackagePlugin

/// Turns the lesson files of the `Lessons` target into Swift string literals, so that the lessons
/// ship inside the binary and a copied binary has them too. SwiftPM re-runs it when a lesson is
/// added, edited or deleted, because the lessons are the command's input files.
@main
struct LessonsEmbedder: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let lessons = target.sourceFiles.map(\.url).filter { $0.pathExtension == "md" && $0.lastPathComponent != "README.md" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLessons.swift")
        return [.buildCommand(
            displayName: "Embedding \(lessons.count) lessons",
            executable: try context.tool(named: "LessonsEmbedderTool").url,
            arguments: [output.path(percentEncoded: false)] + lessons.map { $0.path(percentEncoded: false) },
            inputFiles: lessons,
            outputFiles: [output])]
    }
}
